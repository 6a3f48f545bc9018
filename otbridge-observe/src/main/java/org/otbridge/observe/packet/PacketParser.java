package org.otbridge.observe.packet;

import static org.otbridge.observe.capture.Bytes.i32;
import static org.otbridge.observe.capture.Bytes.u16;
import static org.otbridge.observe.capture.Bytes.u48;
import static org.otbridge.observe.capture.Bytes.u8;

/**
 * Decodes link, network and transport headers: Ethernet (with 802.1Q, QinQ and MPLS), Linux
 * cooked capture v1 and v2, raw IP and BSD null/loopback; IPv4 and IPv6 (extension headers,
 * fragments); TCP and UDP. Stateless: everything goes into the caller's {@link Decoded}.
 */
public final class PacketParser {

    public static final int ETHERTYPE_IPV4 = 0x0800;
    public static final int ETHERTYPE_IPV6 = 0x86dd;
    public static final int ETHERTYPE_PROFINET = 0x8892;
    public static final int ETHERTYPE_GOOSE = 0x88b8;
    private static final int ETHERTYPE_VLAN = 0x8100;
    private static final int ETHERTYPE_QINQ = 0x88a8;
    private static final int ETHERTYPE_QINQ_OLD = 0x9100;
    private static final int ETHERTYPE_MPLS = 0x8847;
    private static final int ETHERTYPE_MPLS_MULTICAST = 0x8848;
    private static final long IPV4_MAPPED = 0xffff00000000L;

    private PacketParser() {
    }

    /** Decodes one packet; {@code out.kind} tells how far it got. */
    public static void parse(int linkType, byte[] b, int offset, int length, Decoded out) {
        out.clear();
        int end = offset + length;
        switch (linkType) {
            case LinkTypes.ETHERNET -> ethernet(b, offset, end, out);
            case LinkTypes.LINUX_SLL -> {
                if (end - offset >= 16) {
                    if (u16(b, offset + 4) == 6) {
                        out.sourceMac = u48(b, offset + 6);
                    }
                    etherType(u16(b, offset + 14), b, offset + 16, end, out);
                }
            }
            case LinkTypes.LINUX_SLL2 -> {
                if (end - offset >= 20) {
                    if (u8(b, offset + 11) == 6) {
                        out.sourceMac = u48(b, offset + 12);
                    }
                    etherType(u16(b, offset), b, offset + 20, end, out);
                }
            }
            case LinkTypes.RAW, LinkTypes.RAW_OPENBSD, LinkTypes.RAW_BSDOS -> rawIp(b, offset, end, out);
            case LinkTypes.IPV4 -> ipv4(b, offset, end, out);
            case LinkTypes.IPV6 -> ipv6(b, offset, end, out);
            case LinkTypes.NULL, LinkTypes.LOOP -> {
                if (end - offset >= 4) {
                    int family = i32(b, offset);
                    if (linkType == LinkTypes.NULL && (family & 0xffff) == 0) {
                        family = Integer.reverseBytes(family);
                    }
                    if (family == 2) {
                        ipv4(b, offset + 4, end, out);
                    } else if (family == 10 || family == 24 || family == 28 || family == 30) {
                        ipv6(b, offset + 4, end, out);
                    }
                }
            }
            default -> {
                // a link type without IP inside that we know of
            }
        }
    }

    private static void ethernet(byte[] b, int p, int end, Decoded out) {
        if (end - p < 14) {
            return;
        }
        out.destinationMac = u48(b, p);
        out.sourceMac = u48(b, p + 6);
        etherType(u16(b, p + 12), b, p + 14, end, out);
    }

    private static void etherType(int type, byte[] b, int p, int end, Decoded out) {
        while (type == ETHERTYPE_VLAN || type == ETHERTYPE_QINQ || type == ETHERTYPE_QINQ_OLD) {
            if (end - p < 4) {
                return;
            }
            type = u16(b, p + 2);
            p += 4;
        }
        if (type == ETHERTYPE_MPLS || type == ETHERTYPE_MPLS_MULTICAST) {
            while (true) {
                if (end - p < 4) {
                    return;
                }
                boolean bottom = (b[p + 2] & 0x01) != 0;
                p += 4;
                if (bottom) {
                    break;
                }
            }
            if (end - p >= 1) {
                int version = (b[p] & 0xf0) >>> 4;
                if (version == 4) {
                    type = ETHERTYPE_IPV4;
                } else if (version == 6) {
                    type = ETHERTYPE_IPV6;
                } else {
                    return;
                }
            }
        }
        out.etherType = type;
        if (type == ETHERTYPE_IPV4) {
            ipv4(b, p, end, out);
        } else if (type == ETHERTYPE_IPV6) {
            ipv6(b, p, end, out);
        } else if (type == ETHERTYPE_PROFINET || type == ETHERTYPE_GOOSE) {
            out.kind = Decoded.Kind.LAYER2;
            out.payloadOffset = p;
            out.payloadLength = end - p;
        }
    }

