package org.otbridge.observe.protocol;

import static org.otbridge.observe.capture.Bytes.u16;
import static org.otbridge.observe.capture.Bytes.u8;

import org.otbridge.model.Protocol;

/**
 * IEC 61850 MMS (ISO 9506) on TCP 102: COTP data whose user data is an ISO session SPDU
 * (connect 0x0d, accept 0x0e, or give-tokens followed by data transfer 0x01 0x00 0x01 0x00).
 *
 * <p>Operations are the confirmed requests found under the data transfer: the presentation layer's
 * fully encoded user data (BER: [APPLICATION 1], a PDV list, its context identifier and single
 * ASN.1 value) holds an MMS confirmed-RequestPDU, whose service is counted. Read, and the services
 * that read the server's model (status, name lists, identify, variable, list, type, domain and
 * program attributes, file read and directory) are reads; write, and defining, renaming or deleting
 * variables, lists, types and files, are writes; domain download and upload, loading, storing and
 * deleting domains, creating and deleting program invocations and obtaining a file are program;
 * start, stop, resume, reset and kill of a program invocation are commands. Reports (unconfirmed
 * PDUs) and answers are not requests.
 */
public final class MmsDecoder implements ProtocolDecoder {

    private static final int CONFIRMED_REQUEST = 0xa0;
    private static final int FULLY_ENCODED_DATA = 0x61;
    private static final int SEQUENCE = 0x30;
    private static final int SINGLE_ASN1_TYPE = 0xa0;

    @Override
    public Protocol protocol() {
        return Protocol.MMS;
    }

    @Override
    public boolean recognises(byte[] b, int offset, int length, boolean fromClient) {
        int end = offset + length;
        if (Tpkt.frameLength(b, offset, end) < 0) {
            return false;
        }
        int data = Tpkt.dataOffset(b, offset, end);
        if (data < 0 || end - data < 4) {
            return false;
        }
        int spdu = u8(b, data);
        if (spdu == 0x0d || spdu == 0x0e) {
            return u8(b, data + 1) > 0;
        }
        return dataTransfer(b, data);
    }

    private static boolean dataTransfer(byte[] b, int p) {
        return u8(b, p) == 0x01 && b[p + 1] == 0 && u8(b, p + 2) == 0x01 && b[p + 3] == 0;
    }

    @Override
    public int operations(byte[] b, int offset, int length, boolean fromClient, OperationSink ops) {
        int p = offset;
        int end = offset + length;
        while (p < end) {
            int frame = Tpkt.frameLength(b, p, end);
            if (frame < 0) {
                return 0;
            }
            int data = Tpkt.dataOffset(b, p, end);
            int frameEnd = Math.min(end, p + frame);
            if (fromClient && data >= 0 && frameEnd - data >= 4 && dataTransfer(b, data)) {
                int service = confirmedService(b, data + 4, frameEnd);
                if (service >= 0) {
                    count(service, ops);
                }
            }
            p += frame;
        }
        return p - end;
    }

    /** The service number of the confirmed-RequestPDU in presentation user data at p, or -1. */
    private static int confirmedService(byte[] b, int p, int end) {
        p = into(b, p, end, FULLY_ENCODED_DATA);
        p = into(b, p, end, SEQUENCE);
        if (p >= 0 && p < end && u8(b, p) == 0x06) {
            p = over(b, p, end); // transfer syntax name
        }
        if (p < 0 || p >= end || u8(b, p) != 0x02) {
            return -1;
        }
        p = over(b, p, end); // presentation context identifier
        p = into(b, p, end, SINGLE_ASN1_TYPE);
        p = into(b, p, end, CONFIRMED_REQUEST);
        if (p < 0 || p >= end || u8(b, p) != 0x02) {
            return -1;
        }
        p = over(b, p, end); // invoke ID
        if (p >= 0 && p < end && u8(b, p) == SEQUENCE) {
            p = over(b, p, end); // list of modifiers
        }
        if (p < 0 || p >= end || (u8(b, p) & 0xc0) != 0x80) {
            return -1;
        }
        int tag = u8(b, p) & 0x1f;
        if (tag != 0x1f) {
            return tag;
        }
        // high tag number form: seven bits a byte, the last byte without its top bit
        int number = 0;
        for (int i = p + 1; i < end && i < p + 4; i++) {
            number = number << 7 | (u8(b, i) & 0x7f);
            if ((b[i] & 0x80) == 0) {
                return number;
            }
        }
        return -1;
    }

    /** The offset of the contents of the element at p when its tag is {@code tag}, or -1. */
    private static int into(byte[] b, int p, int end, int tag) {
        if (p < 0 || end - p < 2 || u8(b, p) != tag) {
            return -1;
        }
        int first = u8(b, p + 1);
        if (first < 0x80 || first == 0x80) {
            return p + 2; // short form, or indefinite length
        }
        int octets = first & 0x7f;
        return octets <= 2 && end - p >= 2 + octets ? p + 2 + octets : -1;
    }

    /** The offset after the whole element at p (tag, length and contents), or -1. */
    private static int over(byte[] b, int p, int end) {
        if (end - p < 2) {
            return -1;
        }
        int first = u8(b, p + 1);
        int length;
        int contents;
        if (first < 0x80) {
            length = first;
            contents = p + 2;
        } else if (first == 0x81 && end - p >= 3) {
            length = u8(b, p + 2);
            contents = p + 3;
        } else if (first == 0x82 && end - p >= 4) {
            length = u16(b, p + 2);
            contents = p + 4;
        } else {
            return -1;
        }
        return contents + length <= end ? contents + length : -1;
    }

    private static void count(int service, OperationSink ops) {
        switch (service) {
            // status, getNameList, identify, read, getVariableAccessAttributes, getScatteredAccessAttributes,
            // getNamedVariableListAttributes, getNamedTypeAttributes, input, getDomainAttributes,
            // getProgramInvocationAttributes, fileRead, fileDirectory
            case 0, 1, 2, 4, 6, 9, 12, 15, 17, 37, 45, 73, 77 -> ops.read();
            // rename, write, define and delete variables, scattered access, lists and types, output,
            // fileRename, fileDelete
            case 3, 5, 7, 8, 10, 11, 13, 14, 16, 18, 75, 76 -> ops.write();
            // domain download and upload sequences, load, store and delete domain, create and
            // delete program invocation, obtainFile
            case 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 38, 39, 46 -> ops.program();
            // start, stop, resume, reset, kill
            case 40, 41, 42, 43, 44 -> ops.command();
            default -> {
                // semaphores, events, journals, file open and close: no operation on the process
            }
        }
    }
}
