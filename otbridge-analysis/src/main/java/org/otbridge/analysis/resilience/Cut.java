package org.otbridge.analysis.resilience;

import java.util.Arrays;

/**
 * A set of one to three element nodes, kept sorted so equal sets are equal values. {@code -1}
 * marks an unused place.
 */
record Cut(int a, int b, int c) {

    static final int MAX_SIZE = 3;
    static final Cut EMPTY = new Cut(-1, -1, -1);

    static Cut of(int element) {
        return new Cut(element, -1, -1);
    }

    int size() {
        return a < 0 ? 0 : b < 0 ? 1 : c < 0 ? 2 : 3;
    }

    int[] elements() {
        return Arrays.copyOf(new int[] {a, b, c}, size());
    }

    boolean contains(int element) {
        return a == element || b == element || c == element;
    }

    boolean isSubsetOf(Cut other) {
        for (int e : elements()) {
            if (!other.contains(e)) {
                return false;
            }
        }
        return true;
    }

    /** The union, or null when it would hold more than three elements. */
    Cut union(Cut other) {
        int[] merged = new int[6];
        int count = 0;
        for (int e : elements()) {
            merged[count++] = e;
        }
        for (int e : other.elements()) {
            if (!contains(e)) {
                if (count == MAX_SIZE) {
                    return null;
                }
                merged[count++] = e;
            }
        }
        if (count > MAX_SIZE) {
            return null;
        }
        Arrays.sort(merged, 0, count);
        return new Cut(count > 0 ? merged[0] : -1, count > 1 ? merged[1] : -1, count > 2 ? merged[2] : -1);
    }
}
