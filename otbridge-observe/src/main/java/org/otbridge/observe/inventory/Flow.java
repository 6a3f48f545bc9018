package org.otbridge.observe.inventory;

import java.util.Objects;
import org.otbridge.model.Protocol;

/**
 * Traffic from one client to one server over one transport, server port and protocol, over all
 * their connections. {@code src} is the side that opened it; for a layer-2 flow both ends are MAC
 * addresses and {@code port} is null.
 *
 * @param byPayload    true when the protocol was recognised in the payload, false when only the port suggests it
 * @param replyPackets packets the server sent back
 * @param connections  client ports seen (one per TCP or UDP connection)
 * @param firstSeen    nanoseconds since 1970 (0 when unknown)
 */
public record Flow(String src, String dst, Transport transport, Integer port, Protocol protocol, boolean byPayload,
        long packets, long bytes, long replyPackets, long firstSeen, long lastSeen, Operations operations,
        PortSet connections) {

    public Flow {
        Objects.requireNonNull(src);
        Objects.requireNonNull(dst);
        Objects.requireNonNull(transport);
        Objects.requireNonNull(protocol);
        Objects.requireNonNull(operations);
        Objects.requireNonNull(connections);
    }

    /** What identifies the flow; equal keys merge. */
    public record Key(String src, String dst, Transport transport, Integer port, Protocol protocol) {
    }

    public Key key() {
        return new Key(src, dst, transport, port, protocol);
    }

    /** The two flows of one key, added up. */
    public Flow plus(Flow other) {
        if (!key().equals(other.key())) {
            throw new IllegalArgumentException("flows of different keys: " + key() + " and " + other.key());
        }
        return new Flow(src, dst, transport, port, protocol, byPayload || other.byPayload, packets + other.packets,
                bytes + other.bytes, replyPackets + other.replyPackets, earliest(firstSeen, other.firstSeen),
                Math.max(lastSeen, other.lastSeen), operations.plus(other.operations), connections.union(other.connections));
    }

    private static long earliest(long a, long b) {
        return a == 0 ? b : b == 0 ? a : Math.min(a, b);
    }
}
