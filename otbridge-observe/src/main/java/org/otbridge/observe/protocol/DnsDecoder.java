package org.otbridge.observe.protocol;

import static org.otbridge.observe.capture.Bytes.u16;

import org.otbridge.model.Protocol;

/**
 * DNS over UDP, or over TCP with its two-byte length: a header with a standard opcode and
 * plausible section counts; no operations.
 */
public final class DnsDecoder implements ProtocolDecoder {

    private final boolean tcp;

    /** @param tcp true for DNS over TCP, where each message starts with its length */
    public DnsDecoder(boolean tcp) {
        this.tcp = tcp;
    }

    @Override
    public Protocol protocol() {
        return Protocol.DNS;
    }

    @Override
    public boolean recognises(byte[] b, int offset, int length, boolean fromClient) {
        if (tcp) {
            return length >= 14 && u16(b, offset) == length - 2 && header(b, offset + 2, length - 2);
        }
        return header(b, offset, length);
    }

    private static boolean header(byte[] b, int offset, int length) {
        if (length < 12) {
            return false;
        }
        int flags = u16(b, offset + 2);
        int opcode = (flags >>> 11) & 0x0f;
        int questions = u16(b, offset + 4);
        return (opcode <= 2 || opcode == 4 || opcode == 5) && (flags & 0x0040) == 0 && questions <= 16
                && u16(b, offset + 6) <= 256 && u16(b, offset + 8) <= 256 && (questions > 0 || (flags & 0x8000) != 0);
    }
}
