package org.otbridge.observe.protocol;

import static org.otbridge.observe.capture.Bytes.u16;
import static org.otbridge.observe.capture.Bytes.u8;

import org.otbridge.model.Protocol;

/** TLS (and SSL 3): a record header with a content type, version 3.x and a plausible length; no operations. */
public final class TlsDecoder implements ProtocolDecoder {

    @Override
    public Protocol protocol() {
        return Protocol.TLS;
    }

    @Override
    public boolean recognises(byte[] b, int offset, int length, boolean fromClient) {
        if (length < 5) {
            return false;
        }
        int type = u8(b, offset);
        int minor = u8(b, offset + 2);
        int recordLength = u16(b, offset + 3);
        return type >= 0x14 && type <= 0x17 && u8(b, offset + 1) == 3 && minor <= 4 && recordLength > 0
                && recordLength <= 18432;
    }
}
