package org.otbridge.observe.protocol;

import static org.otbridge.observe.capture.Bytes.u16;
import static org.otbridge.observe.capture.Bytes.u8;

/** ISO transport over TCP (RFC 1006): TPKT frames carrying COTP; S7comm, S7comm-plus, MMS and RDP ride on it. */
final class Tpkt {

    static final int COTP_DATA = 0xf0;
    static final int COTP_CONNECT_REQUEST = 0xe0;
    static final int COTP_CONNECT_CONFIRM = 0xd0;

    private Tpkt() {
    }

    /** Length of the TPKT frame at p, or -1 when p does not start one. */
    static int frameLength(byte[] b, int p, int end) {
        if (end - p < 7 || (b[p] & 0xff) != 3 || b[p + 1] != 0) {
            return -1;
        }
        int length = u16(b, p + 2);
        int cotpLength = u8(b, p + 4);
        return length >= 7 && cotpLength >= 1 && cotpLength + 5 <= length ? length : -1;
    }

    static int cotpType(byte[] b, int p) {
        return u8(b, p + 5) & 0xf0;
    }

    /** Offset of the user data of a COTP data frame at p, or -1 when it is another COTP type or has none. */
    static int dataOffset(byte[] b, int p, int end) {
        int length = frameLength(b, p, end);
        if (length < 0 || cotpType(b, p) != COTP_DATA) {
            return -1;
        }
        int data = p + 5 + u8(b, p + 4);
        return data < Math.min(end, p + length) ? data : -1;
    }

    /**
     * True when a payload is TPKT/COTP and its first data frame's user data starts with
     * {@code magic}; connection setup frames before it count as a match only when {@code setup}.
     */
    static boolean carries(byte[] b, int offset, int length, int magic) {
        int end = offset + length;
        int frame = frameLength(b, offset, end);
        if (frame < 0) {
            return false;
        }
        int data = dataOffset(b, offset, end);
        return data >= 0 && (b[data] & 0xff) == magic;
    }
}
