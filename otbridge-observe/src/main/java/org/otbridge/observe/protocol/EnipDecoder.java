package org.otbridge.observe.protocol;

import static org.otbridge.observe.capture.Bytes.u16le;
import static org.otbridge.observe.capture.Bytes.u8;

import org.otbridge.model.Protocol;

/**
 * EtherNet/IP encapsulation (TCP and UDP 44818) and the CIP requests inside SendRRData and
 * SendUnitData (explicit messages). CIP services: get attribute(s) and read tag are reads; set
 * attribute(s), write tag and read-modify-write are writes; reset, start and stop are commands;
 * multiple service packets and unconnected sends are opened and their embedded requests counted.
 */
public final class EnipDecoder implements ProtocolDecoder {

    private static final int HEADER = 24;
    private static final int CONNECTION_MANAGER = 0x06;
    private static final int MAX_DEPTH = 4;

    @Override
    public Protocol protocol() {
        return Protocol.ENIP;
    }

    @Override
    public boolean recognises(byte[] b, int offset, int length, boolean fromClient) {
        if (length < HEADER) {
            return false;
        }
        int command = u16le(b, offset);
        int declared = u16le(b, offset + 2);
        boolean known = command == 0x0001 || command == 0x0004 || command == 0x0063 || command == 0x0064
                || command == 0x0065 || command == 0x0066 || command == 0x006f || command == 0x0070
                || command == 0x0072 || command == 0x0073;
        return known && HEADER + declared <= length && (b[offset + 20] | b[offset + 21] | b[offset + 22] | b[offset + 23]) == 0;
    }

    @Override
    public int operations(byte[] b, int offset, int length, boolean fromClient, OperationSink ops) {
        int p = offset;
        int end = offset + length;
        while (end - p >= HEADER) {
            int command = u16le(b, p);
            int declared = u16le(b, p + 2);
            int messageEnd = p + HEADER + declared;
            if (fromClient && (command == 0x006f || command == 0x0070)) {
                items(b, p + HEADER, Math.min(end, messageEnd), ops);
            }
            p = messageEnd;
        }
        return p > end ? p - end : 0;
    }

    /** Common packet format: interface handle (4), timeout (2), item count (2), then items. */
    private static void items(byte[] b, int p, int end, OperationSink ops) {
        if (end - p < 8) {
            return;
        }
        int count = u16le(b, p + 6);
        int q = p + 8;
        for (int i = 0; i < count && end - q >= 4; i++) {
            int type = u16le(b, q);
            int itemLength = u16le(b, q + 2);
            int data = q + 4;
            int dataEnd = Math.min(end, data + itemLength);
            if (type == 0x00b2) {
                cipRequest(b, data, dataEnd, ops, 0);
            } else if (type == 0x00b1 && dataEnd - data > 2) {
                cipRequest(b, data + 2, dataEnd, ops, 0);
            }
            q = data + itemLength;
        }
    }

    /** One CIP message: service, request path size in words, path, data. */
    static void cipRequest(byte[] b, int p, int end, OperationSink ops, int depth) {
        if (end - p < 2 || depth > MAX_DEPTH) {
            return;
        }
        int service = u8(b, p);
        if ((service & 0x80) != 0) {
            return;
        }
        int pathEnd = p + 2 + 2 * u8(b, p + 1);
        if (pathEnd > end) {
            return;
        }
        int classId = classOf(b, p + 2, pathEnd);
        switch (service) {
            case 0x01, 0x03, 0x0e -> ops.read();
            case 0x02, 0x04, 0x10 -> ops.write();
            case 0x05, 0x06, 0x07 -> ops.command();
            case 0x0a -> multipleServices(b, pathEnd, end, ops, depth);
            case 0x4c -> ops.read();
            case 0x4d, 0x53 -> ops.write();
            case 0x4e -> {
                if (classId != CONNECTION_MANAGER) {
                    ops.write();
                }
            }
            case 0x52 -> {
                if (classId == CONNECTION_MANAGER) {
                    unconnectedSend(b, pathEnd, end, ops, depth);
                } else {
                    ops.read();
                }
            }
            default -> {
                // forward open and close, and object-specific services we cannot name
            }
        }
    }

    /** The class in a request path (8- or 16-bit logical class segment), or -1. */
    private static int classOf(byte[] b, int p, int end) {
        if (end - p >= 2 && u8(b, p) == 0x20) {
            return u8(b, p + 1);
        }
        if (end - p >= 4 && u8(b, p) == 0x21) {
            return u16le(b, p + 2);
        }
        return -1;
    }

    private static void multipleServices(byte[] b, int p, int end, OperationSink ops, int depth) {
        if (end - p < 2) {
            return;
        }
        int count = u16le(b, p);
        if (end - p < 2 + 2 * count) {
            return;
        }
        for (int i = 0; i < count; i++) {
            int start = p + u16le(b, p + 2 + 2 * i);
            int stop = i + 1 < count ? p + u16le(b, p + 4 + 2 * i) : end;
            if (start >= p && start < stop && stop <= end) {
                cipRequest(b, start, stop, ops, depth + 1);
            }
        }
    }

    /** Unconnected send: priority and ticks (1), timeout ticks (1), message size (2), the embedded message. */
    private static void unconnectedSend(byte[] b, int p, int end, OperationSink ops, int depth) {
        if (end - p < 4) {
            return;
        }
        int size = u16le(b, p + 2);
        int message = p + 4;
        cipRequest(b, message, Math.min(end, message + size), ops, depth + 1);
    }
}
