package org.otbridge.observe.capture;

/** Unsigned reads from byte arrays in either byte order; no bounds checks beyond the array's own. */
public final class Bytes {

    private Bytes() {
    }

    public static int u8(byte[] b, int i) {
        return b[i] & 0xff;
    }

    public static int u16(byte[] b, int i) {
        return (b[i] & 0xff) << 8 | (b[i + 1] & 0xff);
    }

    public static int u16le(byte[] b, int i) {
        return (b[i + 1] & 0xff) << 8 | (b[i] & 0xff);
    }

    public static int i32(byte[] b, int i) {
        return (b[i] & 0xff) << 24 | (b[i + 1] & 0xff) << 16 | (b[i + 2] & 0xff) << 8 | (b[i + 3] & 0xff);
    }

    public static int i32le(byte[] b, int i) {
        return (b[i + 3] & 0xff) << 24 | (b[i + 2] & 0xff) << 16 | (b[i + 1] & 0xff) << 8 | (b[i] & 0xff);
    }

    public static long u32(byte[] b, int i) {
        return i32(b, i) & 0xffffffffL;
    }

    public static long u32le(byte[] b, int i) {
        return i32le(b, i) & 0xffffffffL;
    }

    public static int i32(byte[] b, int i, boolean bigEndian) {
        return bigEndian ? i32(b, i) : i32le(b, i);
    }

    public static int u16(byte[] b, int i, boolean bigEndian) {
        return bigEndian ? u16(b, i) : u16le(b, i);
    }

    public static long u48(byte[] b, int i) {
        return (long) u16(b, i) << 32 | u32(b, i + 2);
    }

    public static long u64(byte[] b, int i) {
        return u32(b, i) << 32 | u32(b, i + 4);
    }

    /** True when {@code b[i..]} starts with the ASCII text. */
    public static boolean startsWith(byte[] b, int i, int length, String ascii) {
        if (length < ascii.length()) {
            return false;
        }
        for (int k = 0; k < ascii.length(); k++) {
            if (b[i + k] != (byte) ascii.charAt(k)) {
                return false;
            }
        }
        return true;
    }
}
