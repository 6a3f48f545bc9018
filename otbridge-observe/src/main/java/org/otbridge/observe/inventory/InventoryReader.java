package org.otbridge.observe.inventory;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.zip.GZIPInputStream;
import org.otbridge.model.Protocol;
import org.otbridge.model.YamlEnum;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.json.JsonFactory;

/**
 * Reads an observed inventory document ({@value InventoryJson#SCHEMA}, docs/output.md), plain or
 * gzip-compressed: what {@code otbridge discover --format json} writes, or a partial inventory
 * made elsewhere (a fleet job that reads captures where they are kept). Streamed, never held as a
 * tree. Hosts' roles and protocols are derived again from the flows, as for a capture; a flow's
 * connections come back as a count (the document does not carry client ports), so merging two
 * documents that saw the same connection counts it twice. Keys this version does not know are
 * skipped, so a later writer may add fields; a value of the wrong kind is an error at its line
 * and column.
 */
public final class InventoryReader {

    /** A document that is not a usable inventory, with where the problem is (1-based). */
    public static final class BadInventoryException extends Exception {

        private static final long serialVersionUID = 1L;

        private final long line;
        private final long column;

        public BadInventoryException(long line, long column, String message) {
            super(message, null, false, false);
            this.line = line;
            this.column = column;
        }

        public long line() {
            return line;
        }

        public long column() {
            return column;
        }
    }

    private static final JsonFactory JSON = JsonFactory.builder().build();

    /** The start of a document whose head holds this is taken for an inventory. */
    private static final String MARK = "\"" + InventoryJson.SCHEMA.substring(0, InventoryJson.SCHEMA.indexOf('/') + 1);

    /**
     * True when the first bytes of a file (decompressed) look like an inventory document: a JSON
     * object that names the inventory schema near its start, where {@link InventoryJson} writes it.
     */
    public static boolean looksLikeInventory(byte[] head, int length) {
        String start = new String(head, 0, Math.max(0, length), StandardCharsets.UTF_8);
        String trimmed = start.startsWith("\uFEFF") ? start.substring(1).stripLeading() : start.stripLeading();
        return trimmed.startsWith("{") && start.contains(MARK);
    }

    /** The first {@code max} bytes of a file, decompressed when it is gzip. */
    public static byte[] head(Path file, int max) throws IOException {
        try (InputStream in = open(file)) {
            return in.readNBytes(max);
        }
    }

    /** Reads a whole document. */
    public Inventory read(Path file) throws IOException, BadInventoryException {
        try (InputStream in = open(file)) {
            return read(in);
        }
    }

