package org.otbridge.observe.protocol;

import static org.otbridge.observe.capture.Bytes.u16;
import static org.otbridge.observe.capture.Bytes.u8;

import org.otbridge.model.Protocol;

/**
 * S7comm-plus (protocol id 0x72 in COTP data on TCP 102; S7-1200 and S7-1500). Requests (opcode
 * 0x31): get variable, get multiple variables, get streamed variable and explore are reads; set
 * variable, set multiple variables and set streamed variable are writes; invoke is a command.
 * Version 3 messages carry a 32-byte integrity digest before the data, which is skipped.
 */
public final class S7commPlusDecoder implements ProtocolDecoder {

    static final int PROTOCOL_ID = 0x72;
    private static final int REQUEST = 0x31;

    @Override
    public Protocol protocol() {
        return Protocol.S7COMM_PLUS;
    }

    @Override
    public boolean recognises(byte[] b, int offset, int length, boolean fromClient) {
        if (!Tpkt.carries(b, offset, length, PROTOCOL_ID)) {
            return false;
        }
        int data = Tpkt.dataOffset(b, offset, offset + length);
        if (data + 1 >= offset + length) {
            return false;
        }
        int version = u8(b, data + 1);
        return version == 1 || version == 2 || version == 3 || version == 0xfe;
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
        if (end - s < 9) {
            return;
        }
        int version = u8(b, s + 1);
        int q = s + 4;
        if (version == 3 && u8(b, q) == 0x20) {
            q += 33;
        }
        if (end - q < 5 || u8(b, q) != REQUEST) {
            return;
        }
        switch (u16(b, q + 3)) {
            case 0x04bb, 0x04fc, 0x054c, 0x0586 -> ops.read();
            case 0x04f2, 0x0542, 0x0590 -> ops.write();
            case 0x056b -> ops.command();
            default -> {
                // session set-up, sequences and object management
            }
        }
    }
}
