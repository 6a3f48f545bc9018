package org.otbridge.observe.protocol;

import static org.otbridge.observe.capture.Bytes.u8;

import org.otbridge.model.Protocol;

/**
 * DNP3 over TCP or UDP: link frames (start 0x0564, header CRC checked), the transport header and,
 * in the first fragment of a request, the application function code. Read (1); write (2), assign
 * class, record time, enable and disable unsolicited (20-22, 24); select, operate, direct operate,
 * freeze, restarts, initialise, start and stop application (3-18) are commands; file transfer,
 * save and activate configuration (19, 25-31) are program.
 */
public final class Dnp3Decoder implements ProtocolDecoder {

    private static final int[] CRC_TABLE = new int[256];

    static {
        for (int i = 0; i < 256; i++) {
            int crc = i;
            for (int k = 0; k < 8; k++) {
                crc = (crc & 1) != 0 ? (crc >>> 1) ^ 0xa6bc : crc >>> 1;
            }
            CRC_TABLE[i] = crc;
        }
    }

    @Override
    public Protocol protocol() {
        return Protocol.DNP3;
    }

    @Override
    public boolean recognises(byte[] b, int offset, int length, boolean fromClient) {
        return length >= 10 && headerSound(b, offset);
    }

    static boolean headerSound(byte[] b, int p) {
        if ((b[p] & 0xff) != 0x05 || (b[p + 1] & 0xff) != 0x64 || u8(b, p + 2) < 5) {
            return false;
        }
        int crc = 0;
        for (int i = 0; i < 8; i++) {
            crc = (crc >>> 8) ^ CRC_TABLE[(crc ^ b[p + i]) & 0xff];
        }
        crc = ~crc & 0xffff;
        return (b[p + 8] & 0xff) == (crc & 0xff) && (b[p + 9] & 0xff) == (crc >>> 8);
    }

    /** Bytes of the whole link frame whose header starts at p: header, data and a CRC per 16 data bytes. */
    static int frameLength(int lengthField) {
        int data = lengthField - 5;
        return 10 + data + 2 * ((data + 15) / 16);
    }

    @Override
    public int operations(byte[] b, int offset, int length, boolean fromClient, OperationSink ops) {
        int p = offset;
        int end = offset + length;
        while (end - p >= 10) {
            if (!headerSound(b, p)) {
                return 0;
            }
            int frame = frameLength(u8(b, p + 2));
            int userData = u8(b, p + 2) - 5;
            // transport header, application control and function code sit in the first data block
            if (userData >= 3 && end - p >= 13) {
                boolean firstSegment = (b[p + 10] & 0x40) != 0;
                if (firstSegment) {
                    count(u8(b, p + 12), ops);
                }
            }
            p += frame;
        }
        return p > end ? p - end : 0;
    }

    private static void count(int function, OperationSink ops) {
        if (function == 1) {
            ops.read();
        } else if (function == 2 || function >= 20 && function <= 22 || function == 24) {
            ops.write();
        } else if (function >= 3 && function <= 18) {
            ops.command();
        } else if (function == 19 || function >= 25 && function <= 31) {
            ops.program();
        }
    }
}