    private static InputStream open(Path file) throws IOException {
        PushbackInputStream in = new PushbackInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16), 2);
        int first = in.read();
        int second = in.read();
        if (second >= 0) {
            in.unread(second);
        }
        if (first >= 0) {
            in.unread(first);
        }
        return first == 0x1f && second == 0x8b ? new GZIPInputStream(in, 1 << 16) : in;
    }

    /** Reads a document from a stream, which it does not close. */
    public Inventory read(InputStream in) throws BadInventoryException {
        try (JsonParser parser = JSON.createParser(ObjectReadContext.empty(), in)) {
            return new Document(parser).read();
        } catch (JacksonException e) {
            TokenStreamLocation at = e.getLocation();
            throw new BadInventoryException(at == null ? 1 : Math.max(1, at.getLineNr()),
                    at == null ? 1 : Math.max(1, at.getColumnNr()), "not valid JSON: " + e.getOriginalMessage());
        }
    }

    /** One document being read: the facts an {@link Inventory} is made of. */
    private static final class Document {

        private final JsonParser parser;
        private final List<InputSummary> inputs = new ArrayList<>();
        private final Map<String, List<String>> macsByIp = new HashMap<>();
        private final List<String> layer2 = new ArrayList<>();
        private final List<Flow> flows = new ArrayList<>();

        Document(JsonParser parser) {
            this.parser = parser;
        }

        Inventory read() throws BadInventoryException {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw fail("an inventory document is a JSON object");
            }
            boolean schema = false;
            while (nextName()) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                switch (name) {
                    case "schema" -> {
                        String text = string(value, "schema");
                        if (!InventoryJson.SCHEMA.equals(text)) {
                            throw fail("schema '" + text + "' is not one this version reads; it reads "
                                    + InventoryJson.SCHEMA);
                        }
                        schema = true;
                    }
                    case "inputs" -> array(value, "inputs", this::input);
                    case "hosts" -> array(value, "hosts", this::host);
                    case "flows" -> array(value, "flows", this::flow);
                    default -> parser.skipChildren();
                }
            }
            if (!schema) {
                throw fail("no \"schema\": \"" + InventoryJson.SCHEMA + "\"");
            }
            if (parser.nextToken() != null) {
                throw fail("more after the end of the document");
            }
            return Inventory.of(inputs, macsByIp, List.of(), layer2, flows);
        }

        private void input() throws BadInventoryException {
            String file = null;
            String format = "inventory";
            long packets = 0;
            long bytes = 0;
            long damaged = 0;
            List<InputSummary.Damage> damage = new ArrayList<>();
            while (nextName()) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                switch (name) {
                    case "file" -> file = string(value, name);
                    case "format" -> format = string(value, name);
                    case "packets" -> packets = count(value, name, Long.MAX_VALUE);
                    case "bytes" -> bytes = count(value, name, Long.MAX_VALUE);
                    case "damaged_records" -> damaged = count(value, name, Long.MAX_VALUE);
                    case "damage" -> array(value, name, () -> {
                        long offset = 0;
                        String reason = "";
                        while (nextName()) {
                            String key = parser.currentName();
                            JsonToken v = parser.nextToken();
                            switch (key) {
                                case "offset" -> offset = count(v, key, Long.MAX_VALUE);
                                case "reason" -> reason = string(v, key);
                                default -> parser.skipChildren();
                            }
                        }
                        if (damage.size() < InputSummary.KEPT_DAMAGE) {
                            damage.add(new InputSummary.Damage(offset, reason));
                        }
                    });
                    default -> parser.skipChildren();
                }
            }
            if (file == null) {
                throw fail("an input without \"file\"");
            }
            inputs.add(new InputSummary(file, format, packets, bytes, damaged, damage));
        }

        private void host() throws BadInventoryException {
            String ip = null;
            List<String> macs = new ArrayList<>();
            while (nextName()) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                switch (name) {
                    case "ip" -> ip = value == JsonToken.VALUE_NULL ? null : ip(string(value, name));
                    case "macs" -> array(value, name, () -> macs.add(mac(string(parser.currentToken(), "macs"))));
                    default -> parser.skipChildren();
                }
            }
            if (ip != null) {
                macsByIp.computeIfAbsent(ip, k -> new ArrayList<>()).addAll(macs);
            } else if (macs.isEmpty()) {
                throw fail("a host without \"ip\" needs its MAC address in \"macs\"");
            } else {
                layer2.add(macs.get(0));
            }
        }

        private void flow() throws BadInventoryException {
            String src = null;
            String dst = null;
            Transport transport = null;
            Integer port = null;
            Protocol protocol = null;
            boolean byPayload = false;
            long packets = 0;
            long bytes = 0;
            long replies = 0;
            int connections = 0;
            long first = 0;
            long last = 0;
            Operations operations = Operations.NONE;
            while (nextName()) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                switch (name) {
                    case "src" -> src = address(string(value, name));
                    case "dst" -> dst = address(string(value, name));
                    case "transport" -> transport = transport(string(value, name));
                    case "port" -> port = value == JsonToken.VALUE_NULL ? null : (int) count(value, name, 65535);
                    case "protocol" -> protocol = protocol(string(value, name));
                    case "identified_by" -> byPayload = value != JsonToken.VALUE_NULL && "payload".equals(string(value, name));
                    case "packets" -> packets = count(value, name, Long.MAX_VALUE);
                    case "bytes" -> bytes = count(value, name, Long.MAX_VALUE);
                    case "reply_packets" -> replies = count(value, name, Long.MAX_VALUE);
                    case "connections" -> connections = (int) count(value, name, Integer.MAX_VALUE);
                    case "first_seen" -> first = time(value, name);
                    case "last_seen" -> last = time(value, name);
                    case "operations" -> operations = operations(value);
                    default -> parser.skipChildren();
                }
            }
            if (src == null || dst == null || transport == null || protocol == null) {
                throw fail("a flow needs \"src\", \"dst\", \"transport\" and \"protocol\"");
            }
            flows.add(new Flow(src, dst, transport, port, protocol, byPayload, packets, bytes, replies, first, last,
                    operations, PortSet.counted(connections)));
        }

        private Operations operations(JsonToken value) throws BadInventoryException {
            if (value != JsonToken.START_OBJECT) {
                throw fail("\"operations\" is an object of counts: read, write, program, command");
            }
            long[] counts = new long[4];
            while (nextName()) {
                String name = parser.currentName();
                JsonToken v = parser.nextToken();
                int index = List.of("read", "write", "program", "command").indexOf(name);
                if (index < 0) {
                    parser.skipChildren();
                } else {
                    counts[index] = count(v, name, Long.MAX_VALUE);
                }
            }
            return new Operations(counts[0], counts[1], counts[2], counts[3]);
        }

        /** Reads the items of an array, each an object read by {@code item} (a string for "macs"). */
        private void array(JsonToken value, String name, Item item) throws BadInventoryException {
            if (value != JsonToken.START_ARRAY) {
                throw fail("\"" + name + "\" is a list");
            }
            JsonToken token;
            while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
                if (token == null) {
                    throw fail("the document ends inside \"" + name + "\"");
                }
                if (name.equals("macs")) {
                    item.read();
                } else if (token != JsonToken.START_OBJECT) {
                    throw fail("an entry of \"" + name + "\" is an object");
                } else {
                    item.read();
                }
            }
        }

        /** True at the next property name of the current object; false at its end. */
        private boolean nextName() throws BadInventoryException {
            JsonToken token = parser.nextToken();
            if (token == JsonToken.PROPERTY_NAME) {
                return true;
            }
            if (token == JsonToken.END_OBJECT) {
                return false;
            }
            throw fail("the document ends inside an object");
        }

        private String string(JsonToken value, String name) throws BadInventoryException {
            if (value != JsonToken.VALUE_STRING) {
                throw fail("\"" + name + "\" is a string");
            }
            return parser.getString();
        }

        private long count(JsonToken value, String name, long max) throws BadInventoryException {
            if (value != JsonToken.VALUE_NUMBER_INT) {
                throw fail("\"" + name + "\" is a whole number");
            }
            if (parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
                throw fail("\"" + name + "\" is too large");
            }
            long number = parser.getLongValue();
            if (number < 0 || number > max) {
                throw fail("\"" + name + "\" is " + number + ", outside 0 to " + max);
            }
            return number;
        }

        private long time(JsonToken value, String name) throws BadInventoryException {
            if (value == JsonToken.VALUE_NULL) {
                return 0;
            }
            String text = string(value, name);
            try {
                Instant instant = Instant.parse(text);
                return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), 1_000_000_000L), instant.getNano());
            } catch (DateTimeParseException | ArithmeticException e) {
                throw fail("\"" + name + "\" is '" + text + "', not a time such as 2026-01-01T00:00:00Z");
            }
        }

        private String ip(String text) throws BadInventoryException {
            String canonical = Addresses.canonicalIp(text);
            if (canonical == null) {
                throw fail("'" + text + "' is not an IP address");
            }
            return canonical;
        }

        private String mac(String text) throws BadInventoryException {
            String lower = text.toLowerCase(Locale.ROOT);
            if (!Addresses.isMac(lower)) {
                throw fail("'" + text + "' is not a MAC address such as 00:1b:1b:aa:bb:cc");
            }
            return lower;
        }

        /** An IP address, or a MAC address for a layer-2 flow. */
        private String address(String text) throws BadInventoryException {
            String canonical = Addresses.canonicalIp(text);
            if (canonical != null) {
                return canonical;
            }
            String lower = text.toLowerCase(Locale.ROOT);
            if (Addresses.isMac(lower)) {
                return lower;
            }
            throw fail("'" + text + "' is neither an IP nor a MAC address");
        }

        private Transport transport(String text) throws BadInventoryException {
            for (Transport transport : Transport.values()) {
                if (transport.text().equals(text)) {
                    return transport;
                }
            }
            throw fail("unknown transport '" + text + "'; one of tcp, udp, icmp, ip, ethernet");
        }

        private Protocol protocol(String text) throws BadInventoryException {
            Optional<Protocol> protocol = YamlEnum.parse(Protocol.class, text);
            if (protocol.isEmpty()) {
                throw fail("unknown protocol '" + text + "'; one of "
                        + String.join(", ", new TreeSet<>(YamlEnum.names(Protocol.class))));
            }
            return protocol.get();
        }

        private BadInventoryException fail(String message) {
            TokenStreamLocation at = parser.currentTokenLocation();
            return new BadInventoryException(at == null ? 1 : Math.max(1, at.getLineNr()),
                    at == null ? 1 : Math.max(1, at.getColumnNr()), message);
        }
    }

    @FunctionalInterface
    private interface Item {
        void read() throws BadInventoryException;
    }
}
