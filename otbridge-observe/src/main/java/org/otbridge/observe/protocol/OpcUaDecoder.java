package org.otbridge.observe.protocol;

import static org.otbridge.observe.capture.Bytes.i32le;
import static org.otbridge.observe.capture.Bytes.u16le;
import static org.otbridge.observe.capture.Bytes.u8;

import org.otbridge.model.Protocol;

/**
 * OPC UA binary (UA TCP, port 4840): message header (HEL, ACK, OPN, CLO, MSG, ERR, RHE, chunk
 * type, size). In unencrypted MSG chunks from the client the service's type id is read: Read and
 * HistoryRead are reads; Write, HistoryUpdate, AddNodes and DeleteNodes are writes; Call is a
 * command. Encrypted channels hide the service and count nothing.
 */
public final class OpcUaDecoder implements ProtocolDecoder {

    @Override
    public Protocol protocol() {
        return Protocol.OPCUA;
    }

    @Override
    public boolean recognises(byte[] b, int offset, int length, boolean fromClient) {
        if (length < 8 || !knownType(b, offset)) {
            return false;
        }
        int chunk = b[offset + 3];
        int size = i32le(b, offset + 4);
        return (chunk == 'F' || chunk == 'C' || chunk == 'A') && size >= 8 && size <= length;
    }

    private static boolean knownType(byte[] b, int p) {
        int a = b[p];
        int c = b[p + 1];
        int d = b[p + 2];
        return a == 'H' && c == 'E' && d == 'L' || a == 'A' && c == 'C' && d == 'K' || a == 'O' && c == 'P' && d == 'N'
                || a == 'C' && c == 'L' && d == 'O' || a == 'M' && c == 'S' && d == 'G' || a == 'E' && c == 'R' && d == 'R'
                || a == 'R' && c == 'H' && d == 'E';
    }

    @Override
    public int operations(byte[] b, int offset, int length, boolean fromClient, OperationSink ops) {
        int p = offset;
        int end = offset + length;
        while (end - p >= 8) {
            if (!knownType(b, p)) {
                return 0;
            }
            int size = i32le(b, p + 4);
            if (size < 8) {
                return 0;
            }
            if (fromClient && b[p] == 'M' && b[p + 3] == 'F') {
                // header 8, channel id 4, token id 4, sequence number 4, request id 4, then the type id
                int typeId = p + 24;
                if (end - typeId >= 3) {
                    count(serviceId(b, typeId, end), ops);
                }
            }
            if ((long) p + size > Integer.MAX_VALUE) {
                return 0;
            }
            p += size;
        }
        return p > end ? p - end : 0;
    }

    private static int serviceId(byte[] b, int p, int end) {
        int encoding = u8(b, p);
        if (encoding == 0x00) {
            return u8(b, p + 1);
        }
        if (encoding == 0x01 && end - p >= 4) {
            return u16le(b, p + 2);
        }
        if (encoding == 0x02 && end - p >= 7) {
            return i32le(b, p + 3);
        }
        return -1;
    }

    private static void count(int service, OperationSink ops) {
        switch (service) {
            case 631, 664 -> ops.read();
            case 673, 700, 488, 500 -> ops.write();
            case 712 -> ops.command();
            default -> {
                // sessions, browsing, subscriptions and publishing
            }
        }
    }
}
