package org.otbridge.observe.zeek;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.json.JsonFactory;

/**
 * Reads Zeek logs as Zeek and Malcolm write them: tab-separated with the {@code #separator},
 * {@code #path} and {@code #fields} header, or one JSON object per line; plain or gzip-compressed.
 * Logs cut with zeek-cut lose their header; for the few ICSNPP logs whose columns are fixed
 * ({@link KnownLayouts}) the columns are then taken from the file name. A line that cannot be read
 * is reported with its line number and skipped.
 */
public final class ZeekLogReader {

    private static final JsonFactory JSON = JsonFactory.builder().build();

    /** Told about lines that cannot be used. */
    public interface Problems {
        void at(long line, int column, String message);
    }

    /** The file is not a Zeek log: no header, not JSON and no known layout. */
    public static final class NotAZeekLogException extends Exception {
        private static final long serialVersionUID = 1L;

        public NotAZeekLogException(String message) {
            super(message);
        }
    }

    private ZeekLogReader() {
    }

    /** True when the first bytes look like a Zeek log (a header line, or a JSON object). */
    public static boolean looksLikeZeekLog(byte[] head, int length) {
        String start = new String(head, 0, Math.max(0, length), StandardCharsets.ISO_8859_1);
        return start.startsWith("#separator") || start.startsWith("{") || start.startsWith("#fields")
                || start.startsWith("### ");
    }

    /** Reads every record of one log file; returns the log's path name. */
    public static String read(Path file, Consumer<ZeekRecord> sink, Problems problems)
            throws IOException, NotAZeekLogException {
        try (InputStream raw = Files.newInputStream(file); PushbackInputStream in = new PushbackInputStream(raw, 2)) {
            int first = in.read();
            int second = in.read();
            if (second >= 0) {
                in.unread(second);
            }
            if (first >= 0) {
                in.unread(first);
            }
            InputStream plain = first == 0x1f && second == 0x8b ? new GZIPInputStream(in, 1 << 16) : in;
            BufferedReader reader = new BufferedReader(new InputStreamReader(plain, StandardCharsets.UTF_8), 1 << 16);
            return read(reader, pathFromName(file), sink, problems);
        }
    }

    /** The log's name as Zeek files it: {@code conn.log}, {@code conn.04:00:00-05:00:00.log.gz}, {@code conn.json}. */
    static String pathFromName(Path file) {
        String name = file.getFileName().toString();
        int dot = name.indexOf('.');
        return (dot > 0 ? name.substring(0, dot) : name).toLowerCase(Locale.ROOT);
    }

    static String read(BufferedReader reader, String fallbackPath, Consumer<ZeekRecord> sink, Problems problems)
            throws IOException, NotAZeekLogException {
        String path = fallbackPath;
        List<String> fields = null;
        char separator = '\t';
        String setSeparator = ",";
        String unset = "-";
        String empty = "(empty)";
        long lineNumber = 0;
        String line;
        boolean sawContent = false;
        // once a log has shown itself JSON, a line that is not is one damaged line, not another format
        boolean sawJson = false;
        while ((line = reader.readLine()) != null) {
            lineNumber++;
            if (line.isEmpty()) {
                continue;
            }
            if (line.startsWith("#")) {
                if (line.startsWith("#separator ")) {
                    separator = unescape(line.substring("#separator ".length()));
                } else if (line.startsWith("#set_separator")) {
                    setSeparator = afterFirst(line, separator);
                } else if (line.startsWith("#unset_field")) {
                    unset = afterFirst(line, separator);
                } else if (line.startsWith("#empty_field")) {
                    empty = afterFirst(line, separator);
                } else if (line.startsWith("#path")) {
                    path = afterFirst(line, separator);
                } else if (line.startsWith("#fields")) {
                    fields = List.of(split(afterFirst(line, separator), separator));
                }
                continue;
            }
            sawContent = true;
            if (line.startsWith("{") || sawJson && fields == null) {
                sawJson = true;
                Map<String, String> record = json(line, lineNumber, problems);
                if (record != null) {
                    // a stream of several logs (Zeek's JSON streaming, Corelight) names each record's log
                    sink.accept(new ZeekRecord(record.getOrDefault("_path", path), lineNumber, record));
                }
                continue;
            }
            if (fields == null) {
                fields = KnownLayouts.columns(path, split(line, separator).length);
                if (fields == null) {
                    throw new NotAZeekLogException("line " + lineNumber + ": a tab-separated line before any #fields header, "
                            + "and '" + path + "' has no known layout of " + split(line, separator).length
                            + " columns");
                }
            }
            String[] values = split(line, separator);
            if (values.length != fields.size()) {
                problems.at(lineNumber, 1, values.length + " fields where the header names " + fields.size()
                        + "; line skipped");
                continue;
            }
            Map<String, String> record = new HashMap<>(fields.size() * 2);
            for (int i = 0; i < values.length; i++) {
                String value = values[i];
                if (!value.equals(unset) && !value.equals(empty) && !value.isEmpty()) {
                    record.put(fields.get(i), value);
                }
            }
            sink.accept(new ZeekRecord(path, lineNumber, record));
        }
        if (!sawContent && fields == null) {
            throw new NotAZeekLogException("no Zeek header and no records");
        }
        return path;
    }

