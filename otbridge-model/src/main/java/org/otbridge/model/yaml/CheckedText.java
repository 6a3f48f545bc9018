package org.otbridge.model.yaml;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The characters of one model file on their way to the YAML parser, checked as they pass: strict
 * UTF-8, no character YAML forbids (NUL and other control characters), no line longer than
 * {@code line-length}, no more than {@code file-size}. Counts lines and columns the way the parser
 * does (code points; CR LF, LF and a lone CR end a line; a byte order mark takes no column), so a
 * problem found here names the exact line and column: for bad UTF-8 the first byte that is not
 * part of a character, for a control character where it is, for a limit where it is crossed.
 *
 * <p>Also what keeps parsing linear: the parser's work on one line grows with the square of the
 * line's length, so an endless line is stopped here, at the limit, long before that matters.
 * Not thread-safe; one per file.
 */
final class CheckedText extends Reader {

    /** Thrown out of {@link #read}: what is wrong and where. The parser hands it back as the cause. */
    static final class TextProblem extends IOException {
        final int line;
        final int column;

        TextProblem(int line, int column, String message) {
            super(message);
            this.line = line;
            this.column = column;
        }

        @Override
        public synchronized Throwable fillInStackTrace() {
            return this; // a report, not a bug: no stack to capture
        }
    }

    private static final int CHUNK = 1 << 16;
    /** Requests at least this long are decoded and checked in the caller's own array, without a copy. */
    private static final int DIRECT = 256;

    private final InputStream bytes;
    private final Reader chars;
    private final ReadLimits limits;
    private final CharsetDecoder decoder;
    private final ByteBuffer in;
    /** Checked characters for short requests, made when the first one comes (the parser asks for large ones). */
    private CharBuffer out;
    private long consumed;
    private boolean endOfInput;
    private boolean done;

    private int line = 1;
    private int column = 1;
    private int lineLength;
    private boolean pendingCr;
    private boolean pendingHigh;
    private char high;

    private CheckedText(InputStream bytes, Reader chars, ReadLimits limits) {
        this.bytes = bytes;
        this.chars = chars;
        this.limits = limits;
        this.decoder = bytes == null ? null : StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        this.in = bytes == null ? null : ByteBuffer.allocate(CHUNK).flip();
    }

    /** UTF-8 bytes, decoded strictly; {@code file-size} counts bytes. */
    static CheckedText ofBytes(InputStream bytes, ReadLimits limits) {
        return new CheckedText(bytes, null, limits);
    }

    /** Text already decoded (a bundled example, a string); {@code file-size} counts characters. */
    static CheckedText ofChars(Reader chars, ReadLimits limits) {
        return new CheckedText(null, chars, limits);
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        if (length >= DIRECT && (out == null || !out.hasRemaining())) {
            CharBuffer target = CharBuffer.wrap(buffer, offset, length);
            while (true) {
                if (done) {
                    return -1;
                }
                int n = fill(target);
                if (n > 0) {
                    return n;
                }
            }
        }
        if (out == null) {
            out = CharBuffer.allocate(CHUNK).flip();
        }
        while (!out.hasRemaining()) {
            if (done) {
                return -1;
            }
            out.clear();
            fill(out);
            out.flip();
        }
        int n = Math.min(length, out.remaining());
        out.get(buffer, offset, n);
        return n;
    }

    @Override
    public void close() throws IOException {
        if (bytes != null) {
            bytes.close();
        } else {
            chars.close();
        }
    }

    /** Decodes and checks the next chunk into {@code out} from its position on; returns how many characters. */
    private int fill(CharBuffer out) throws IOException {
        int start = out.position();
        TextProblem deferred = bytes != null ? decodeBytes(out) : readChars(out);
        check(out.array(), out.arrayOffset() + start, out.arrayOffset() + out.position());
        if (deferred != null) {
            throw located(deferred);
        }
        if (done) {
            finish();
        }
        return out.position() - start;
    }

    private TextProblem decodeBytes(CharBuffer out) throws IOException {
        if (!endOfInput && in.remaining() < CHUNK / 2) {
            in.compact();
            int read = bytes.readNBytes(in.array(), in.position(), in.remaining());
            in.position(in.position() + read);
            in.flip();
            endOfInput = in.limit() < in.capacity();
            if (consumed + read > limits.fileSize()) {
                // Decode only up to the limit, then report where that is.
                int over = (int) (consumed + read - limits.fileSize());
                in.limit(in.limit() - over);
                decoder.decode(in, out, false);
                return new TextProblem(0, 0, "the file is larger than the file-size limit of "
                        + ReadLimits.size(limits.fileSize()) + " bytes; reading stopped here"
                        + raiseWith("file-size"));
            }
            consumed += read;
        }
        CoderResult result = decoder.decode(in, out, endOfInput);
        if (result.isError()) {
            int bad = in.get(in.position()) & 0xff;
            return new TextProblem(0, 0, String.format("not valid UTF-8 text: byte 0x%02X here is not part of a"
                    + " character; save the file as UTF-8", bad));
        }
        if (endOfInput && !in.hasRemaining()) {
            result = decoder.flush(out);
            if (result.isError()) {
                return new TextProblem(0, 0, "not valid UTF-8 text: the file ends inside a character");
            }
            done = true;
        }
        return null;
    }

