package org.otbridge.observe.protocol;

import static org.otbridge.observe.capture.Bytes.u16;
import static org.otbridge.observe.capture.Bytes.u8;

import org.otbridge.model.Protocol;

/**
 * S7comm (protocol id 0x32 in COTP data on TCP 102). Job requests: read variable is a read, write
 * variable a write, block download and upload (0x1a-0x1f) program, PLC control and PLC stop
 * (0x28, 0x29) commands. User-data requests: block, CPU and cyclic functions are reads, programmer
 * commands are commands, clock reads and settings are reads and writes.
 */
public final class S7commDecoder implements ProtocolDecoder {

    static final int PROTOCOL_ID = 0x32;

    @Override
    public Protocol protocol() {
        return Protocol.S7COMM;
    }

    @Override
    public boolean recognises(byte[] b, int offset, int length, boolean fromClient) {
        if (!Tpkt.carries(b, offset, length, PROTOCOL_ID)) {
            return false;
        }
        int data = Tpkt.dataOffset(b, offset, offset + length);
        int rosctr = data + 1 < offset + length ? u8(b, data + 1) : 0;
        return rosctr == 1 || rosctr == 2 || rosctr == 3 || rosctr == 7;
    }

    @Override
    public int operations(byte[] b, int offset, int length, boolean fromClient, OperationSink ops) {
        int p = offset;
        int end = offset + length;
        while (p < end) {
            int frame = Tpkt.frameLength(b, p, end);
            if (frame < 0) {
                return 0;
            }
            int data = Tpkt.dataOffset(b, p, end);
            if (fromClient && data >= 0 && (b[data] & 0xff) == PROTOCOL_ID) {
                count(b, data, Math.min(end, p + frame), ops);
            }
            p += frame;
        }
        return p - end;
    }

    private static void count(byte[] b, int s, int end, OperationSink ops) {
        if (end - s < 11) {
            return;
        }
        int rosctr = u8(b, s + 1);
        int parameters = s + 10;
        int parameterLength = u16(b, s + 6);
        if (rosctr == 1) {
            switch (u8(b, parameters)) {
                case 0x04 -> ops.read();
                case 0x05 -> ops.write();
                case 0x1a, 0x1b, 0x1c, 0x1d, 0x1e, 0x1f -> ops.program();
                case 0x28, 0x29 -> ops.command();
                default -> {
                    // setup communication and acknowledgements carry no operation
                }
            }
        } else if (rosctr == 7 && parameterLength >= 8 && end - parameters >= 7 && u8(b, parameters) == 0
                && u8(b, parameters + 1) == 1 && u8(b, parameters + 2) == 0x12) {
            int typeGroup = u8(b, parameters + 5);
            if ((typeGroup & 0xf0) != 0x40) {
                return;
            }
            int group = typeGroup & 0x0f;
            int sub = u8(b, parameters + 6);
            switch (group) {
                case 1 -> ops.command();
                case 2, 3, 4 -> ops.read();
                case 7 -> {
                    if (sub == 1 || sub == 3) {
                        ops.read();
                    } else if (sub == 2 || sub == 4) {
                        ops.write();
                    }
                }
                default -> {
                    // security and other groups: no operation on the process
                }
            }
        }
    }
}
