package org.otbridge.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Writes a synthetic pcap of a utility's IT/OT boundary: SCADA servers polling PLCs and RTUs
 * (Modbus/TCP, S7comm, DNP3, IEC 104: small request and response packets), an engineering
 * workstation, and IT traffic (TLS, SMB, HTTP) in full-size segments. Sequence numbers advance, so
 * no segment looks retransmitted. {@code SyntheticCapture FILE SIZE_MB [small]}: with {@code small}
 * only the small industrial packets are written (the hardest case for a reader: most packets per byte).
 */
public final class SyntheticCapture {

    private SyntheticCapture() {
    }

    /** One TCP connection: endpoints, ports, next sequence numbers, and payload shapes. */
    private static final class Conversation {
        final byte[] client;
        final byte[] server;
        final int clientPort;
        final int serverPort;
        final byte[] request;
        final int responseLength;
        final byte responseFirst;
        int clientSeq = 1000;
        int serverSeq = 5000;

        Conversation(byte[] client, byte[] server, int clientPort, int serverPort, byte[] request, int responseLength,
                byte responseFirst) {
            this.client = client;
            this.server = server;
            this.clientPort = clientPort;
            this.serverPort = serverPort;
            this.request = request;
            this.responseLength = responseLength;
            this.responseFirst = responseFirst;
        }
    }

    public static void main(String[] args) throws IOException {
        Path file = Path.of(args[0]);
        long target = Long.parseLong(args[1]) << 20;
        boolean small = args.length > 2 && args[2].equals("small");
        long start = System.nanoTime();
        long[] written = write(file, target, small, 42L);
        System.out.printf(Locale.ROOT, "wrote %s: %d packets, %d bytes (%.0f bytes a packet) in %.1f s%n", file, written[0],
                written[1], written[1] / (double) written[0], (System.nanoTime() - start) / 1e9);
    }