    private TextProblem readChars(CharBuffer out) throws IOException {
        int read = chars.read(out.array(), out.position(), out.remaining());
        if (read < 0) {
            done = true;
            return null;
        }
        out.position(out.position() + read);
        if (consumed + read > limits.fileSize()) {
            int over = (int) (consumed + read - limits.fileSize());
            out.position(out.position() - over);
            return new TextProblem(0, 0, "the text is longer than the file-size limit of "
                    + ReadLimits.size(limits.fileSize()) + " characters; reading stopped here" + raiseWith("file-size"));
        }
        consumed += read;
        return null;
    }

    /** A problem found while decoding, placed where checking the characters before it stopped. */
    private TextProblem located(TextProblem problem) {
        return new TextProblem(line, column, problem.getMessage());
    }

    /** Checks the characters {@code text[from..end)} and moves the line and column past them. */
    private void check(char[] text, int from, int end) throws TextProblem {
        int max = limits.lineLength();
        // Counted in locals and stored at the end, or where a problem needs them.
        int length = lineLength;
        int col = column;
        try {
            for (int i = from; i < end; i++) {
                if (!pendingCr && !pendingHigh) {
                    // The common case, printable ASCII, in a tight run: only the line's length is
                    // checked, once for the whole run.
                    int run = i;
                    while (run < end && text[run] >= 0x20 && text[run] < 0x7f) {
                        run++;
                    }
                    if (run > i) {
                        if (length + (run - i) > max) {
                            throw tooLong(col + (max - length));
                        }
                        length += run - i;
                        col += run - i;
                        i = run;
                        if (i == end) {
                            break;
                        }
                    }
                }
                char c = text[i];
                if (pendingHigh && !Character.isLowSurrogate(c)) {
                    throw problem("broken character: a lone UTF-16 surrogate U+%04X", high, col);
                }
                if (pendingCr) {
                    pendingCr = false;
                    if (c == '\n') {
                        col++; // the CR of CR LF takes a column, as in the parser
                    } else {
                        line++;
                        col = 1;
                        length = 0;
                    }
                }
                if (c == '\n') {
                    line++;
                    col = 1;
                    length = 0;
                    continue;
                } else if (c == '\r') {
                    pendingCr = true;
                    continue;
                } else if (Character.isHighSurrogate(c)) {
                    pendingHigh = true;
                    high = c;
                    continue;
                } else if (Character.isLowSurrogate(c)) {
                    if (!pendingHigh) {
                        throw problem("broken character: a lone UTF-16 surrogate U+%04X", c, col);
                    }
                    pendingHigh = false;
                } else if (c == 0xfeff) {
                    continue; // a byte order mark takes no column
                } else if (c == 0) {
                    throw problem("NUL character (U+0000): a model file is text; this looks like binary data", c, col);
                } else if (!(c >= 0x20 && c < 0x7f) && c != '\t' && !allowed(c)) {
                    throw problem("control character U+%04X is not allowed in YAML text", c, col);
                }
                if (++length > max) {
                    throw tooLong(col);
                }
                col++;
            }
        } finally {
            lineLength = length;
            column = col;
        }
    }

    private void finish() throws TextProblem {
        if (pendingHigh) {
            throw new TextProblem(line, column, "broken character: the text ends inside a character");
        }
    }

    /** YAML's printable set beyond ASCII, as the parser checks it: no C1 controls but NEL, no U+FFFE/FFFF. */
    private static boolean allowed(char c) {
        return c == 0x85 || (c >= 0xa0 && c <= 0xd7ff) || (c >= 0xe000 && c <= 0xfffd);
    }

    private TextProblem tooLong(int col) {
        return new TextProblem(line, col, "line longer than the line-length limit of "
                + ReadLimits.size(limits.lineLength()) + " characters; reading stopped here" + raiseWith("line-length"));
    }

    private TextProblem problem(String format, char c, int col) {
        return new TextProblem(line, col, String.format(format, (int) c));
    }

    static String raiseWith(String limit) {
        return " (if the file is genuine, raise it with --limit " + limit + "=SIZE; docs/limits.md)";
    }
}
