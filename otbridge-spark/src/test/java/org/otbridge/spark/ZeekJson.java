package org.otbridge.spark;

import java.io.BufferedReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.otbridge.observe.zeek.ZeekLogReader;
import org.otbridge.observe.zeek.ZeekRecord;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;

/**
 * A tab-separated Zeek log as Zeek's JSON writer would have written it: one object per line,
 * values typed by the log's {@code #types} header (numbers, booleans, arrays for sets), unset and
 * masked values left out. Logs without a header (btest baselines cut with zeek-cut) are typed by
 * field name.
 */
final class ZeekJson {

    private static final JsonFactory JSON = JsonFactory.builder().build();

    private ZeekJson() {
    }

    /** The log as JSON lines, or null when the log reader cannot read it either. */
    static String convert(Path tsv) throws Exception {
        Map<String, String> types = types(tsv);
        List<ZeekRecord> records = new ArrayList<>();
        try {
            ZeekLogReader.read(tsv, records::add, (line, column, message) -> {
            });
        } catch (ZeekLogReader.NotAZeekLogException e) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        for (ZeekRecord record : records) {
            StringWriter line = new StringWriter();
            try (JsonGenerator gen = JSON.createGenerator(ObjectWriteContext.empty(), line)) {
                gen.writeStartObject();
                for (Map.Entry<String, String> field : new TreeMap<>(record.fields()).entrySet()) {
                    write(gen, field.getKey(), field.getValue(), types.getOrDefault(field.getKey(), guess(field.getKey())));
                }
                gen.writeEndObject();
            }
            out.append(line).append('\n');
        }
        return out.toString();
    }

    private static void write(JsonGenerator gen, String name, String value, String type) {
        if (type.startsWith("set[") || type.startsWith("vector[")) {
            gen.writeArrayPropertyStart(name);
            for (String item : value.split(",")) {
                gen.writeString(item);
            }
            gen.writeEndArray();
            return;
        }
        switch (type) {
            case "time", "interval", "double" -> {
                if (value.matches("-?[0-9]+(\\.[0-9]+)?")) {
                    gen.writeName(name);
                    gen.writeNumber(value);
                }
            }
            case "count", "int", "port" -> {
                if (value.matches("-?[0-9]+")) {
                    gen.writeName(name);
                    gen.writeNumber(value);
                }
            }
            case "bool" -> gen.writeBooleanProperty(name, value.equals("T"));
            default -> gen.writeStringProperty(name, value);
        }
    }

    /** The type of a field of a log without a header. */
    private static String guess(String name) {
        if (name.equals("ts")) {
            return "time";
        }
        if (name.endsWith("_p") || name.endsWith("_pkts") || name.endsWith("_bytes")) {
            return "count";
        }
        return name.equals("is_orig") || name.equals("from_client") ? "bool" : "string";
    }

    private static Map<String, String> types(Path tsv) throws Exception {
        List<String> fields = null;
        List<String> types = null;
        try (BufferedReader reader = Files.newBufferedReader(tsv, StandardCharsets.UTF_8)) {
            String line;
            while ((line = reader.readLine()) != null && (line.startsWith("#") || line.isEmpty())) {
                if (line.startsWith("#fields\t")) {
                    fields = List.of(line.substring("#fields\t".length()).split("\t"));
                } else if (line.startsWith("#types\t")) {
                    types = List.of(line.substring("#types\t".length()).split("\t"));
                }
            }
        }
        Map<String, String> byName = new HashMap<>();
        if (fields != null && types != null) {
            for (int i = 0; i < Math.min(fields.size(), types.size()); i++) {
                byName.put(fields.get(i), types.get(i));
            }
        }
        return byName;
    }
}
