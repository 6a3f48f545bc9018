package org.otbridge.observe.protocol;

import org.otbridge.model.Protocol;
import org.otbridge.observe.capture.Bytes;

/** VNC (RFB): the protocol version string {@code RFB 0}; no operations. */
public final class VncDecoder implements ProtocolDecoder {

    @Override
    public Protocol protocol() {
        return Protocol.VNC;
    }

    @Override
    public boolean recognises(byte[] b, int offset, int length, boolean fromClient) {
        return Bytes.startsWith(b, offset, length, "RFB 0");
    }
}