    private static Map<String, String> json(String line, long lineNumber, Problems problems) {
        Map<String, String> record = new HashMap<>();
        try (JsonParser parser = JSON.createParser(ObjectReadContext.empty(), line)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                problems.at(lineNumber, 1, "not a JSON object; line skipped");
                return null;
            }
            object(parser, "", record);
            return record;
        } catch (StreamReadException e) {
            problems.at(lineNumber, e.getLocation() == null ? 1 : e.getLocation().getColumnNr(),
                    "JSON syntax error: " + e.getOriginalMessage() + "; line skipped");
            return null;
        }
    }

    private static void object(JsonParser parser, String prefix, Map<String, String> record) {
        JsonToken token;
        while ((token = parser.nextToken()) == JsonToken.PROPERTY_NAME) {
            String name = prefix + parser.currentName();
            JsonToken value = parser.nextToken();
            if (value == JsonToken.START_OBJECT) {
                object(parser, name + ".", record);
            } else if (value == JsonToken.START_ARRAY) {
                List<String> items = new ArrayList<>();
                JsonToken item;
                while ((item = parser.nextToken()) != JsonToken.END_ARRAY && item != null) {
                    if (item.isScalarValue()) {
                        items.add(scalar(parser, item));
                    } else {
                        parser.skipChildren();
                    }
                }
                if (!items.isEmpty()) {
                    record.put(name, String.join(",", items));
                }
            } else if (value != null && value.isScalarValue() && value != JsonToken.VALUE_NULL) {
                record.put(name, scalar(parser, value));
            }
        }
        if (token != JsonToken.END_OBJECT) {
            throw new StreamReadException(parser, "unexpected " + token);
        }
    }

    /** A JSON value as the tab-separated log writes it: booleans as T and F, numbers as written. */
    private static String scalar(JsonParser parser, JsonToken token) {
        return token == JsonToken.VALUE_TRUE ? "T" : token == JsonToken.VALUE_FALSE ? "F" : parser.getString();
    }

    /** The fields of a line between every occurrence of the separator (a character, not a pattern). */
    static String[] split(String line, char separator) {
        List<String> parts = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < line.length(); i++) {
            if (line.charAt(i) == separator) {
                parts.add(line.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(line.substring(start));
        return parts.toArray(new String[0]);
    }

    private static String afterFirst(String line, char separator) {
        int at = line.indexOf(separator);
        if (at < 0) {
            at = line.indexOf(' ');
        }
        return at < 0 ? "" : line.substring(at + 1);
    }

    private static char unescape(String text) {
        if (text.startsWith("\\x") && text.length() >= 4) {
            try {
                return (char) Integer.parseInt(text.substring(2, 4), 16);
            } catch (NumberFormatException e) {
                return '\t';
            }
        }
        return text.isEmpty() ? '\t' : text.charAt(0);
    }
}
