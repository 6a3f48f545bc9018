package org.otbridge.observe.capture;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ReadableByteChannel;

/**
 * A window of a byte stream in one reusable heap array, refilled with large reads. Readers parse
 * straight from {@link #buffer()}; memory stays at the window size however long the input is
 * (a record longer than the window grows it once, up to {@link #MAX_WINDOW}).
 */
final class ChunkedInput implements Closeable {

    static final int DEFAULT_WINDOW = 4 << 20;
    static final int MAX_WINDOW = 256 << 20;

    private final ReadableByteChannel channel;
    private final ProgressCounter progress;
    private byte[] buffer;
    private ByteBuffer view;
    private int position;
    private int limit;
    private long base;
    private boolean endOfInput;
    private final long start;
    private String streamProblem;

    /** Counts input bytes consumed; for compressed input it reads the compressed position. */
    interface ProgressCounter {
        void consumed(long totalRead);
    }

    ChunkedInput(ReadableByteChannel channel, int window, ProgressCounter progress) {
        this(channel, window, progress, 0);
    }

    /** @param startOffset the input offset of the channel's first byte (when it reads a part of a file) */
    ChunkedInput(ReadableByteChannel channel, int window, ProgressCounter progress, long startOffset) {
        this.base = startOffset;
        this.start = startOffset;
        this.channel = channel;
        this.progress = progress;
        this.buffer = new byte[window];
        this.view = ByteBuffer.wrap(buffer);
    }

    ChunkedInput(ReadableByteChannel channel) {
        this(channel, DEFAULT_WINDOW, total -> { });
    }

    byte[] buffer() {
        return buffer;
    }

    /** Index in {@link #buffer()} of the next unread byte. */
    int position() {
        return position;
    }

    /** Input offset of the next unread byte. */
    long offset() {
        return base + position;
    }

    /** Bytes available in the window from the position on, without reading more. */
    int available() {
        return limit - position;
    }

    void skip(int count) {
        position += count;
    }

    /**
     * Makes {@code count} bytes available from the position on, reading more when needed; false
     * when the input ends first (then {@link #available()} tells how many there are).
     */
    boolean ensure(int count) throws IOException {
        if (limit - position >= count) {
            return true;
        }
        if (count > MAX_WINDOW) {
            return false;
        }
        while (limit - position < count && !endOfInput) {
            compactOrGrow(count);
            view.limit(buffer.length).position(limit);
            int read;
            try {
                read = channel.read(view);
            } catch (java.io.EOFException | java.util.zip.ZipException e) {
                // compressed input that is damaged or cut short: what came before it stays usable
                streamProblem = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
                read = -1;
            }
            if (read < 0) {
                endOfInput = true;
            } else {
                limit += read;
                progress.consumed(base + limit - start);
            }
        }
        return limit - position >= count;
    }

    /** Why the underlying stream ended early (damaged compressed data), or null. */
    String streamProblem() {
        return streamProblem;
    }

    /** True when nothing is left to read. */
    boolean atEnd() throws IOException {
        return !ensure(1);
    }

    private void compactOrGrow(int count) {
        int remaining = limit - position;
        if (position > 0 && (buffer.length - limit < count - remaining || buffer.length - limit < buffer.length / 4)) {
            System.arraycopy(buffer, position, buffer, 0, remaining);
            base += position;
            position = 0;
            limit = remaining;
        }
        if (buffer.length - position < count) {
            byte[] larger = new byte[Math.max(count, Math.min(MAX_WINDOW, buffer.length * 2))];
            System.arraycopy(buffer, position, larger, 0, remaining);
            base += position;
            position = 0;
            limit = remaining;
            buffer = larger;
            view = ByteBuffer.wrap(buffer);
        }
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
