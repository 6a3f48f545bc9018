package org.otbridge.synth;

/**
 * Hands out one aligned subnet per zone (at least a /24, more for large zones) from the private
 * ranges, in order: 10/8, then 172.16/12, then 192.168/16. A model larger than all three wraps
 * around; addresses need not be unique in a model, they only help to match observed traffic.
 */
final class Addresses {

    private static final long[] POOL_BASE = {10L << 24, (172L << 24) | (16L << 16), (192L << 24) | (168L << 16)};
    private static final long[] POOL_SIZE = {1L << 24, 1L << 20, 1L << 16};
    private static final long TOTAL = POOL_SIZE[0] + POOL_SIZE[1] + POOL_SIZE[2];

    private long next;

    /** The first address of a new subnet with room for {@code hosts} hosts. */
    long subnet(int hosts) {
        long size = 256;
        while (size < hosts + 16L) {
            size <<= 1;
        }
        long start = (next + size - 1) / size * size;
        if (start + size > TOTAL) {
            start = 0;
        }
        next = start + size;
        long offset = start;
        for (int pool = 0; pool < POOL_BASE.length; pool++) {
            if (offset < POOL_SIZE[pool]) {
                return POOL_BASE[pool] + offset;
            }
            offset -= POOL_SIZE[pool];
        }
        throw new IllegalStateException("unreachable");
    }
}
