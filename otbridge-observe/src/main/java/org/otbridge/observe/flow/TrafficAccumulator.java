package org.otbridge.observe.flow;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.otbridge.model.Protocol;
import org.otbridge.observe.capture.PacketSink;
import org.otbridge.observe.inventory.Addresses;
import org.otbridge.observe.inventory.Flow;
import org.otbridge.observe.inventory.InputSummary;
import org.otbridge.observe.inventory.Inventory;
import org.otbridge.observe.inventory.Operations;
import org.otbridge.observe.inventory.PortSet;
import org.otbridge.observe.inventory.Transport;
import org.otbridge.observe.packet.Decoded;
import org.otbridge.observe.packet.PacketParser;
import org.otbridge.observe.protocol.ProtocolCatalog;
import org.otbridge.observe.protocol.ProtocolDecoder;

/**
 * Turns packets into connections: finds each packet's connection without allocating, decides
 * client and server, identifies the protocol from the first payloads and counts the operations of
 * every request (retransmitted TCP segments are not counted twice). One accumulator per reader
 * thread; {@link #inventory} turns what it holds into an immutable {@link Inventory}.
 */
public final class TrafficAccumulator implements PacketSink {

    private static final long BROADCAST_MAC = 0xffffffffffffL;
    private static final int LAYER2_KEY = -1;

    private final ProtocolCatalog catalog;
    private final ConnectionTable table = new ConnectionTable();
    private final Decoded decoded = new Decoded();
    private long packets;

    public TrafficAccumulator(ProtocolCatalog catalog) {
        this.catalog = catalog;
    }

    public TrafficAccumulator() {
        this(ProtocolCatalog.STANDARD);
    }

    public long packets() {
        return packets;
    }

    @Override
    public void packet(int linkType, long timeNanos, byte[] data, int offset, int length, int wireLength) {
        packets++;
        Decoded d = decoded;
        PacketParser.parse(linkType, data, offset, length, d);
        if (d.kind == Decoded.Kind.IP) {
            ip(d, timeNanos, data, wireLength);
        } else if (d.kind == Decoded.Kind.LAYER2) {
            layer2(d, timeNanos, data, wireLength);
        }
    }

    private void ip(Decoded d, long time, byte[] data, int wire) {
        int protocol = d.ipProtocol;
        Transport transport;
        int sourcePort = 0;
        int destinationPort = 0;
        if (d.hasPorts && protocol == Decoded.TCP) {
            transport = Transport.TCP;
        } else if (d.hasPorts && protocol == Decoded.UDP) {
            transport = Transport.UDP;
        } else if (protocol == Decoded.ICMP || protocol == Decoded.ICMP6) {
            transport = Transport.ICMP;
        } else {
            transport = Transport.IP;
        }
        if (transport == Transport.TCP || transport == Transport.UDP) {
            sourcePort = d.sourcePort;
            destinationPort = d.destinationPort;
        }
        boolean sourceIsA = compare(d.sourceHigh, d.sourceLow, sourcePort, d.destinationHigh, d.destinationLow,
                destinationPort) <= 0;
        Connection c = sourceIsA
                ? table.get(transport, protocol, d.sourceHigh, d.sourceLow, sourcePort, d.destinationHigh, d.destinationLow,
                        destinationPort)
                : table.get(transport, protocol, d.destinationHigh, d.destinationLow, destinationPort, d.sourceHigh,
                        d.sourceLow, sourcePort);
        boolean syn = transport == Transport.TCP && (d.tcpFlags & Decoded.SYN) != 0;
        boolean ack = (d.tcpFlags & Decoded.ACK) != 0;
        if (c.packets == 0) {
            c.first = time;
            c.clientIsA = sourceIsA == sourceIsClient(transport, syn, ack, sourcePort, destinationPort);
        } else if (syn && !ack) {
            c.clientIsA = sourceIsA;
        }
        if (syn) {
            c.synClientIsA = sourceIsA == !ack;
        }
        c.packets++;
        c.bytes += wire;
        c.last = Math.max(c.last, time);
        c.first = Math.min(c.first, time);
        if (sourceIsA) {
            c.packetsFromA++;
            if (c.macA == -1) {
                c.macA = d.sourceMac;
            }
            c.broadcastToB |= d.destinationMac == BROADCAST_MAC;
        } else {
            c.packetsFromB++;
            if (c.macB == -1) {
                c.macB = d.sourceMac;
            }
            c.broadcastToA |= d.destinationMac == BROADCAST_MAC;
        }
        if (transport == Transport.TCP) {
            tcpPayload(c, d, data, sourceIsA, syn);
        } else if (transport == Transport.UDP && d.payloadLength > 0) {
            payload(c, data, d.payloadOffset, d.payloadLength, sourceIsA == c.clientIsA, true);
        }
    }

