package org.otbridge.observe.inventory;

import java.util.Arrays;

/**
 * An immutable set of client ports (one per connection of a flow), kept so that merging the
 * inventories of overlapping parts still counts each connection once.
 */
public final class PortSet {

    public static final PortSet EMPTY = new PortSet(new int[0]);

    private final int[] ports;

    private PortSet(int[] sortedDistinct) {
        this.ports = sortedDistinct;
    }

    public static PortSet of(int... ports) {
        return new PortSet(Arrays.stream(ports).sorted().distinct().toArray());
    }

    public int size() {
        return ports.length;
    }

    public boolean contains(int port) {
        return Arrays.binarySearch(ports, port) >= 0;
    }

    public int[] toArray() {
        return ports.clone();
    }

    public PortSet union(PortSet other) {
        if (other.ports.length == 0) {
            return this;
        }
        if (ports.length == 0) {
            return other;
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
        return new PortSet(Arrays.copyOf(merged, n));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PortSet other && Arrays.equals(ports, other.ports);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(ports);
    }

    @Override
    public String toString() {
        return Arrays.toString(ports);
    }
}
