package org.otbridge.observe.capture;

import static org.otbridge.observe.capture.Bytes.i32;
import static org.otbridge.observe.capture.Bytes.i32le;

import java.io.IOException;

/**
 * Classic libpcap files: either byte order, microsecond or nanosecond timestamps. A record whose
 * header cannot be right is reported with its offset and the reader moves on to the next offset
 * where a chain of plausible records starts; a file cut short ends with one report.
 */
final class PcapReader {

    static final int MAGIC_MICROS = 0xa1b2c3d4;
    static final int MAGIC_NANOS = 0xa1b23c4d;
    private static final int HEADER = 24;
    private static final int RECORD_HEADER = 16;
    /** Larger than any real frame (Linux offload segments reach 256 KiB); a longer record is damage. */
    private static final int LARGEST_RECORD = 256 * 1024;
    private static final int CHAIN = 3;
    /**
     * A part's first record is searched for with a longer chain: packet data that looks like
     * three records is common (polling traffic repeats itself), like eight much rarer; a part
     * fooled all the same is read again (see CaptureInventory.join), which costs time, not results.
     */
    private static final int PART_CHAIN = 8;

    private final ChunkedInput in;
    private final ReadListener listener;
    private boolean bigEndian;
    private boolean nanos;
    private int linkType;
    private int largest;
    private long lastSeconds = -1;
    private long packets;
    private long damaged;

    PcapReader(ChunkedInput in, ReadListener listener) {
        this.in = in;
        this.listener = listener;
    }

    ReadSummary read(PacketSink sink, String format) throws IOException {
        if (!in.ensure(HEADER)) {
            damaged++;
            listener.damaged(0, "file header cut short: " + in.available() + " of " + HEADER + " bytes");
            return new ReadSummary(format, 0, in.offset() + in.available(), damaged);
        }
        header(in.buffer(), in.position());
        in.skip(HEADER);
        records(sink, Long.MAX_VALUE);
        return new ReadSummary(format, packets, in.offset(), damaged);
    }

    /** The file header's byte order, timestamp unit, link type and snapshot length. */
    void header(byte[] b, int p) {
        int magic = i32(b, p);
        bigEndian = magic == MAGIC_MICROS || magic == MAGIC_NANOS;
        int ordered = bigEndian ? magic : i32le(b, p);
        nanos = ordered == MAGIC_NANOS;
        int snapLength = i32(b, p + 16, bigEndian);
        linkType = i32(b, p + 20, bigEndian) & 0xffff;
        largest = snapLength > LARGEST_RECORD && snapLength <= (16 << 20) ? snapLength : LARGEST_RECORD;
    }

    /**
     * Takes the time of the file's first record (its header at {@code p}) as the time a part's first
     * record must lie near (within a year): a chain of records read a few bytes into packet data
     * carries other bytes where the seconds are, so a part does not start there. Ignored when that
     * record is not sound itself.
     */
    void anchor(byte[] b, int p) {
        long seconds = i32(b, p, bigEndian) & 0xffffffffL;
        long fraction = i32(b, p + 4, bigEndian) & 0xffffffffL;
        int captured = i32(b, p + 8, bigEndian);
        int wire = i32(b, p + 12, bigEndian);
        if (sound(fraction, captured, wire)) {
            lastSeconds = seconds;
        }
    }

    /** A record header whose fraction of a second and lengths can be true. */
    private boolean sound(long fraction, int captured, int wire) {
        return captured > 0 && captured <= largest && wire >= captured && wire <= (16 << 20)
                && fraction < (nanos ? 1_000_000_000L : 1_000_000L);
    }

    /**
     * Reads one part of a file whose header was given to {@link #header}: from the first record at
     * or after the input's start (found as the first offset where a chain of sound records begins)
     * up to the first record that starts at or after {@code end}.
     *
     * @return the offset where reading started and the offset where it stopped, in that order
     */
    long[] part(PacketSink sink, long end, boolean find) throws IOException {
        while (find && in.ensure(RECORD_HEADER) && !plausibleChain(PART_CHAIN)) {
            in.skip(1);
        }
        long started = in.offset();
        records(sink, end);
        return new long[] {started, in.offset()};
    }

    long packets() {
        return packets;
    }

    long damaged() {
        return damaged;
    }

    private void records(PacketSink sink, long end) throws IOException {
        byte[] b;
        int p;
        long fractionsPerSecond = nanos ? 1_000_000_000L : 1_000_000L;
        long nanosPerFraction = nanos ? 1 : 1000;

        while (in.offset() < end && in.ensure(RECORD_HEADER)) {
            b = in.buffer();
            p = in.position();
            long seconds = i32(b, p, bigEndian) & 0xffffffffL;
            long fraction = i32(b, p + 4, bigEndian) & 0xffffffffL;
            int captured = i32(b, p + 8, bigEndian);
            int wire = i32(b, p + 12, bigEndian);
            if (captured < 0 || captured > largest) {
                resynchronise("record length " + Integer.toUnsignedString(captured) + " exceeds the largest possible ("
                        + largest + ")");
                continue;
            }
            if (!in.ensure(RECORD_HEADER + captured)) {
                damaged++;
                listener.damaged(in.offset(), "record cut short: it needs " + (RECORD_HEADER + captured)
                        + " bytes, the file ends after " + in.available());
                in.skip(in.available());
                break;
            }
            b = in.buffer();
            p = in.position();
            long time = seconds * 1_000_000_000L + Math.min(fraction, fractionsPerSecond - 1) * nanosPerFraction;
            sink.packet(linkType, time, b, p + RECORD_HEADER, captured, wire);
            packets++;
            lastSeconds = seconds;
            in.skip(RECORD_HEADER + captured);
        }
        if (in.offset() < end && in.available() > 0) {
            damaged++;
            listener.damaged(in.offset(), "record header cut short: " + in.available() + " of " + RECORD_HEADER + " bytes");
            in.skip(in.available());
        }
    }

    /** Reports the record at the position as damaged and moves to the next plausible record. */
    private void resynchronise(String reason) throws IOException {
        long at = in.offset();
        damaged++;
        in.skip(1);
        while (in.ensure(RECORD_HEADER) && !plausibleChain(CHAIN)) {
            in.skip(1);
        }
        if (in.available() < RECORD_HEADER) {
            listener.damaged(at, reason + "; no sound record follows, the rest of the file is skipped");
            in.skip(in.available());
        } else {
            listener.damaged(at, reason + "; skipped " + (in.offset() - at) + " bytes to the next record");
        }
    }

    /** True when {@code records} plausible records (or fewer up to the exact end of the file) start at the position. */
    private boolean plausibleChain(int records) throws IOException {
        long previous = lastSeconds;
        int relative = 0;
        for (int k = 0; k < records; k++) {
            if (!in.ensure(relative + RECORD_HEADER)) {
                return k > 0 && in.available() == relative;
            }
            byte[] b = in.buffer();
            int p = in.position() + relative;
            long seconds = i32(b, p, bigEndian) & 0xffffffffL;
            long fraction = i32(b, p + 4, bigEndian) & 0xffffffffL;
            int captured = i32(b, p + 8, bigEndian);
            int wire = i32(b, p + 12, bigEndian);
            if (!sound(fraction, captured, wire)) {
                return false;
            }
            long window = k == 0 ? 366L * 86_400 : 3_600;
            if (previous >= 0 && Math.abs(seconds - previous) > window) {
                return false;
            }
            previous = seconds;
            relative += RECORD_HEADER + captured;
        }
        return true;
    }
}