    /** Decides from the first packet seen whether its sender opened the connection. */
    private boolean sourceIsClient(Transport transport, boolean syn, boolean ack, int sourcePort, int destinationPort) {
        if (syn) {
            return !ack;
        }
        if (transport != Transport.TCP && transport != Transport.UDP) {
            return true;
        }
        boolean tcp = transport == Transport.TCP;
        boolean sourceService = catalog.isServicePort(tcp, sourcePort);
        boolean destinationService = catalog.isServicePort(tcp, destinationPort);
        if (destinationService != sourceService) {
            return destinationService;
        }
        if (sourcePort != destinationPort && Math.min(sourcePort, destinationPort) < 1024) {
            return sourcePort > destinationPort;
        }
        return true;
    }

    private void tcpPayload(Connection c, Decoded d, byte[] data, boolean fromA, boolean syn) {
        int sequence = d.tcpSequence;
        int length = d.payloadLength;
        boolean known = fromA ? c.nextSeqKnownA : c.nextSeqKnownB;
        int next = fromA ? c.nextSeqA : c.nextSeqB;
        if (syn) {
            setNext(c, fromA, sequence + 1 + length);
            return;
        }
        if (length <= 0) {
            return;
        }
        int offset = d.payloadOffset;
        if (known) {
            int ahead = sequence - next;
            if (ahead < 0) {
                if (sequence + length - next <= 0) {
                    return; // all of it seen before: a retransmission
                }
                offset -= ahead;
                length += ahead;
            } else if (ahead > 0) {
                setSkip(c, fromA, 0); // a gap: whatever the lost bytes were, start afresh
            }
        }
        setNext(c, fromA, sequence + (offset - d.payloadOffset) + length);
        int skip = fromA ? c.skipA : c.skipB;
        if (skip > 0) {
            if (skip >= length) {
                setSkip(c, fromA, skip - length);
                return;
            }
            offset += skip;
            length -= skip;
            setSkip(c, fromA, 0);
        }
        int overhang = payload(c, data, offset, length, fromA == c.clientIsA, true);
        setSkip(c, fromA, overhang);
    }

    private static void setNext(Connection c, boolean fromA, int next) {
        if (fromA) {
            c.nextSeqA = next;
            c.nextSeqKnownA = true;
        } else {
            c.nextSeqB = next;
            c.nextSeqKnownB = true;
        }
    }

    private static void setSkip(Connection c, boolean fromA, int skip) {
        if (fromA) {
            c.skipA = skip;
        } else {
            c.skipB = skip;
        }
    }

    /** Identifies the protocol while it is unknown and counts operations; returns the decoder's overhang. */
    private int payload(Connection c, byte[] data, int offset, int length, boolean fromClient, boolean ports) {
        c.sawPayload = true;
        if (c.decoder == null) {
            if (c.attempts >= Connection.IDENTIFY_ATTEMPTS) {
                return 0;
            }
            c.attempts++;
            int serverPort = c.clientIsA ? c.bPort : c.aPort;
            int clientPort = c.clientIsA ? c.aPort : c.bPort;
            c.decoder = catalog.identify(c.transport == Transport.TCP, serverPort, clientPort, data, offset, length,
                    fromClient);
            if (c.decoder == null) {
                return 0;
            }
        }
        // Every side's requests are counted; the client's become the flow's operations (see Connection).
        c.counting = (fromClient == c.clientIsA) ? c.fromA : c.fromB;
        return Math.max(0, c.decoder.operations(data, offset, length, true, c));
    }

    private void layer2(Decoded d, long time, byte[] data, int wire) {
        Connection c = table.get(Transport.ETHERNET, LAYER2_KEY, 0, d.sourceMac, d.etherType, 0, d.destinationMac, 0);
        if (c.packets == 0) {
            c.first = time;
            c.clientIsA = true;
            c.decoder = catalog.byEtherType(d.etherType);
        }
        c.packets++;
        c.packetsFromA++;
        c.bytes += wire;
        c.first = Math.min(c.first, time);
        c.last = Math.max(c.last, time);
        if (c.decoder != null && d.payloadLength > 0) {
            c.sawPayload = true;
            c.counting = c.fromA;
            c.decoder.operations(data, d.payloadOffset, d.payloadLength, true, c);
        }
    }

