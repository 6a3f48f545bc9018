package org.otbridge.observe.protocol;

import static org.otbridge.observe.capture.Bytes.u16;
import static org.otbridge.observe.capture.Bytes.u8;

import org.otbridge.model.Protocol;
import org.otbridge.observe.capture.Bytes;

/**
 * MQTT (TCP 1883): control packets with their variable-length remaining length. Recognised by a
 * CONNECT naming MQTT or MQIsdp, or a CONNACK. A client's PUBLISH is a write, its SUBSCRIBE a read.
 */
public final class MqttDecoder implements ProtocolDecoder {

    @Override
    public Protocol protocol() {
        return Protocol.MQTT;
    }

    @Override
    public boolean recognises(byte[] b, int offset, int length, boolean fromClient) {
        if (length < 4) {
            return false;
        }
        int type = u8(b, offset);
        if (type == 0x20) {
            return length == 4 && u8(b, offset + 1) == 2 || length >= 5 && u8(b, offset + 1) + 2 == length;
        }
        if (type != 0x10) {
            return false;
        }
        int header = headerLength(b, offset, offset + length);
        if (header < 0 || length - header < 8) {
            return false;
        }
        int nameLength = u16(b, offset + header);
        int name = offset + header + 2;
        return nameLength == 4 && Bytes.startsWith(b, name, length - header - 2, "MQTT")
                || nameLength == 6 && Bytes.startsWith(b, name, length - header - 2, "MQIsdp");
    }

    /** Bytes of the fixed header (type and remaining length) at p, or -1. */
    private static int headerLength(byte[] b, int p, int end) {
        for (int i = 1; i <= 4; i++) {
            if (p + i >= end) {
                return -1;
            }
            if ((b[p + i] & 0x80) == 0) {
                return i + 1;
            }
        }
        return -1;
    }

    private static int remainingLength(byte[] b, int p, int header) {
        int value = 0;
        for (int i = header - 1; i >= 1; i--) {
            value = value << 7 | (b[p + i] & 0x7f);
        }
        return value;
    }

    @Override
    public int operations(byte[] b, int offset, int length, boolean fromClient, OperationSink ops) {
        int p = offset;
        int end = offset + length;
        while (end - p >= 2) {
            int header = headerLength(b, p, end);
            if (header < 0) {
                return 0;
            }
            int type = u8(b, p) >>> 4;
            if (type == 0) {
                return 0;
            }
            if (fromClient) {
                if (type == 3) {
                    ops.write();
                } else if (type == 8) {
                    ops.read();
                }
            }
            p += header + remainingLength(b, p, header);
        }
        return p > end ? p - end : 0;
    }
}
