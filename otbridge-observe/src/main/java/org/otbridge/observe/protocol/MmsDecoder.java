package org.otbridge.observe.protocol;

import static org.otbridge.observe.capture.Bytes.u8;

import org.otbridge.model.Protocol;

/**
 * IEC 61850 MMS (ISO 9506) on TCP 102: COTP data whose user data is an ISO session SPDU
 * (connect 0x0d, accept 0x0e, or give-tokens followed by data transfer 0x01 0x00 0x01 0x00).
 * Operations are not decoded: MMS needs a full BER decoder of the presentation layer.
 */
public final class MmsDecoder implements ProtocolDecoder {

    @Override
    public Protocol protocol() {
        return Protocol.MMS;
    }

    @Override
    public boolean recognises(byte[] b, int offset, int length, boolean fromClient) {
        int end = offset + length;
        if (Tpkt.frameLength(b, offset, end) < 0) {
            return false;
        }
        int data = Tpkt.dataOffset(b, offset, end);
        if (data < 0 || end - data < 4) {
            return false;
        }
        int spdu = u8(b, data);
        if (spdu == 0x0d || spdu == 0x0e) {
            return u8(b, data + 1) > 0;
        }
        return spdu == 0x01 && b[data + 1] == 0 && u8(b, data + 2) == 0x01 && b[data + 3] == 0;
    }
}
