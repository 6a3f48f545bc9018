package org.otbridge.observe.protocol;

import static org.otbridge.observe.capture.Bytes.u16le;

import org.otbridge.model.Protocol;

/**
 * CIP implicit (class 0/1) I/O on UDP 2222: a common packet format with a sequenced-address item
 * (0x8002) and a connected-data item (0x00b1). Cyclic I/O data: no operations are counted.
 */
public final class CipIoDecoder implements ProtocolDecoder {

    @Override
    public Protocol protocol() {
        return Protocol.CIP;
    }

    @Override
    public boolean recognises(byte[] b, int offset, int length, boolean fromClient) {
        if (length < 2 + 4 + 8 + 4) {
            return false;
        }
        int count = u16le(b, offset);
        if (count < 2 || count > 4 || u16le(b, offset + 2) != 0x8002 || u16le(b, offset + 4) != 8) {
            return false;
        }
        int next = offset + 6 + 8;
        return u16le(b, next) == 0x00b1 && next + 4 + u16le(b, next + 2) <= offset + length;
    }
}
