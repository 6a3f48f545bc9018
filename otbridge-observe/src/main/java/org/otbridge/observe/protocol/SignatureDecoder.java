package org.otbridge.observe.protocol;

import static org.otbridge.observe.capture.Bytes.u16;
import static org.otbridge.observe.capture.Bytes.u8;

import org.otbridge.model.Protocol;
import org.otbridge.observe.capture.Bytes;

/**
 * The IT protocols that matter at an IT/OT boundary, recognised by their first bytes only (no
 * operations): HTTP, TLS, SSH, SMB, DNS, NTP, VNC and TeamViewer.
 */
public final class SignatureDecoder implements ProtocolDecoder {

    private static final String[] HTTP_STARTS = {"GET ", "POST ", "HEAD ", "PUT ", "DELETE ", "OPTIONS ", "CONNECT ",
            "PATCH ", "TRACE ", "HTTP/1.", "HTTP/2"};

    private final Protocol protocol;
    private final boolean tcp;

    /** @param tcp true when the flow is TCP (DNS then carries a two-byte length first) */
    public SignatureDecoder(Protocol protocol, boolean tcp) {
        this.protocol = protocol;
        this.tcp = tcp;
    }

    @Override
    public Protocol protocol() {
        return protocol;
    }

    @Override
    public boolean recognises(byte[] b, int offset, int length, boolean fromClient) {
        return switch (protocol) {
            case HTTP -> http(b, offset, length);
            case TLS -> tls(b, offset, length);
            case SSH -> Bytes.startsWith(b, offset, length, "SSH-");
            case SMB -> smb(b, offset, length);
            case DNS -> tcp ? length >= 14 && u16(b, offset) == length - 2 && dns(b, offset + 2, length - 2)
                    : dns(b, offset, length);
            case NTP -> ntp(b, offset, length);
            case VNC -> Bytes.startsWith(b, offset, length, "RFB 0");
            case TEAMVIEWER -> length >= 2 && ((b[offset] & 0xff) == 0x17 && (b[offset + 1] & 0xff) == 0x24
                    || (b[offset] & 0xff) == 0x11 && (b[offset + 1] & 0xff) == 0x30);
            default -> false;
        };
    }

    private static boolean http(byte[] b, int offset, int length) {
        for (String start : HTTP_STARTS) {
            if (Bytes.startsWith(b, offset, length, start)) {
                return true;
            }
        }
        return false;
    }

    private static boolean tls(byte[] b, int offset, int length) {
        if (length < 5) {
            return false;
        }
        int type = u8(b, offset);
        int major = u8(b, offset + 1);
        int minor = u8(b, offset + 2);
        int recordLength = u16(b, offset + 3);
        return type >= 0x14 && type <= 0x17 && major == 3 && minor <= 4 && recordLength > 0 && recordLength <= 18432;
    }

    private static boolean smb(byte[] b, int offset, int length) {
        if (length < 8) {
            return false;
        }
        int type = u8(b, offset);
        if (type == 0x81 || type == 0x82 || type == 0x83 || type == 0x85) {
            // NetBIOS session request, response, refusal or keep-alive
            return u8(b, offset + 1) <= 1 && (u16(b, offset + 2) + 4 == length || type == 0x85 && length == 4);
        }
        if (type != 0) {
            return false;
        }
        int magic = u8(b, offset + 4);
        return (magic == 0xff || magic == 0xfe || magic == 0xfd) && b[offset + 5] == 'S' && b[offset + 6] == 'M'
                && b[offset + 7] == 'B';
    }

    private static boolean dns(byte[] b, int offset, int length) {
        if (length < 12) {
            return false;
        }
        int flags = u16(b, offset + 2);
        int opcode = (flags >>> 11) & 0x0f;
        int questions = u16(b, offset + 4);
        int answers = u16(b, offset + 6);
        int authority = u16(b, offset + 8);
        return (opcode <= 2 || opcode == 4 || opcode == 5) && (flags & 0x0040) == 0 && questions <= 16
                && answers <= 256 && authority <= 256 && (questions > 0 || (flags & 0x8000) != 0);
    }

    private static boolean ntp(byte[] b, int offset, int length) {
        if (length < 48) {
            return false;
        }
        int version = (u8(b, offset) >>> 3) & 0x07;
        int mode = u8(b, offset) & 0x07;
        return version >= 1 && version <= 4 && mode >= 1 && mode <= 5;
    }
}
