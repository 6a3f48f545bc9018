package org.otbridge.observe.capture;

import static org.otbridge.observe.capture.Bytes.i32;

import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.zip.GZIPInputStream;

/** Opens a capture file of any supported kind and streams its packets to a sink. */
public final class Captures {

    private Captures() {
    }

    /** True when the first bytes of a file are those of a pcap, pcapng or gzip file. */
    public static boolean looksLikeCapture(byte[] head, int length) {
        return length >= 2 && (head[0] & 0xff) == 0x1f && (head[1] & 0xff) == 0x8b || length >= 4 && formatOf(head) != null;
    }

    /**
     * Reads every packet of {@code file}.
     *
     * @throws NotACaptureException when the file is not a capture (nothing was read)
     * @throws IOException          when the file cannot be read
     */
    public static ReadSummary read(Path file, PacketSink sink, ReadListener listener) throws IOException, NotACaptureException {
        byte[] head = new byte[4];
        int length;
        try (InputStream start = Files.newInputStream(file)) {
            length = start.readNBytes(head, 0, 4);
        }
        if (length >= 2 && (head[0] & 0xff) == 0x1f && (head[1] & 0xff) == 0x8b) {
            return readCompressed(file, sink, listener);
        }
        String format = length == 4 ? formatOf(head) : null;
        if (format == null) {
            throw new NotACaptureException(length == 0 ? "the file is empty" : "not a pcap, pcapng or gzip file");
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
                ChunkedInput in = new ChunkedInput(channel, ChunkedInput.DEFAULT_WINDOW, progress(listener))) {
            return read(format, in, sink, listener, format);
        }
    }

    /** What reading one part of a pcap file amounted to: the offsets of its first and next record. */
    public record PartSummary(long started, long stopped, long packets, long damagedRecords) {
    }

    /** True when the file is an uncompressed classic pcap, which can be read in parts. */
    public static boolean isPlainPcap(Path file) throws IOException {
        byte[] head = new byte[4];
        try (InputStream start = Files.newInputStream(file)) {
            return start.readNBytes(head, 0, 4) == 4 && "pcap".equals(formatOf(head));
        }
    }

    /**
     * Reads the part of an uncompressed pcap file from the first record at or after {@code start}
     * (the first offset where a chain of sound records begins; for start 0, the first record after
     * the file header) up to the first record that begins at or after {@code end}. The parts of a
     * file read this way join up exactly when each part stops where the next one started.
     */
    public static PartSummary readPcapPart(Path file, long start, long end, PacketSink sink, ReadListener listener)
            throws IOException {
        return readPcapPart(file, start, end, start > 0, sink, listener);
    }

    /**
     * Reads the part of an uncompressed pcap file that starts with the record at {@code start}
     * (known to begin there: where the part before it stopped) up to the first record that begins
     * at or after {@code end}.
     */
    public static PartSummary readPcapPartFrom(Path file, long start, long end, PacketSink sink, ReadListener listener)
            throws IOException {
        return readPcapPart(file, start, end, false, sink, listener);
    }

    private static PartSummary readPcapPart(Path file, long start, long end, boolean find, PacketSink sink,
            ReadListener listener) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            // the file header, and the first record's header: its time anchors a part's search
            java.nio.ByteBuffer header = java.nio.ByteBuffer.allocate(24 + 16);
            while (header.hasRemaining() && channel.read(header, header.position()) > 0) {
                // read both whole, as far as the file has them
            }
            long from = Math.max(start, 24);
            channel.position(from);
            ChunkedInput in = new ChunkedInput(channel, ChunkedInput.DEFAULT_WINDOW, progress(listener), from);
            PcapReader reader = new PcapReader(in, listener);
            reader.header(header.array(), 0);
            if (find && header.position() == header.capacity()) {
                reader.anchor(header.array(), 24);
            }
            long[] range = reader.part(sink, end, find);
            return new PartSummary(start == 0 ? 0 : range[0], range[1], reader.packets(), reader.damaged());
        }
    }

    private static ReadSummary readCompressed(Path file, PacketSink sink, ReadListener listener)
            throws IOException, NotACaptureException {
        long[] reported = {0};
        try (CountingStream counted = new CountingStream(Files.newInputStream(file));
                PushbackInputStream gunzipped = new PushbackInputStream(new GZIPInputStream(counted, 1 << 16), 4)) {
            byte[] head = gunzipped.readNBytes(4);
            String format = head.length == 4 ? formatOf(head) : null;
            if (format == null) {
                throw new NotACaptureException("a gzip file that does not hold a pcap or pcapng capture");
            }
            gunzipped.unread(head);
            ChunkedInput in = new ChunkedInput(Channels.newChannel(gunzipped), ChunkedInput.DEFAULT_WINDOW, total -> {
                long now = counted.count();
                listener.advanced(now - reported[0]);
                reported[0] = now;
            });
            ReadSummary summary = read(format, in, sink, listener, format + "+gzip");
            if (in.streamProblem() == null) {
                return summary;
            }
            listener.damaged(summary.bytes(), "compressed data damaged or cut short (" + in.streamProblem()
                    + "); the capture is read up to there");
            return new ReadSummary(summary.format(), summary.packets(), summary.bytes(), summary.damagedRecords() + 1);
        }
    }

    private static ReadSummary read(String format, ChunkedInput in, PacketSink sink, ReadListener listener, String name)
            throws IOException {
        return format.equals("pcapng") ? new PcapngReader(in, listener).read(sink, name)
                : new PcapReader(in, listener).read(sink, name);
    }

    private static ChunkedInput.ProgressCounter progress(ReadListener listener) {
        long[] reported = {0};
        return total -> {
            listener.advanced(total - reported[0]);
            reported[0] = total;
        };
    }

    private static String formatOf(byte[] head) {
        int magic = i32(head, 0);
        int swapped = Integer.reverseBytes(magic);
        if (magic == PcapReader.MAGIC_MICROS || magic == PcapReader.MAGIC_NANOS
                || swapped == PcapReader.MAGIC_MICROS || swapped == PcapReader.MAGIC_NANOS) {
            return "pcap";
        }
        return magic == PcapngReader.SECTION_HEADER ? "pcapng" : null;
    }

    /** Counts the bytes read from the underlying (compressed) file, for progress. */
    private static final class CountingStream extends java.io.FilterInputStream {
        private long count;

        CountingStream(InputStream in) {
            super(in);
        }

        long count() {
            return count;
        }

        @Override
        public int read() throws IOException {
            int value = super.read();
            if (value >= 0) {
                count++;
            }
            return value;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int read = super.read(b, off, len);
            if (read > 0) {
                count += read;
            }
            return read;
        }
    }
}
