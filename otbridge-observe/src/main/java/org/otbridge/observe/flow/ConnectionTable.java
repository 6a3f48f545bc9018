package org.otbridge.observe.flow;

import java.util.ArrayList;
import java.util.List;
import org.otbridge.observe.inventory.Transport;

/**
 * Open-addressing hash table of connections keyed by primitives, so that finding a packet's
 * connection allocates nothing; a connection object is made once, when the key is first seen.
 */
final class ConnectionTable {

    private Connection[] slots = new Connection[1 << 12];
    private int size;

    static int hash(int protocol, long aHigh, long aLow, int aPort, long bHigh, long bLow, int bPort) {
        long h = aLow * 0x9e3779b97f4a7c15L;
        h ^= bLow * 0xc2b2ae3d27d4eb4fL;
        h ^= (aHigh ^ Long.rotateLeft(bHigh, 17)) * 0x165667b19e3779f9L;
        h ^= ((long) aPort << 32 | (long) bPort << 8 | protocol) * 0xd6e8feb86659fd93L;
        return (int) (h ^ (h >>> 29) ^ (h >>> 41));
    }

    /** The connection of this key, made when new. */
    Connection get(Transport transport, int protocol, long aHigh, long aLow, int aPort, long bHigh, long bLow, int bPort) {
        int h = hash(protocol, aHigh, aLow, aPort, bHigh, bLow, bPort);
        int mask = slots.length - 1;
        int i = h & mask;
        while (true) {
            Connection c = slots[i];
            if (c == null) {
                break;
            }
            if (c.hash == h && c.is(protocol, aHigh, aLow, aPort, bHigh, bLow, bPort)) {
                return c;
            }
            i = (i + 1) & mask;
        }
        Connection made = new Connection(transport, protocol, aHigh, aLow, aPort, bHigh, bLow, bPort, h);
        slots[i] = made;
        if (++size * 2 > slots.length) {
            grow();
        }
        return made;
    }

    /** The connection of the same key as {@code other}, or null. */
    Connection find(Connection other) {
        int mask = slots.length - 1;
        int i = other.hash & mask;
        while (true) {
            Connection c = slots[i];
            if (c == null) {
                return null;
            }
            if (c.hash == other.hash && c.transport == other.transport
                    && c.is(other.ipProtocol, other.aHigh, other.aLow, other.aPort, other.bHigh, other.bLow, other.bPort)) {
                return c;
            }
            i = (i + 1) & mask;
        }
    }

    /** Adds a connection whose key is not in the table. */
    void add(Connection c) {
        int mask = slots.length - 1;
        int i = c.hash & mask;
        while (slots[i] != null) {
            i = (i + 1) & mask;
        }
        slots[i] = c;
        if (++size * 2 > slots.length) {
            grow();
        }
    }

    private void grow() {
        Connection[] old = slots;
        slots = new Connection[old.length * 2];
        int mask = slots.length - 1;
        for (Connection c : old) {
            if (c != null) {
                int i = c.hash & mask;
                while (slots[i] != null) {
                    i = (i + 1) & mask;
                }
                slots[i] = c;
            }
        }
    }

    List<Connection> all() {
        List<Connection> list = new ArrayList<>(size);
        for (Connection c : slots) {
            if (c != null) {
                list.add(c);
            }
        }
        return list;
    }
}
