package org.otbridge.observe.protocol;

import org.otbridge.model.Protocol;
import org.otbridge.observe.capture.Bytes;

/** SSH: the identification string {@code SSH-}; no operations. */
public final class SshDecoder implements ProtocolDecoder {

    @Override
    public Protocol protocol() {
        return Protocol.SSH;
    }

    @Override
    public boolean recognises(byte[] b, int offset, int length, boolean fromClient) {
        return Bytes.startsWith(b, offset, length, "SSH-");
    }
}
