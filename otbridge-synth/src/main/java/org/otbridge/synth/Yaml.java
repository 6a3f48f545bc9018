package org.otbridge.synth;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.api.StreamDataWriter;
import org.snakeyaml.engine.v2.comments.CommentType;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.emitter.Emitter;
import org.snakeyaml.engine.v2.events.CommentEvent;
import org.snakeyaml.engine.v2.events.DocumentEndEvent;
import org.snakeyaml.engine.v2.events.DocumentStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.ImplicitTuple;
import org.snakeyaml.engine.v2.events.MappingEndEvent;
import org.snakeyaml.engine.v2.events.MappingStartEvent;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.events.SequenceEndEvent;
import org.snakeyaml.engine.v2.events.SequenceStartEvent;
import org.snakeyaml.engine.v2.events.StreamEndEvent;
import org.snakeyaml.engine.v2.events.StreamStartEvent;

/**
 * Streams one YAML document into a file through SnakeYAML Engine's emitter, event by event: the
 * generator never holds more than the element it is writing. The emitter decides the quoting, so
 * every string comes back as written; a plain scalar is written plain when YAML allows it, and
 * quoted otherwise. Block collections indent their dashes under the key, as people write models.
 */
final class Yaml implements Closeable {

    private static final DumpSettings SETTINGS = DumpSettings.builder()
            .setIndent(2)
            .setIndicatorIndent(2)
            .setIndentWithIndicator(true)
            .setSplitLines(false)
            .setWidth(Integer.MAX_VALUE / 2)
            .setDumpComments(true)
            .build();
    /** A plain scalar: untagged, and quoted by the emitter only where plain would not read back. */
    private static final ImplicitTuple PLAIN = new ImplicitTuple(true, true);
    /** A string that must stay a string (a version such as 1809 would read as a number plain). */
    private static final ImplicitTuple STRING = new ImplicitTuple(false, true);

    /** A value written double-quoted, in {@link #value(Object)}. */
    record Quoted(String text) {
    }

    private final Writer out;
    private final Emitter emitter;
    private final StringBuilder text = new StringBuilder(24);
    /** Whether each open collection is a mapping (bit set) or a sequence, innermost lowest. */
    private long kinds;
    private int depth;

