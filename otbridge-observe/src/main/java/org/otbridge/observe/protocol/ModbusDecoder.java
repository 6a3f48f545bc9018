package org.otbridge.observe.protocol;

import static org.otbridge.observe.capture.Bytes.u16;
import static org.otbridge.observe.capture.Bytes.u8;

import org.otbridge.model.Protocol;

/**
 * Modbus/TCP: MBAP header (transaction, protocol 0, length, unit) and function code. Reads are
 * the read functions (1-4, 7, 11, 12, 17, 20, 24, 43/14); writes 5, 6, 15, 16, 21, 22, 23;
 * diagnostics that restart communication or force listen-only mode (8/1, 8/4) are commands; the
 * Schneider UMAS function 90 is split into its read, write, program and start/stop requests.
 */
public final class ModbusDecoder implements ProtocolDecoder {

    @Override
    public Protocol protocol() {
        return Protocol.MODBUS;
    }

    @Override
    public boolean recognises(byte[] b, int offset, int length, boolean fromClient) {
        if (length < 8 || u16(b, offset + 2) != 0) {
            return false;
        }
        int declared = u16(b, offset + 4);
        int function = u8(b, offset + 7) & 0x7f;
        return declared >= 2 && declared <= 254 && declared + 6 <= length && function != 0;
    }

    @Override
    public int operations(byte[] b, int offset, int length, boolean fromClient, OperationSink ops) {
        int p = offset;
        int end = offset + length;
        while (end - p >= 8) {
            int declared = u16(b, p + 4);
            if (u16(b, p + 2) != 0 || declared < 2 || declared > 254) {
                return 0;
            }
            if (fromClient) {
                count(b, p + 7, Math.min(end, p + 6 + declared), ops);
            }
            p += 6 + declared;
        }
        return p > end ? p - end : 0;
    }

    private static void count(byte[] b, int p, int end, OperationSink ops) {
        int function = u8(b, p);
        switch (function) {
            case 1, 2, 3, 4, 7, 11, 12, 17, 20, 24 -> ops.read();
            case 5, 6, 15, 16, 21, 22, 23 -> ops.write();
            case 8 -> {
                if (end - p >= 3) {
                    int sub = u16(b, p + 1);
                    if (sub == 1 || sub == 4) {
                        ops.command();
                    } else {
                        ops.read();
                    }
                }
            }
            case 43 -> {
                if (end - p >= 2 && u8(b, p + 1) == 14) {
                    ops.read();
                }
            }
            case 90 -> umas(b, p, end, ops);
            default -> {
                // exceptions and vendor functions: no operation we can name
            }
        }
    }

    /** UMAS (function 90): byte 1 is the session, byte 2 the UMAS function. */
    private static void umas(byte[] b, int p, int end, OperationSink ops) {
        if (end - p < 3) {
            return;
        }
        int code = u8(b, p + 2);
        if (code == 0x20 || code == 0x22 || code == 0x24 || code == 0x26) {
            ops.read();
        } else if (code == 0x21 || code == 0x23 || code == 0x25) {
            ops.write();
        } else if (code >= 0x30 && code <= 0x35 || code == 0x39 || code == 0x3a) {
            ops.program();
        } else if (code == 0x40 || code == 0x41) {
            ops.command();
        }
    }
}
