package org.otbridge.observe.protocol;

import org.otbridge.model.Protocol;
import org.otbridge.observe.capture.Bytes;

/** HTTP/1.x requests and responses, recognised by their method or status line; no operations. */
public final class HttpDecoder implements ProtocolDecoder {

    @Override
    public Protocol protocol() {
        return Protocol.HTTP;
    }

    private static final String[] STARTS = {"GET ", "POST ", "HEAD ", "PUT ", "DELETE ", "OPTIONS ", "CONNECT ",
            "PATCH ", "TRACE ", "HTTP/1.", "HTTP/2"};

    @Override
    public boolean recognises(byte[] b, int offset, int length, boolean fromClient) {
        for (String start : STARTS) {
            if (Bytes.startsWith(b, offset, length, start)) {
                return true;
            }
        }
        return false;
    }
}
