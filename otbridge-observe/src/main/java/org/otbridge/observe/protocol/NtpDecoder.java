package org.otbridge.observe.protocol;

import static org.otbridge.observe.capture.Bytes.u8;

import org.otbridge.model.Protocol;

/** NTP: a 48-byte (or longer) packet with version 1 to 4 and a known mode; no operations. */
public final class NtpDecoder implements ProtocolDecoder {

    @Override
    public Protocol protocol() {
        return Protocol.NTP;
    }

    @Override
    public boolean recognises(byte[] b, int offset, int length, boolean fromClient) {
        if (length < 48) {
            return false;
        }
        int version = (u8(b, offset) >>> 3) & 0x07;
        int mode = u8(b, offset) & 0x07;
        return version >= 1 && version <= 4 && mode >= 1 && mode <= 5;
    }
}
