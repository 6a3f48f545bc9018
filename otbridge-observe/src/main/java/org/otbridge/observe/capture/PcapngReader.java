package org.otbridge.observe.capture;

import static org.otbridge.observe.capture.Bytes.i32;
import static org.otbridge.observe.capture.Bytes.u16;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * pcapng files: any number of sections (each in its own byte order) and interfaces; enhanced,
 * simple and obsolete packet blocks; other blocks are skipped. A block whose length fields do not
 * agree is reported and the reader moves on to the next offset where a sound block starts.
 */
final class PcapngReader {

    static final int SECTION_HEADER = 0x0a0d0d0a;
    private static final int BYTE_ORDER_MAGIC = 0x1a2b3c4d;
    private static final int INTERFACE = 1;
    private static final int OBSOLETE_PACKET = 2;
    private static final int SIMPLE_PACKET = 3;
    private static final int ENHANCED_PACKET = 6;
    private static final int LARGEST_BLOCK = 64 << 20;

    /** One interface description: its link type, snapshot length and timestamp unit. */
    private record Interface(int linkType, int snapLength, boolean binaryResolution, int exponent, long offsetSeconds) {

        long nanos(long ticks) {
            long value;
            if (binaryResolution) {
                value = exponent == 0 ? ticks * 1_000_000_000L
                        : exponent > 30 ? (long) (ticks / Math.pow(2, exponent) * 1e9)
                        : (ticks >>> exponent) * 1_000_000_000L + (((ticks & ((1L << exponent) - 1)) * 1_000_000_000L) >>> exponent);
            } else if (exponent <= 9) {
                value = ticks * POWERS_OF_TEN[9 - exponent];
            } else {
                value = exponent - 9 < POWERS_OF_TEN.length ? ticks / POWERS_OF_TEN[exponent - 9] : 0;
            }
            return value + offsetSeconds * 1_000_000_000L;
        }
    }

    private static final long[] POWERS_OF_TEN = {1L, 10L, 100L, 1_000L, 10_000L, 100_000L, 1_000_000L, 10_000_000L,
            100_000_000L, 1_000_000_000L, 10_000_000_000L, 100_000_000_000L, 1_000_000_000_000L};

    private final ChunkedInput in;
    private final ReadListener listener;
    private final List<Interface> interfaces = new ArrayList<>();
    private boolean bigEndian;
    private long packets;
    private long damaged;

    PcapngReader(ChunkedInput in, ReadListener listener) {
        this.in = in;
        this.listener = listener;
    }

    ReadSummary read(PacketSink sink, String format) throws IOException {
        while (in.ensure(12)) {
            byte[] b = in.buffer();
            int p = in.position();
            int type = i32(b, p, bigEndian);
            if (type == SECTION_HEADER) {
                int magic = i32(b, p + 8);
                if (magic == BYTE_ORDER_MAGIC || Integer.reverseBytes(magic) == BYTE_ORDER_MAGIC) {
                    bigEndian = magic == BYTE_ORDER_MAGIC;
                } else {
                    resynchronise("section header with an unknown byte-order mark");
                    continue;
                }
            }
            int length = i32(b, p + 4, bigEndian);
            if (length < 12 || (length & 3) != 0 || length > LARGEST_BLOCK) {
                resynchronise("block length " + Integer.toUnsignedString(length) + " is impossible");
                continue;
            }
            if (!in.ensure(length)) {
                damaged++;
                listener.damaged(in.offset(), "block cut short: it needs " + length + " bytes, the file ends after "
                        + in.available());
                in.skip(in.available());
                break;
            }
            b = in.buffer();
            p = in.position();
            if (i32(b, p + length - 4, bigEndian) != length) {
                resynchronise("block length " + length + " does not match its trailing copy");
                continue;
            }
            String problem = block(type, b, p, length, sink);
            if (problem != null) {
                damaged++;
                listener.damaged(in.offset(), problem);
            }
            in.skip(length);
        }
        if (in.available() > 0) {
            damaged++;
            listener.damaged(in.offset(), "block header cut short: " + in.available() + " bytes");
            in.skip(in.available());
        }
        return new ReadSummary(format, packets, in.offset(), damaged);
    }

