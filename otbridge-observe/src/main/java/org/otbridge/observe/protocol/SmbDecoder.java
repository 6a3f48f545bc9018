package org.otbridge.observe.protocol;

import static org.otbridge.observe.capture.Bytes.u16;
import static org.otbridge.observe.capture.Bytes.u8;

import org.otbridge.model.Protocol;

/** SMB over NetBIOS session service or direct TCP: a session message with an SMB1, SMB2 or SMB3 header, or a NetBIOS session request; no operations. */
public final class SmbDecoder implements ProtocolDecoder {

    @Override
    public Protocol protocol() {
        return Protocol.SMB;
    }

    @Override
    public boolean recognises(byte[] b, int offset, int length, boolean fromClient) {
        if (length < 8) {
            return false;
        }
        int type = u8(b, offset);
        if (type == 0x81 || type == 0x82 || type == 0x83 || type == 0x85) {
            return u8(b, offset + 1) <= 1 && u16(b, offset + 2) + 4 == length;
        }
        if (type != 0) {
            return false;
        }
        int magic = u8(b, offset + 4);
        return (magic == 0xff || magic == 0xfe || magic == 0xfd) && b[offset + 5] == 'S' && b[offset + 6] == 'M'
                && b[offset + 7] == 'B';
    }
}
