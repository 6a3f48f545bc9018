package org.otbridge.observe.protocol;

import static org.otbridge.observe.capture.Bytes.u16;
import static org.otbridge.observe.capture.Bytes.u16le;
import static org.otbridge.observe.capture.Bytes.u8;

import org.otbridge.model.Protocol;

/**
 * PROFINET: real-time and DCP frames on Ethertype 0x8892 (layer 2), and context management
 * (PNIO-CM) as DCE/RPC over UDP, recognised by the PNIO interface UUIDs. CM requests from the
 * client: read and read implicit are reads, write is a write; connect, release and control set up,
 * tear down or parameterise an application relationship with the device: commands.
 */
public final class ProfinetDecoder implements ProtocolDecoder {

    private static final int RPC_HEADER = 80;
    private static final byte[] PNIO_UUID_TAIL = {(byte) 0x82, 0x71, 0x00, (byte) 0xa0, 0x24, 0x42, (byte) 0xdf, 0x7d};

    private final boolean layer2;

    /** @param layer2 true for the decoder of Ethertype 0x8892 frames, false for DCE/RPC over UDP */
    public ProfinetDecoder(boolean layer2) {
        this.layer2 = layer2;
    }

    @Override
    public Protocol protocol() {
        return Protocol.PROFINET;
    }

    @Override
    public boolean recognises(byte[] b, int offset, int length, boolean fromClient) {
        return layer2 ? length >= 2 : pnioRpc(b, offset, length);
    }

    private static boolean pnioRpc(byte[] b, int p, int length) {
        if (length < RPC_HEADER || u8(b, p) != 4 || u8(b, p + 1) > 10) {
            return false;
        }
        for (int i = 0; i < 8; i++) {
            if (b[p + 32 + i] != PNIO_UUID_TAIL[i]) {
                return false;
            }
        }
        boolean little = (b[p + 4] & 0x10) != 0;
        int first = little ? u16le(b, p + 26) : u16(b, p + 24);
        return first == 0xdea0;
    }

    @Override
    public int operations(byte[] b, int offset, int length, boolean fromClient, OperationSink ops) {
        if (layer2 || !pnioRpc(b, offset, length) || u8(b, offset + 1) != 0) {
            return 0;
        }
        boolean little = (b[offset + 4] & 0x10) != 0;
        int opnum = little ? u16le(b, offset + 68) : u16(b, offset + 68);
        switch (opnum) {
            case 2, 5 -> ops.read();
            case 3 -> ops.write();
            case 0, 1, 4 -> ops.command();
            default -> {
                // other operations of the interface
            }
        }
        return 0;
    }
}