    /** Handles one sound block; returns why it is unusable, or null. */
    private String block(int type, byte[] b, int p, int length, PacketSink sink) {
        switch (type) {
            case SECTION_HEADER -> interfaces.clear();
            case INTERFACE -> {
                if (length < 20) {
                    return "interface description too short";
                }
                interfaces.add(interfaceAt(b, p, length));
            }
            case ENHANCED_PACKET -> {
                if (length < 32) {
                    return "enhanced packet block too short";
                }
                int id = i32(b, p + 8, bigEndian);
                int captured = i32(b, p + 20, bigEndian);
                int wire = i32(b, p + 24, bigEndian);
                if (id < 0 || id >= interfaces.size()) {
                    return "packet on interface " + Integer.toUnsignedString(id) + ", which is not described";
                }
                if (captured < 0 || 28 + captured > length - 4) {
                    return "packet length " + Integer.toUnsignedString(captured) + " exceeds its block";
                }
                deliver(sink, interfaces.get(id), timestamp(b, p + 12), b, p + 28, captured, wire);
            }
            case OBSOLETE_PACKET -> {
                if (length < 32) {
                    return "packet block too short";
                }
                int id = u16(b, p + 8, bigEndian);
                int captured = i32(b, p + 20, bigEndian);
                int wire = i32(b, p + 24, bigEndian);
                if (id >= interfaces.size()) {
                    return "packet on interface " + id + ", which is not described";
                }
                if (captured < 0 || 28 + captured > length - 4) {
                    return "packet length " + Integer.toUnsignedString(captured) + " exceeds its block";
                }
                deliver(sink, interfaces.get(id), timestamp(b, p + 12), b, p + 28, captured, wire);
            }
            case SIMPLE_PACKET -> {
                if (interfaces.isEmpty()) {
                    return "simple packet before any interface description";
                }
                Interface first = interfaces.get(0);
                int wire = i32(b, p + 8, bigEndian);
                int captured = Math.min(length - 16, wire < 0 ? Integer.MAX_VALUE : wire);
                if (first.snapLength() > 0) {
                    captured = Math.min(captured, first.snapLength());
                }
                sink.packet(first.linkType(), 0, b, p + 12, Math.max(0, captured), wire);
                packets++;
            }
            default -> {
                // name resolution, statistics, journal and custom blocks carry no packets
            }
        }
        return null;
    }

    private void deliver(PacketSink sink, Interface on, long ticks, byte[] b, int at, int captured, int wire) {
        sink.packet(on.linkType(), on.nanos(ticks), b, at, captured, wire);
        packets++;
    }

    private long timestamp(byte[] b, int at) {
        return (i32(b, at, bigEndian) & 0xffffffffL) << 32 | (i32(b, at + 4, bigEndian) & 0xffffffffL);
    }

    private Interface interfaceAt(byte[] b, int p, int length) {
        int linkType = u16(b, p + 8, bigEndian);
        int snapLength = i32(b, p + 12, bigEndian);
        boolean binary = false;
        int exponent = 6;
        long offsetSeconds = 0;
        int option = p + 16;
        int end = p + length - 4;
        while (option + 4 <= end) {
            int code = u16(b, option, bigEndian);
            int size = u16(b, option + 2, bigEndian);
            int value = option + 4;
            if (code == 0 || value + size > end) {
                break;
            }
            if (code == 9 && size >= 1) {
                int resolution = b[value] & 0xff;
                binary = (resolution & 0x80) != 0;
                exponent = resolution & 0x7f;
                if (!binary && exponent > 18) {
                    exponent = 6;
                }
            } else if (code == 14 && size >= 8) {
                offsetSeconds = (i32(b, value, bigEndian) & 0xffffffffL) << 32 | (i32(b, value + 4, bigEndian) & 0xffffffffL);
                if (!bigEndian) {
                    offsetSeconds = (i32(b, value + 4, false) & 0xffffffffL) << 32 | (i32(b, value, false) & 0xffffffffL);
                }
            }
            option = value + ((size + 3) & ~3);
        }
        return new Interface(linkType, snapLength, binary, exponent, offsetSeconds);
    }

    /** Reports the block at the position as damaged and moves to the next sound block. */
    private void resynchronise(String reason) throws IOException {
        long at = in.offset();
        damaged++;
        in.skip(1);
        while (in.ensure(12) && !soundBlockAhead()) {
            in.skip(1);
        }
        if (in.available() < 12) {
            listener.damaged(at, reason + "; no sound block follows, the rest of the file is skipped");
            in.skip(in.available());
        } else {
            listener.damaged(at, reason + "; skipped " + (in.offset() - at) + " bytes to the next block");
        }
    }

    private boolean soundBlockAhead() throws IOException {
        byte[] b = in.buffer();
        int p = in.position();
        int type = i32(b, p, bigEndian);
        if (type != INTERFACE && type != OBSOLETE_PACKET && type != SIMPLE_PACKET && type != ENHANCED_PACKET
                && type != SECTION_HEADER && type != 4 && type != 5) {
            return false;
        }
        int length = i32(b, p + 4, bigEndian);
        if (length < 12 || (length & 3) != 0 || length > LARGEST_BLOCK || !in.ensure(length)) {
            return false;
        }
        b = in.buffer();
        p = in.position();
        if (type == ENHANCED_PACKET && (length < 32 || Integer.compareUnsigned(i32(b, p + 8, bigEndian), interfaces.size()) >= 0)) {
            return false;
        }
        return i32(b, p + length - 4, bigEndian) == length;
    }
}