    private static int compare(long xHigh, long xLow, int xPort, long yHigh, long yLow, int yPort) {
        int byHigh = Long.compareUnsigned(xHigh, yHigh);
        if (byHigh != 0) {
            return byHigh;
        }
        int byLow = Long.compareUnsigned(xLow, yLow);
        return byLow != 0 ? byLow : Integer.compare(xPort, yPort);
    }

    /** What this accumulator has seen, as an inventory with one input. */
    public Inventory inventory(InputSummary input) {
        Map<String, Set<String>> macsByIp = new HashMap<>();
        Set<String> broadcasts = new HashSet<>();
        Set<String> layer2 = new TreeSet<>();
        List<Flow> flows = new ArrayList<>();
        for (Connection c : table.all()) {
            if (c.transport == Transport.ETHERNET) {
                String source = Addresses.mac(c.aLow);
                layer2.add(source);
                Protocol protocol = c.decoder == null ? Protocol.OTHER : c.decoder.protocol();
                flows.add(new Flow(source, Addresses.mac(c.bLow), Transport.ETHERNET, null, protocol, true, c.packets,
                        c.bytes, 0, c.first, c.last, operations(c), PortSet.EMPTY));
                continue;
            }
            String a = Addresses.ip(c.aHigh, c.aLow);
            String b = Addresses.ip(c.bHigh, c.bLow);
            host(macsByIp, c.aHigh, c.aLow, a, c.macA);
            host(macsByIp, c.bHigh, c.bLow, b, c.macB);
            if (c.broadcastToA) {
                broadcasts.add(a);
            }
            if (c.broadcastToB) {
                broadcasts.add(b);
            }
            boolean ports = c.transport == Transport.TCP || c.transport == Transport.UDP;
            int serverPort = c.clientIsA ? c.bPort : c.aPort;
            int clientPort = c.clientIsA ? c.aPort : c.bPort;
            Protocol protocol;
            boolean byPayload;
            if (c.decoder != null) {
                protocol = c.decoder.protocol();
                byPayload = true;
            } else if (c.sawPayload || !ports) {
                protocol = Protocol.OTHER;
                byPayload = c.sawPayload;
            } else {
                Protocol guess = catalog.byPort(c.transport == Transport.TCP, serverPort);
                protocol = guess == null ? Protocol.OTHER : guess;
                byPayload = false;
            }
            flows.add(new Flow(c.clientIsA ? a : b, c.clientIsA ? b : a, c.transport, ports ? serverPort : null, protocol,
                    byPayload, c.packets, c.bytes, c.clientIsA ? c.packetsFromB : c.packetsFromA, c.first, c.last,
                    operations(c), ports ? PortSet.of(clientPort) : PortSet.EMPTY));
        }
        return Inventory.of(List.of(input), macsByIp, broadcasts, layer2, flows);
    }

    private static void host(Map<String, Set<String>> macsByIp, long high, long low, String ip, long mac) {
        if (Addresses.isGroupOrUnspecified(high, low)) {
            return;
        }
        Set<String> macs = macsByIp.computeIfAbsent(ip, k -> new TreeSet<>());
        if (mac != -1) {
            macs.add(Addresses.mac(mac));
        }
    }

    /** The client's requests; for protocols whose peers both ask (BACnet) the requests of both sides. */
    private static Operations operations(Connection c) {
        long[] client = c.clientIsA ? c.fromA : c.fromB;
        long[] server = c.clientIsA ? c.fromB : c.fromA;
        boolean both = c.decoder != null && c.decoder.peersBothAsk();
        long read = client[0] + (both ? server[0] : 0);
        long write = client[1] + (both ? server[1] : 0);
        long program = client[2] + (both ? server[2] : 0);
        long command = client[3] + (both ? server[3] : 0);
        return read + write + program + command == 0 ? Operations.NONE : new Operations(read, write, program, command);
    }

    /**
     * Adds the connections a reader of the next part of the same capture saw, as if one reader had
     * read on: connections seen in both are joined (see {@link Connection#append}).
     */
    public void append(TrafficAccumulator next) {
        packets += next.packets;
        for (Connection later : next.table.all()) {
            Connection known = table.find(later);
            if (known == null) {
                table.add(later);
            } else {
                known.append(later);
            }
        }
    }

}
