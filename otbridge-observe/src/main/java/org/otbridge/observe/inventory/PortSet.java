package org.otbridge.observe.inventory;

import java.util.Arrays;

/**
 * An immutable set of client ports (one per connection of a flow), kept so that merging the
 * inventories of overlapping parts still counts each connection once. Connections read back from
 * an inventory document, which gives their number but not their ports, are counted without ports
 * ({@link #counted}); those add up when merged.
 */
public final class PortSet {

    public static final PortSet EMPTY = new PortSet(new int[0], 0);

    private final int[] ports;
    /** Connections whose client ports are not known. */
    private final int unnamed;

    private PortSet(int[] sortedDistinct, int unnamed) {
        this.ports = sortedDistinct;
        this.unnamed = unnamed;
    }

    public static PortSet of(int... ports) {
        return new PortSet(Arrays.stream(ports).sorted().distinct().toArray(), 0);
    }

    /** {@code connections} connections whose client ports are not known. */
    public static PortSet counted(int connections) {
        if (connections < 0) {
            throw new IllegalArgumentException("a negative number of connections: " + connections);
        }
        return connections == 0 ? EMPTY : new PortSet(new int[0], connections);
    }

    /** The number of connections: one per client port, plus those counted without ports. */
    public int size() {
        return (int) Math.min(Integer.MAX_VALUE, (long) ports.length + unnamed);
    }

    public boolean contains(int port) {
        return Arrays.binarySearch(ports, port) >= 0;
    }

    /** Connections counted without their client ports. */
    public int unknownPorts() {
        return unnamed;
    }

    /** The known client ports, in order. */
    public int[] toArray() {
        return ports.clone();
    }

    public PortSet union(PortSet other) {
        int sum = (int) Math.min(Integer.MAX_VALUE, (long) unnamed + other.unnamed);
        if (other.ports.length == 0) {
            return sum == unnamed ? this : new PortSet(ports, sum);
        }
        if (ports.length == 0) {
            return sum == other.unnamed ? other : new PortSet(other.ports, sum);
        }
        int[] merged = new int[ports.length + other.ports.length];
        int i = 0;
        int j = 0;
        int n = 0;
        while (i < ports.length || j < other.ports.length) {
            int next;
            if (j >= other.ports.length || i < ports.length && ports[i] <= other.ports[j]) {
                next = ports[i++];
            } else {
                next = other.ports[j++];
            }
            if (n == 0 || merged[n - 1] != next) {
                merged[n++] = next;
            }
        }
        return new PortSet(Arrays.copyOf(merged, n), sum);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PortSet other && unnamed == other.unnamed && Arrays.equals(ports, other.ports);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(ports) * 31 + unnamed;
    }

    @Override
    public String toString() {
        return unnamed == 0 ? Arrays.toString(ports) : Arrays.toString(ports) + " and " + unnamed + " without ports";
    }
}