    private static void rawIp(byte[] b, int p, int end, Decoded out) {
        if (end - p >= 1) {
            if ((b[p] & 0xf0) == 0x40) {
                ipv4(b, p, end, out);
            } else if ((b[p] & 0xf0) == 0x60) {
                ipv6(b, p, end, out);
            }
        }
    }

    private static void ipv4(byte[] b, int p, int end, Decoded out) {
        if (end - p < 20 || (b[p] & 0xf0) != 0x40) {
            return;
        }
        int headerLength = (b[p] & 0x0f) * 4;
        if (headerLength < 20 || end - p < headerLength) {
            return;
        }
        int totalLength = u16(b, p + 2);
        int fragment = u16(b, p + 6);
        out.kind = Decoded.Kind.IP;
        out.ipv6 = false;
        out.ipProtocol = u8(b, p + 9);
        out.sourceHigh = 0;
        out.sourceLow = IPV4_MAPPED | (i32(b, p + 12) & 0xffffffffL);
        out.destinationHigh = 0;
        out.destinationLow = IPV4_MAPPED | (i32(b, p + 16) & 0xffffffffL);
        // Trust the IP length over the captured length (Ethernet padding), but never read past the capture.
        int ipEnd = totalLength >= headerLength ? Math.min(end, p + totalLength) : end;
        if ((fragment & 0x1fff) != 0) {
            return;
        }
        transport(out.ipProtocol, b, p + headerLength, ipEnd, out);
    }

    private static void ipv6(byte[] b, int p, int end, Decoded out) {
        if (end - p < 40 || (b[p] & 0xf0) != 0x60) {
            return;
        }
        int payloadLength = u16(b, p + 4);
        int next = u8(b, p + 6);
        out.kind = Decoded.Kind.IP;
        out.ipv6 = true;
        out.sourceHigh = (long) i32(b, p + 8) << 32 | (i32(b, p + 12) & 0xffffffffL);
        out.sourceLow = (long) i32(b, p + 16) << 32 | (i32(b, p + 20) & 0xffffffffL);
        out.destinationHigh = (long) i32(b, p + 24) << 32 | (i32(b, p + 28) & 0xffffffffL);
        out.destinationLow = (long) i32(b, p + 32) << 32 | (i32(b, p + 36) & 0xffffffffL);
        int ipEnd = payloadLength > 0 ? Math.min(end, p + 40 + payloadLength) : end;
        int q = p + 40;
        for (int hops = 0; hops < 8; hops++) {
            out.ipProtocol = next;
            switch (next) {
                case 0, 43, 60 -> {
                    if (ipEnd - q < 8) {
                        return;
                    }
                    next = u8(b, q);
                    q += (u8(b, q + 1) + 1) * 8;
                }
                case 51 -> {
                    if (ipEnd - q < 8) {
                        return;
                    }
                    next = u8(b, q);
                    q += (u8(b, q + 1) + 2) * 4;
                }
                case 44 -> {
                    if (ipEnd - q < 8) {
                        return;
                    }
                    next = u8(b, q);
                    boolean first = (u16(b, q + 2) & 0xfff8) == 0;
                    q += 8;
                    if (!first) {
                        out.ipProtocol = next;
                        return;
                    }
                }
                default -> {
                    transport(next, b, q, ipEnd, out);
                    return;
                }
            }
        }
    }

    private static void transport(int protocol, byte[] b, int p, int end, Decoded out) {
        out.ipProtocol = protocol;
        if (protocol == Decoded.TCP) {
            if (end - p < 20) {
                return;
            }
            int headerLength = ((b[p + 12] & 0xf0) >>> 4) * 4;
            out.hasPorts = true;
            out.sourcePort = u16(b, p);
            out.destinationPort = u16(b, p + 2);
            out.tcpSequence = i32(b, p + 4);
            out.tcpFlags = u8(b, p + 13);
            if (headerLength >= 20 && end - p >= headerLength) {
                out.payloadOffset = p + headerLength;
                out.payloadLength = end - p - headerLength;
            }
        } else if (protocol == Decoded.UDP) {
            if (end - p < 8) {
                return;
            }
            out.hasPorts = true;
            out.sourcePort = u16(b, p);
            out.destinationPort = u16(b, p + 2);
            int udpLength = u16(b, p + 4);
            int udpEnd = udpLength >= 8 ? Math.min(end, p + udpLength) : end;
            out.payloadOffset = p + 8;
            out.payloadLength = udpEnd - p - 8;
        }
    }
}
