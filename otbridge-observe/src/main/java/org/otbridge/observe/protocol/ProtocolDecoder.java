package org.otbridge.observe.protocol;

import org.otbridge.model.Protocol;

/**
 * One application protocol: recognises it in a flow's first payloads and counts the operations a
 * client asks for. Decoders are stateless and read only inside the bounds they are given; every
 * method must cope with any bytes at all (they are fuzzed).
 */
public interface ProtocolDecoder {

    Protocol protocol();

    /**
     * Whether a payload, among the first of a flow, looks like this protocol.
     *
     * @param fromClient true when the side that opened the flow sent it
     */
    boolean recognises(byte[] b, int offset, int length, boolean fromClient);

    /**
     * Counts the operations in one payload (a TCP segment or a datagram) that starts at a message
     * boundary.
     *
     * @return how many bytes of the last message lie beyond this payload (0 when the payload ends
     *     with a whole message), so that the next segment's continuation can be skipped
     */
    default int operations(byte[] b, int offset, int length, boolean fromClient, OperationSink ops) {
        return 0;
    }

    /** True for peer-to-peer protocols (BACnet) whose requests count from both sides of a flow. */
    default boolean peersBothAsk() {
        return false;
    }
}
