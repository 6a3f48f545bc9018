package org.otbridge.observe.capture;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/** Builds frames and capture files byte by byte for reader tests. */
public final class TestFrames {

    private TestFrames() {
    }

    /** An IPv4/TCP packet (no link header) from 10.0.0.1:40000 to 10.0.0.2:port with the payload. */
    public static byte[] ipv4Tcp(int sourceLast, int destinationLast, int sourcePort, int port, int flags, int sequence,
            byte[] payload) {
        ByteBuffer b = ByteBuffer.allocate(40 + payload.length);
        b.put((byte) 0x45).put((byte) 0).putShort((short) (40 + payload.length)).putShort((short) 1).putShort((short) 0)
                .put((byte) 64).put((byte) 6).putShort((short) 0);
        b.put(new byte[] {10, 0, 0, (byte) sourceLast}).put(new byte[] {10, 0, 0, (byte) destinationLast});
        b.putShort((short) sourcePort).putShort((short) port).putInt(sequence).putInt(0)
                .put((byte) 0x50).put((byte) flags).putShort((short) 8192).putShort((short) 0).putShort((short) 0);
        b.put(payload);
        return b.array();
    }

    public static byte[] ethernet(int etherType, byte[] body, int... vlans) {
        ByteBuffer b = ByteBuffer.allocate(14 + 4 * vlans.length + body.length);
        b.put(new byte[] {0, 1, 2, 3, 4, 5}).put(new byte[] {0, 1, 2, 3, 4, 6});
        for (int vlan : vlans) {
            b.putShort((short) 0x8100).putShort((short) vlan);
        }
        b.putShort((short) etherType).put(body);
        return b.array();
    }

    /** A classic pcap file. */
    public static byte[] pcap(boolean bigEndian, boolean nanos, int linkType, byte[]... packets) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteBuffer h = ByteBuffer.allocate(24).order(bigEndian ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN);
        h.putInt(nanos ? 0xa1b23c4d : 0xa1b2c3d4).putShort((short) 2).putShort((short) 4).putInt(0).putInt(0)
                .putInt(65535).putInt(linkType);
        out.writeBytes(h.array());
        int second = 1_700_000_000;
        for (byte[] packet : packets) {
            out.writeBytes(pcapRecord(bigEndian, second++, 500, packet));
        }
        return out.toByteArray();
    }

    public static byte[] pcapRecord(boolean bigEndian, int seconds, int fraction, byte[] packet) {
        ByteBuffer r = ByteBuffer.allocate(16 + packet.length).order(bigEndian ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN);
        r.putInt(seconds).putInt(fraction).putInt(packet.length).putInt(packet.length).put(packet);
        return r.array();
    }

    /** A pcapng section header block. */
    public static byte[] sectionHeader(ByteOrder order) {
        ByteBuffer b = ByteBuffer.allocate(28).order(order);
        b.putInt(0x0a0d0d0a).putInt(28).putInt(0x1a2b3c4d).putShort((short) 1).putShort((short) 0).putLong(-1).putInt(28);
        return b.array();
    }

    /** A pcapng interface description block, with if_tsresol when {@code resolution} is not negative. */
    public static byte[] interfaceBlock(ByteOrder order, int linkType, int resolution) {
        int options = resolution >= 0 ? 8 + 4 : 0;
        int length = 20 + options;
        ByteBuffer b = ByteBuffer.allocate(length).order(order);
        b.putInt(1).putInt(length).putShort((short) linkType).putShort((short) 0).putInt(0);
        if (resolution >= 0) {
            b.putShort((short) 9).putShort((short) 1).put((byte) resolution).put(new byte[3]).putShort((short) 0)
                    .putShort((short) 0);
        }
        b.putInt(length);
        return b.array();
    }

    public static byte[] enhancedPacket(ByteOrder order, int interfaceId, long ticks, byte[] packet) {
        int padded = (packet.length + 3) & ~3;
        int length = 32 + padded;
        ByteBuffer b = ByteBuffer.allocate(length).order(order);
        b.putInt(6).putInt(length).putInt(interfaceId).putInt((int) (ticks >>> 32)).putInt((int) ticks)
                .putInt(packet.length).putInt(packet.length).put(packet).put(new byte[padded - packet.length]).putInt(length);
        return b.array();
    }

    public static byte[] simplePacket(ByteOrder order, byte[] packet) {
        int padded = (packet.length + 3) & ~3;
        int length = 16 + padded;
        ByteBuffer b = ByteBuffer.allocate(length).order(order);
        b.putInt(3).putInt(length).putInt(packet.length).put(packet).put(new byte[padded - packet.length]).putInt(length);
        return b.array();
    }

    public static byte[] obsoletePacket(ByteOrder order, int interfaceId, long ticks, byte[] packet) {
        int padded = (packet.length + 3) & ~3;
        int length = 32 + padded;
        ByteBuffer b = ByteBuffer.allocate(length).order(order);
        b.putInt(2).putInt(length).putShort((short) interfaceId).putShort((short) 0).putInt((int) (ticks >>> 32))
                .putInt((int) ticks).putInt(packet.length).putInt(packet.length).put(packet)
                .put(new byte[padded - packet.length]).putInt(length);
        return b.array();
    }

    public static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
