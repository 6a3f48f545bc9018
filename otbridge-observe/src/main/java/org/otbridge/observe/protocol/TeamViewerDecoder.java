package org.otbridge.observe.protocol;

import org.otbridge.model.Protocol;

/** TeamViewer: its packet magic (0x17 0x24 or 0x11 0x30); no operations. */
public final class TeamViewerDecoder implements ProtocolDecoder {

    @Override
    public Protocol protocol() {
        return Protocol.TEAMVIEWER;
    }

    @Override
    public boolean recognises(byte[] b, int offset, int length, boolean fromClient) {
        return length >= 2 && ((b[offset] & 0xff) == 0x17 && (b[offset + 1] & 0xff) == 0x24
                || (b[offset] & 0xff) == 0x11 && (b[offset + 1] & 0xff) == 0x30);
    }
}
