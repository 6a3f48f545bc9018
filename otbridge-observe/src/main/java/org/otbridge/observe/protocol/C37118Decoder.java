package org.otbridge.observe.protocol;

import static org.otbridge.observe.capture.Bytes.u16;
import static org.otbridge.observe.capture.Bytes.u8;

import org.otbridge.model.Protocol;

/**
 * IEEE C37.118 synchrophasor frames (TCP 4712, UDP 4713): SYNC 0xAA with frame type and version,
 * frame size. Command frames from the client: turning transmission off or on is a command;
 * requests for header or configuration frames are reads.
 */
public final class C37118Decoder implements ProtocolDecoder {

    @Override
    public Protocol protocol() {
        return Protocol.C37_118;
    }

    @Override
    public boolean recognises(byte[] b, int offset, int length, boolean fromClient) {
        if (length < 14 || (b[offset] & 0xff) != 0xaa) {
            return false;
        }
        int type = (u8(b, offset + 1) >>> 4) & 0x07;
        int version = u8(b, offset + 1) & 0x0f;
        int size = u16(b, offset + 2);
        return (u8(b, offset + 1) & 0x80) == 0 && type <= 5 && version >= 1 && version <= 3 && size >= 14 && size <= length;
    }

    @Override
    public int operations(byte[] b, int offset, int length, boolean fromClient, OperationSink ops) {
        int p = offset;
        int end = offset + length;
        while (end - p >= 4) {
            if ((b[p] & 0xff) != 0xaa) {
                return 0;
            }
            int size = u16(b, p + 2);
            if (size < 14) {
                return 0;
            }
            int type = (u8(b, p + 1) >>> 4) & 0x07;
            if (fromClient && type == 4 && end - p >= 16) {
                int command = u16(b, p + 14);
                if (command == 1 || command == 2) {
                    ops.command();
                } else if (command >= 3 && command <= 6) {
                    ops.read();
                }
            }
            p += size;
        }
        return p > end ? p - end : 0;
    }
}
