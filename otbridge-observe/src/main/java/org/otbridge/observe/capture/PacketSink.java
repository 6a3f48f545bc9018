package org.otbridge.observe.capture;

/**
 * Receives every packet a capture reader decodes. The bytes are only valid during the call: the
 * reader reuses its buffer for the next record, so a sink copies what it keeps.
 */
@FunctionalInterface
public interface PacketSink {

    /**
     * @param linkType     the LINKTYPE_ value of the packet's interface
     * @param timeNanos    capture time in nanoseconds since 1970-01-01 UTC
     * @param data         buffer holding the captured bytes
     * @param offset       index of the first captured byte in {@code data}
     * @param length       number of captured bytes
     * @param wireLength   the packet's length on the wire (at least {@code length} in a sound file)
     */
    void packet(int linkType, long timeNanos, byte[] data, int offset, int length, int wireLength);
}