    Yaml(Path file) throws IOException {
        this.out = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8),
                1 << 16);
        this.emitter = new Emitter(SETTINGS, new StreamDataWriter() {
            @Override
            public void write(String str) {
                try {
                    out.write(str);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }

            @Override
            public void write(String str, int off, int len) {
                try {
                    out.write(str, off, len);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        });
        emit(new StreamStartEvent());
    }

    /** Starts the document and its top mapping, which {@link #close()} ends. */
    Yaml document() {
        emit(new DocumentStartEvent(false, Optional.empty(), Map.of()));
        return map();
    }

    /** One comment line; an empty text gives a blank line. */
    Yaml comment(String line) {
        emit(line.isEmpty() ? new CommentEvent(CommentType.BLANK_LINE, "", Optional.empty(), Optional.empty())
                : new CommentEvent(CommentType.BLOCK, " " + line, Optional.empty(), Optional.empty()));
        return this;
    }

    Yaml blank() {
        return comment("");
    }

    Yaml map() {
        return open(true, FlowStyle.BLOCK);
    }

    Yaml flowMap() {
        return open(true, FlowStyle.FLOW);
    }

    Yaml seq() {
        return open(false, FlowStyle.BLOCK);
    }

    Yaml flowSeq() {
        return open(false, FlowStyle.FLOW);
    }

    /** Closes the innermost open mapping or sequence. */
    Yaml end() {
        depth--;
        boolean mapping = (kinds & 1) != 0;
        kinds >>>= 1;
        emit(mapping ? new MappingEndEvent() : new SequenceEndEvent());
        return this;
    }

    private Yaml open(boolean mapping, FlowStyle style) {
        if (depth == Long.SIZE) {
            throw new IllegalStateException("nested too deep");
        }
        depth++;
        kinds = kinds << 1 | (mapping ? 1 : 0);
        emit(mapping ? new MappingStartEvent(Optional.empty(), Optional.empty(), true, style)
                : new SequenceStartEvent(Optional.empty(), Optional.empty(), true, style));
        return this;
    }

    // ------------------------------------------------------------------ scalars

    Yaml plain(String value) {
        emit(new ScalarEvent(Optional.empty(), Optional.empty(), PLAIN, value, ScalarStyle.PLAIN));
        return this;
    }

    /** A string written double-quoted, so that it never reads back as a number or a date. */
    Yaml quoted(String value) {
        emit(new ScalarEvent(Optional.empty(), Optional.empty(), STRING, value, ScalarStyle.DOUBLE_QUOTED));
        return this;
    }

    Yaml key(String key) {
        return plain(key);
    }

    Yaml number(long value) {
        return plain(Long.toString(value));
    }

    /** An IPv4 address given as a 32-bit number. */
    Yaml ip(long address) {
        text.setLength(0);
        text.append((address >>> 24) & 0xff).append('.').append((address >>> 16) & 0xff).append('.')
                .append((address >>> 8) & 0xff).append('.').append(address & 0xff);
        return plain(text.toString());
    }

    /** A date written YYYY-MM-DD. */
    Yaml date(int year, int month, int day) {
        text.setLength(0);
        pad(year, 4);
        text.append('-');
        pad(month, 2);
        text.append('-');
        pad(day, 2);
        return plain(text.toString());
    }

    private void pad(int value, int width) {
        String digits = Integer.toString(value);
        for (int k = digits.length(); k < width; k++) {
            text.append('0');
        }
        text.append(digits);
    }

    /**
     * A small value of the generator's own tables: a string (plain), a {@link Quoted} string, a
     * number or a boolean, a list (a flow sequence) or a map (a flow mapping, in its order).
     */
    Yaml value(Object value) {
        if (value instanceof String s) {
            return plain(s);
        }
        if (value instanceof Quoted q) {
            return quoted(q.text());
        }
        if (value instanceof Number || value instanceof Boolean) {
            return plain(value.toString());
        }
        if (value instanceof List<?> list) {
            flowSeq();
            list.forEach(this::value);
            return end();
        }
        if (value instanceof Map<?, ?> map) {
            flowMap();
            map.forEach((k, v) -> key((String) k).value(v));
            return end();
        }
        throw new IllegalArgumentException("no YAML for " + value);
    }

    // ------------------------------------------------------------------ shorthands

    /** {@code key: value} with a plain value. */
    Yaml field(String key, String value) {
        return key(key).plain(value);
    }

    Yaml field(String key, long value) {
        return key(key).number(value);
    }

    Yaml field(String key, boolean value) {
        return key(key).plain(Boolean.toString(value));
    }

    /** {@code key: value} with a value as {@link #value(Object)} writes it. */
    Yaml field(String key, Object value) {
        return key(key).value(value);
    }

    /** {@code key: [a, b, ...]} with plain items. */
    Yaml list(String key, String... items) {
        key(key).flowSeq();
        for (String item : items) {
            plain(item);
        }
        return end();
    }

    /** {@code {any: [a, b, ...]}}: any one of the references is enough. */
    Yaml any(String... refs) {
        flowMap().key("any").flowSeq();
        for (String ref : refs) {
            plain(ref);
        }
        return end().end();
    }

    /** An unmodifiable map of keys and values in their order, for {@link #value(Object)}. */
    static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int k = 0; k < keysAndValues.length; k += 2) {
            map.put((String) keysAndValues[k], keysAndValues[k + 1]);
        }
        return Collections.unmodifiableMap(map);
    }

    private void emit(Event event) {
        emitter.emit(event);
    }

    /** Ends the top mapping, the document and the stream, and closes the file. */
    @Override
    public void close() throws IOException {
        try (out) {
            if (depth != 1) {
                throw new IllegalStateException(depth + " collections open at the end of the document");
            }
            end();
            emit(new DocumentEndEvent(false));
            emit(new StreamEndEvent());
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
