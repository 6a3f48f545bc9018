package org.otbridge.observe.protocol;

import static org.otbridge.observe.capture.Bytes.u8;

import org.otbridge.model.Protocol;

/**
 * IEC 60870-5-104: APCI frames (start 0x68, length, four control octets) and, in I-frames, the
 * ASDU type identification. Counted when the controlling station (the client) activates (cause of
 * transmission 6): single, double and regulating-step commands (45-47, 58-60) and reset process
 * (105) are commands; set points and bitstrings (48-51, 61-64) and clock synchronisation (103)
 * are writes; interrogations and read (100-102) are reads.
 */
public final class Iec104Decoder implements ProtocolDecoder {

    @Override
    public Protocol protocol() {
        return Protocol.IEC104;
    }

    @Override
    public boolean recognises(byte[] b, int offset, int length, boolean fromClient) {
        if (length < 6 || (b[offset] & 0xff) != 0x68) {
            return false;
        }
        int apdu = u8(b, offset + 1);
        if (apdu < 4 || apdu + 2 > length) {
            return false;
        }
        int control = u8(b, offset + 2);
        if ((control & 0x03) == 0x03) {
            // U-frame: exactly one function bit, the other control octets zero
            return apdu == 4 && Integer.bitCount(control & 0xfc) == 1 && b[offset + 3] == 0 && b[offset + 4] == 0
                    && b[offset + 5] == 0;
        }
        if ((control & 0x03) == 0x01) {
            return apdu == 4 && (b[offset + 4] & 0x01) == 0;
        }
        // I-frame: an ASDU with a known type
        return apdu >= 10 && (b[offset + 4] & 0x01) == 0 && knownType(u8(b, offset + 6));
    }

    private static boolean knownType(int type) {
        return type >= 1 && type <= 40 || type >= 45 && type <= 51 || type >= 58 && type <= 64 || type == 70
                || type >= 100 && type <= 107 || type >= 110 && type <= 113 || type >= 120 && type <= 127;
    }

    @Override
    public int operations(byte[] b, int offset, int length, boolean fromClient, OperationSink ops) {
        int p = offset;
        int end = offset + length;
        while (end - p >= 6) {
            if ((b[p] & 0xff) != 0x68) {
                return 0;
            }
            int apdu = u8(b, p + 1);
            if (apdu < 4) {
                return 0;
            }
            if (fromClient && (b[p + 2] & 0x01) == 0 && apdu >= 6 && end - p >= 9) {
                int cause = u8(b, p + 8) & 0x3f;
                if (cause == 6) {
                    count(u8(b, p + 6), ops);
                }
            }
            p += apdu + 2;
        }
        return p > end ? p - end : 0;
    }

    private static void count(int type, OperationSink ops) {
        if (type >= 45 && type <= 47 || type >= 58 && type <= 60 || type == 105) {
            ops.command();
        } else if (type >= 48 && type <= 51 || type >= 61 && type <= 64 || type == 103) {
            ops.write();
        } else if (type >= 100 && type <= 102) {
            ops.read();
        }
    }
}
