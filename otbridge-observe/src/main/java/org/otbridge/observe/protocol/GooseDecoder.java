package org.otbridge.observe.protocol;

import static org.otbridge.observe.capture.Bytes.u16;
import static org.otbridge.observe.capture.Bytes.u8;

import org.otbridge.model.Protocol;

/**
 * IEC 61850 GOOSE (Ethertype 0x88b8, layer 2): APPID, length, two reserved words, then the BER
 * goosePdu (tag 0x61). Published status and trips, not requests: no operations are counted.
 */
public final class GooseDecoder implements ProtocolDecoder {

    @Override
    public Protocol protocol() {
        return Protocol.GOOSE;
    }

    @Override
    public boolean recognises(byte[] b, int offset, int length, boolean fromClient) {
        return length >= 9 && u16(b, offset + 2) >= 8 && u8(b, offset + 8) == 0x61;
    }
}
