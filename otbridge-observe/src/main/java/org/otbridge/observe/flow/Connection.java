package org.otbridge.observe.flow;

import org.otbridge.observe.inventory.Transport;
import org.otbridge.observe.protocol.OperationSink;
import org.otbridge.observe.protocol.ProtocolDecoder;

/**
 * The running state of one connection (5-tuple), or of one layer-2 conversation (source MAC,
 * destination MAC, Ethertype). Side A is the smaller endpoint of the key; which side is the client
 * is decided from the first packet and corrected by a later SYN. Mutable, owned by one reader.
 */
final class Connection implements OperationSink {

    /** How many payloads may be looked at before a flow without a recognisable protocol is given up as "other". */
    static final int IDENTIFY_ATTEMPTS = 8;

    final Transport transport;
    final int ipProtocol;
    final long aHigh;
    final long aLow;
    final long bHigh;
    final long bLow;
    final int aPort;
    final int bPort;
    final int hash;

    boolean clientIsA;
    long packets;
    long bytes;
    long packetsFromA;
    long packetsFromB;
    long first;
    long last;
    long macA = -1;
    long macB = -1;
    boolean broadcastToA;
    boolean broadcastToB;

    ProtocolDecoder decoder;
    boolean sawPayload;
    int attempts;
    boolean nextSeqKnownA;
    boolean nextSeqKnownB;
    int nextSeqA;
    int nextSeqB;
    int skipA;
    int skipB;

    /** The client as the last SYN (without ACK) named it, or null when no SYN was seen. */
    Boolean synClientIsA;
    /**
     * Requests sent by side A and by side B, each as read, write, program, command. Both are kept
     * so that the direction can still change (a later SYN, or joining the parts of a file); the
     * client's are the flow's operations.
     */
    final long[] fromA = new long[4];
    final long[] fromB = new long[4];
    /** The side whose payload is being decoded: where {@link OperationSink} counts go. */
    long[] counting = fromA;

    Connection(Transport transport, int ipProtocol, long aHigh, long aLow, int aPort, long bHigh, long bLow, int bPort,
            int hash) {
        this.transport = transport;
        this.ipProtocol = ipProtocol;
        this.aHigh = aHigh;
        this.aLow = aLow;
        this.aPort = aPort;
        this.bHigh = bHigh;
        this.bLow = bLow;
        this.bPort = bPort;
        this.hash = hash;
    }

    boolean is(int protocol, long xHigh, long xLow, int xPort, long yHigh, long yLow, int yPort) {
        return ipProtocol == protocol && aLow == xLow && bLow == yLow && aPort == xPort && bPort == yPort && aHigh == xHigh
                && bHigh == yHigh;
    }

    @Override
    public void read() {
        counting[0]++;
    }

    @Override
    public void write() {
        counting[1]++;
    }

    @Override
    public void program() {
        counting[2]++;
    }

    @Override
    public void command() {
        counting[3]++;
    }

    /**
     * Adds what a later part of the same capture saw of this connection, as reading on would have:
     * a SYN there decides the client, a protocol identified there counts when none was found here.
     */
    void append(Connection later) {
        packets += later.packets;
        bytes += later.bytes;
        packetsFromA += later.packetsFromA;
        packetsFromB += later.packetsFromB;
        first = Math.min(first, later.first);
        last = Math.max(last, later.last);
        if (macA == -1) {
            macA = later.macA;
        }
        if (macB == -1) {
            macB = later.macB;
        }
        broadcastToA |= later.broadcastToA;
        broadcastToB |= later.broadcastToB;
        if (later.synClientIsA != null) {
            synClientIsA = later.synClientIsA;
            clientIsA = later.synClientIsA;
        }
        if (decoder == null && attempts < IDENTIFY_ATTEMPTS) {
            decoder = later.decoder;
        }
        attempts += later.attempts;
        sawPayload |= later.sawPayload;
        for (int i = 0; i < 4; i++) {
            fromA[i] += later.fromA[i];
            fromB[i] += later.fromB[i];
        }
    }
}
