package org.otbridge.observe.protocol;

import org.otbridge.model.Protocol;
import org.otbridge.observe.capture.Bytes;

/** Remote Desktop: a COTP connection request carrying an RDP cookie or negotiation request, or TPKT on its port. */
public final class RdpDecoder implements ProtocolDecoder {

    private final boolean onItsPort;

    /** @param onItsPort true for the decoder tried on TCP 3389, where any TPKT frame is RDP */
    public RdpDecoder(boolean onItsPort) {
        this.onItsPort = onItsPort;
    }

    @Override
    public Protocol protocol() {
        return Protocol.RDP;
    }

    @Override
    public boolean recognises(byte[] b, int offset, int length, boolean fromClient) {
        int end = offset + length;
        int frame = Tpkt.frameLength(b, offset, end);
        if (frame < 0) {
            // RDP with standard security switched to TLS or fast-path: only on its port
            return onItsPort && length >= 2 && ((b[offset] & 0xff) == 0x16 && b[offset + 1] == 3);
        }
        if (onItsPort) {
            return true;
        }
        if (Tpkt.cotpType(b, offset) != Tpkt.COTP_CONNECT_REQUEST) {
            return false;
        }
        int user = offset + 11;
        return user < end && (Bytes.startsWith(b, user, end - user, "Cookie: mstshash=")
                || end - user == 8 && b[user] == 1 || Bytes.startsWith(b, user, end - user, "Cookie: msts="));
    }
}