    static long[] write(Path file, long target, boolean small, long seed) throws IOException {
        Random random = new Random(seed);
        List<Conversation> industrial = new ArrayList<>();
        List<Conversation> office = new ArrayList<>();
        for (int plc = 0; plc < 60; plc++) {
            byte[] scada = ip(10, 1, 0, 10 + plc % 4);
            byte[] device = ip(10, 1, 1 + plc / 20, 10 + plc);
            switch (plc % 4) {
                case 0 -> industrial.add(new Conversation(scada, device, 40000 + plc, 502,
                        new byte[] {0, 1, 0, 0, 0, 6, 1, 3, 0, 0, 0, 10}, 29, (byte) 0));
                case 1 -> industrial.add(new Conversation(scada, device, 40000 + plc, 102, s7Read(), 40, (byte) 3));
                case 2 -> industrial.add(new Conversation(scada, device, 40000 + plc, 20000, dnp3Read(), 60, (byte) 5));
                default -> industrial.add(new Conversation(scada, device, 40000 + plc, 2404,
                        new byte[] {0x68, 14, 0, 0, 0, 0, 100, 1, 6, 0, 1, 0, 0, 0, 0, 20}, 16, (byte) 0x68));
            }
        }
        industrial.add(new Conversation(ip(10, 1, 0, 50), ip(10, 1, 1, 11), 50000, 102, s7Read(), 40, (byte) 3));
        for (int host = 0; host < 150; host++) {
            byte[] client = ip(192, 168, 10 + host / 100, host % 100 + 20);
            byte[] server = ip(192, 168, 1, 10 + host % 8);
            int port = host % 3 == 0 ? 445 : host % 3 == 1 ? 443 : 80;
            byte[] request = port == 443 ? tls(200) : port == 80 ? "GET /trend.csv HTTP/1.1\r\nHost: hist\r\n\r\n"
                    .getBytes(java.nio.charset.StandardCharsets.US_ASCII) : smb(120);
            office.add(new Conversation(client, server, 50000 + host, port, request, 1460, port == 443 ? (byte) 0x17 : 0));
        }
        ByteBuffer packet = ByteBuffer.allocate(2048);
        ByteBuffer record = ByteBuffer.allocate(16).order(ByteOrder.LITTLE_ENDIAN);
        long packets = 0;
        long bytes = 24;
        long time = 1_767_225_600_000_000L;
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 20)) {
            ByteBuffer header = ByteBuffer.allocate(24).order(ByteOrder.LITTLE_ENDIAN);
            header.putInt(0xa1b2c3d4).putShort((short) 2).putShort((short) 4).putInt(0).putInt(0).putInt(65535).putInt(1);
            out.write(header.array());
            while (bytes < target) {
                boolean bulk = !small && random.nextInt(10) < 4;
                Conversation c = bulk ? office.get(random.nextInt(office.size()))
                        : industrial.get(random.nextInt(industrial.size()));
                int responses = bulk ? 1 + random.nextInt(20) : 1;
                int length = frame(packet, c, true, c.request, c.request.length, (byte) 0);
                bytes += emit(out, record, packet, length, time += 137);
                packets++;
                for (int i = 0; i < responses; i++) {
                    length = frame(packet, c, false, null, c.responseLength, c.responseFirst);
                    bytes += emit(out, record, packet, length, time += 23);
                    packets++;
                }
            }
        }
        return new long[] {packets, bytes};
    }

    private static long emit(OutputStream out, ByteBuffer record, ByteBuffer packet, int length, long micros)
            throws IOException {
        record.clear();
        record.putInt((int) (micros / 1_000_000)).putInt((int) (micros % 1_000_000)).putInt(length).putInt(length);
        out.write(record.array(), 0, 16);
        out.write(packet.array(), 0, length);
        return 16L + length;
    }

    /** Ethernet, IPv4 and TCP headers and the payload of one segment; returns the frame length. */
    private static int frame(ByteBuffer b, Conversation c, boolean fromClient, byte[] payload, int payloadLength, byte first) {
        b.clear();
        byte[] src = fromClient ? c.client : c.server;
        byte[] dst = fromClient ? c.server : c.client;
        b.put(new byte[] {0, 0x1b, 0x1b, 0, dst[2], dst[3]}).put(new byte[] {0, 0x1b, 0x1b, 0, src[2], src[3]});
        b.putShort((short) 0x0800);
        b.put((byte) 0x45).put((byte) 0).putShort((short) (40 + payloadLength)).putShort((short) 0).putShort((short) 0x4000)
                .put((byte) 64).put((byte) 6).putShort((short) 0).put(src).put(dst);
        b.putShort((short) (fromClient ? c.clientPort : c.serverPort)).putShort((short) (fromClient ? c.serverPort : c.clientPort));
        b.putInt(fromClient ? c.clientSeq : c.serverSeq).putInt(fromClient ? c.serverSeq : c.clientSeq);
        b.put((byte) 0x50).put((byte) 0x18).putShort((short) 64000).putShort((short) 0).putShort((short) 0);
        if (payload != null) {
            b.put(payload, 0, payloadLength);
        } else {
            b.put(first);
            b.position(b.position() + payloadLength - 1);
        }
        if (fromClient) {
            c.clientSeq += payloadLength;
        } else {
            c.serverSeq += payloadLength;
        }
        return 54 + payloadLength;
    }

    private static byte[] ip(int a, int b, int c, int d) {
        return new byte[] {(byte) a, (byte) b, (byte) c, (byte) d};
    }

    private static byte[] s7Read() {
        return new byte[] {3, 0, 0, 31, 2, (byte) 0xf0, (byte) 0x80, 0x32, 1, 0, 0, 0, 1, 0, 14, 0, 0, 4, 1, 0x12, 10,
            0x10, 2, 0, 10, 0, 1, (byte) 0x84, 0, 0, 0};
    }

    private static byte[] dnp3Read() {
        // link header with a valid CRC (computed below), then transport, application READ of class 0
        byte[] frame = {0x05, 0x64, 11, (byte) 0xc4, 10, 0, 1, 0, 0, 0, (byte) 0xc0, (byte) 0xc1, 1, 60, 1, 6, 0, 0};
        int crc = 0;
        for (int i = 0; i < 8; i++) {
            crc ^= frame[i] & 0xff;
            for (int k = 0; k < 8; k++) {
                crc = (crc & 1) != 0 ? (crc >>> 1) ^ 0xa6bc : crc >>> 1;
            }
        }
        crc = ~crc & 0xffff;
        frame[8] = (byte) crc;
        frame[9] = (byte) (crc >>> 8);
        return frame;
    }

    private static byte[] tls(int length) {
        byte[] record = new byte[length];
        record[0] = 0x17;
        record[1] = 3;
        record[2] = 3;
        record[3] = (byte) ((length - 5) >>> 8);
        record[4] = (byte) (length - 5);
        return record;
    }

    private static byte[] smb(int length) {
        byte[] message = new byte[length];
        message[2] = (byte) ((length - 4) >>> 8);
        message[3] = (byte) (length - 4);
        message[4] = (byte) 0xfe;
        message[5] = 'S';
        message[6] = 'M';
        message[7] = 'B';
        return message;
    }
}
