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

    long read;
    long write;
    long program;
    long command;

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
        read++;
    }

    @Override
    public void write() {
        write++;
    }

    @Override
    public void program() {
        program++;
    }

    @Override
    public void command() {
        command++;
    }
}
