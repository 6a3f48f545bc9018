package org.otbridge.observe.packet;

/**
 * The headers of one packet, decoded in place. One instance is reused for every packet of a
 * reader (no allocation per packet); read it only inside the packet's callback.
 */
public final class Decoded {

    /** What the packet carries at the top of what was decoded. */
    public enum Kind { NONE, IP, LAYER2 }

    public static final int TCP = 6;
    public static final int UDP = 17;
    public static final int ICMP = 1;
    public static final int ICMP6 = 58;

    public Kind kind;
    /** Source and destination MAC as 48-bit numbers; -1 when the link has none. */
    public long sourceMac;
    public long destinationMac;
    /** The ethertype that carried the payload (after VLAN and MPLS). */
    public int etherType;
    /** Addresses as two longs each: IPv4 is stored as the IPv4-mapped IPv6 address ::ffff:a.b.c.d. */
    public long sourceHigh;
    public long sourceLow;
    public long destinationHigh;
    public long destinationLow;
    public boolean ipv6;
    /** IP protocol number (6 TCP, 17 UDP, ...); for a fragment that is not the first, the fragment's protocol. */
    public int ipProtocol;
    /** False for a later fragment: no transport header. */
    public boolean hasPorts;
    public int sourcePort;
    public int destinationPort;
    public int tcpFlags;
    public int tcpSequence;
    /** Payload above the transport (or layer-2) header: offset into the packet's buffer and captured length. */
    public int payloadOffset;
    public int payloadLength;

    public static final int FIN = 0x01;
    public static final int SYN = 0x02;
    public static final int RST = 0x04;
    public static final int ACK = 0x10;

    void clear() {
        kind = Kind.NONE;
        sourceMac = -1;
        destinationMac = -1;
        etherType = 0;
        ipv6 = false;
        ipProtocol = 0;
        hasPorts = false;
        sourcePort = 0;
        destinationPort = 0;
        tcpFlags = 0;
        tcpSequence = 0;
        payloadOffset = 0;
        payloadLength = 0;
    }
}
