package org.otbridge.observe.protocol;

import static org.otbridge.observe.capture.Bytes.u16;
import static org.otbridge.observe.capture.Bytes.u8;

import org.otbridge.model.Protocol;

/**
 * BACnet/IP (UDP 47808): BVLC, NPDU and the APDU's service. Confirmed requests: read property
 * (single, multiple, range) and atomic read file are reads; write property (single, multiple),
 * list changes and object creation and deletion are writes; atomic write file is program (files
 * carry programs and configuration); device communication control and reinitialise device are
 * commands. Unconfirmed write group is a write. BACnet peers both ask and answer, so requests are
 * counted in both directions.
 */
public final class BacnetDecoder implements ProtocolDecoder {

    @Override
    public Protocol protocol() {
        return Protocol.BACNET;
    }

    @Override
    public boolean recognises(byte[] b, int offset, int length, boolean fromClient) {
        if (length < 4 || (b[offset] & 0xff) != 0x81) {
            return false;
        }
        int function = u8(b, offset + 1);
        int declared = u16(b, offset + 2);
        // the BVLC length should equal the datagram's; devices and test tools get it wrong, so only bound it
        return function <= 0x0c && declared >= 4 && declared <= length;
    }

    @Override
    public boolean peersBothAsk() {
        return true;
    }

    @Override
    public int operations(byte[] b, int offset, int length, boolean fromClient, OperationSink ops) {
        if (!recognises(b, offset, length, fromClient)) {
            return 0;
        }
        int end = offset + length;
        int function = u8(b, offset + 1);
        int npdu;
        if (function == 0x0a || function == 0x0b || function == 0x09) {
            npdu = offset + 4;
        } else if (function == 0x04) {
            npdu = offset + 10;
        } else {
            return 0;
        }
        apdu(b, npdu, end, ops);
        return 0;
    }

    private static void apdu(byte[] b, int p, int end, OperationSink ops) {
        if (end - p < 2 || u8(b, p) != 1) {
            return;
        }
        int control = u8(b, p + 1);
        if ((control & 0x80) != 0) {
            return;
        }
        int q = p + 2;
        if ((control & 0x20) != 0) {
            if (end - q < 3) {
                return;
            }
            q += 3 + u8(b, q + 2);
        }
        if ((control & 0x08) != 0) {
            if (end - q < 3) {
                return;
            }
            q += 3 + u8(b, q + 2);
        }
        if ((control & 0x20) != 0) {
            q += 1;
        }
        if (end - q < 2) {
            return;
        }
        int type = u8(b, q) >>> 4;
        if (type == 0) {
            boolean segmented = (b[q] & 0x08) != 0;
            int service = q + (segmented ? 5 : 3);
            if (service < end) {
                confirmed(u8(b, service), ops);
            }
        } else if (type == 1 && u8(b, q + 1) == 10) {
            ops.write();
        }
    }

    private static void confirmed(int service, OperationSink ops) {
        switch (service) {
            case 6, 12, 14, 26 -> ops.read();
            case 8, 9, 10, 11, 15, 16 -> ops.write();
            case 7 -> ops.program();
            case 17, 20 -> ops.command();
            default -> {
                // alarms, events, subscriptions, private transfers
            }
        }
    }
}
