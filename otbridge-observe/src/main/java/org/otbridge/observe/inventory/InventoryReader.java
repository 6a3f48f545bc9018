package org.otbridge.observe.inventory;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.otbridge.model.Protocol;
import org.otbridge.model.YamlEnum;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.json.JsonFactory;

/**
 * Reads an observed inventory back from its JSON document ({@code otbridge.inventory/1}, as
 * {@link InventoryJson} writes it), so that inventories made elsewhere (another run of discover,
 * the Spark job over a data lake) merge with {@link Inventory#merge} like any other part.
 *
 * <p>The document keeps what people need, not every fact of the inventory: a flow's connections
 * are a count without their client ports ({@link PortSet#counted}), so the connections of one flow
 * in two documents add up; a MAC address left out of a host as a router's stays out. Host roles
 * and protocols are derived again from the flows. Keys the reader does not know are ignored.
 */
public final class InventoryReader {

    private static final JsonFactory JSON = JsonFactory.builder().build();
    private static final Pattern HEAD = Pattern.compile("\\A\\{\\s*\"schema\"\\s*:\\s*\"otbridge\\.inventory/");

    /** The document is no inventory, or a value in it is not what the schema says. */
    public static final class MalformedInventoryException extends Exception {

        private static final long serialVersionUID = 1L;

        private final long line;
        private final int column;

        public MalformedInventoryException(long line, int column, String message) {
            super(message);
            this.line = line;
            this.column = column;
        }

        public long line() {
            return line;
        }

        public int column() {
            return column;
        }
    }

    /** True when the first bytes of a file start an inventory document (its first key is the schema). */
    public static boolean looksLikeInventory(byte[] head, int length) {
        String start = new String(head, 0, Math.max(0, length), StandardCharsets.UTF_8);
        return HEAD.matcher(start).find();
    }

    public Inventory read(Path file) throws IOException, MalformedInventoryException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(in);
        }
    }

    public Inventory read(Reader in) throws IOException, MalformedInventoryException {
        Node document;
        try (JsonParser parser = JSON.createParser(ObjectReadContext.empty(), in)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new MalformedInventoryException(1, 1, "empty, not an inventory document");
            }
            document = value(parser, first);
            if (parser.nextToken() != null) {
                throw malformed(parser.currentTokenLocation(), "text after the end of the document");
            }
        } catch (StreamReadException e) {
            throw malformed(e.getLocation(), "JSON syntax error: " + e.getOriginalMessage());
        } catch (tools.jackson.core.JacksonException e) {
            throw new IOException(e.getOriginalMessage(), e);
        }
        return inventory(document);
    }

    private static Inventory inventory(Node document) throws MalformedInventoryException {
        Map<String, Node> root = document.object("the document");
        Node schema = root.get("schema");
        if (schema == null || !InventoryJson.SCHEMA.equals(schema.value)) {
            throw document.problem("not an " + InventoryJson.SCHEMA + " document (its schema is "
                    + (schema == null ? "missing" : "\"" + schema.value + "\"") + ")");
        }
        List<InputSummary> inputs = new ArrayList<>();
        for (Node input : list(root, "inputs")) {
            Map<String, Node> o = input.object("an input");
            List<InputSummary.Damage> damage = new ArrayList<>();
            for (Node d : list(o, "damage")) {
                Map<String, Node> dm = d.object("a damaged record");
                damage.add(new InputSummary.Damage(number(dm, "offset", d), text(dm, "reason", d, false)));
            }
            inputs.add(new InputSummary(text(o, "file", input, false), text(o, "format", input, false),
                    number(o, "packets", input), number(o, "bytes", input), number(o, "damaged_records", input), damage));
        }
        Map<String, List<String>> macsByIp = new TreeMap<>(Addresses.ORDER);
        List<String> layer2 = new ArrayList<>();
        for (Node host : list(root, "hosts")) {
            Map<String, Node> o = host.object("a host");
            List<String> macs = new ArrayList<>();
            for (Node mac : list(o, "macs")) {
                macs.add(mac.text("a MAC address"));
            }
            String ip = text(o, "ip", host, true);
            if (ip != null) {
                macsByIp.computeIfAbsent(ip, k -> new ArrayList<>()).addAll(macs);
            } else if (macs.isEmpty()) {
                throw host.problem("a host with neither an IP nor a MAC address");
            } else {
                layer2.add(macs.get(0));
            }
        }
        List<Flow> flows = new ArrayList<>();
        for (Node flow : list(root, "flows")) {
            flows.add(flow(flow));
        }
        return Inventory.of(inputs, macsByIp, new TreeSet<>(), layer2, flows);
    }

    private static Flow flow(Node node) throws MalformedInventoryException {
        Map<String, Node> o = node.object("a flow");
        String src = text(o, "src", node, false);
        String dst = text(o, "dst", node, false);
        String transportText = text(o, "transport", node, false);
        Transport transport;
        try {
            transport = Transport.valueOf(transportText.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw o.get("transport").problem("unknown transport \"" + transportText + "\"");
        }
        String protocolText = text(o, "protocol", node, false);
        Optional<Protocol> protocol = YamlEnum.parse(Protocol.class, protocolText);
        if (protocol.isEmpty()) {
            throw o.get("protocol").problem("unknown protocol \"" + protocolText + "\"");
        }
        Node port = o.get("port");
        Integer serverPort = port == null || port.value == null ? null : (int) number(o, "port", node);
        Map<String, Node> operations = required(o, "operations", node).object("operations");
        Node ops = o.get("operations");
        long connections = number(o, "connections", node);
        if (connections > Integer.MAX_VALUE) {
            throw o.get("connections").problem("too many connections: " + connections);
        }
        return new Flow(src, dst, transport, serverPort, protocol.get(),
                "payload".equals(text(o, "identified_by", node, true)), number(o, "packets", node),
                number(o, "bytes", node), number(o, "reply_packets", node), time(o, "first_seen", node),
                time(o, "last_seen", node),
                new Operations(number(operations, "read", ops), number(operations, "write", ops),
                        number(operations, "program", ops), number(operations, "command", ops)),
                PortSet.counted((int) connections));
    }

    private static long time(Map<String, Node> o, String key, Node owner) throws MalformedInventoryException {
        String text = text(o, key, owner, true);
        if (text == null) {
            return 0;
        }
        try {
            Instant instant = Instant.parse(text);
            return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), 1_000_000_000L), instant.getNano());
        } catch (DateTimeParseException | ArithmeticException e) {
            throw o.get(key).problem(key + " is no UTC time: \"" + text + "\"");
        }
    }

    private static List<Node> list(Map<String, Node> o, String key) throws MalformedInventoryException {
        Node node = o.get(key);
        if (node == null || node.value == null) {
            return List.of();
        }
        if (!(node.value instanceof List<?> items)) {
            throw node.problem(key + " is not a list");
        }
        List<Node> nodes = new ArrayList<>();
        for (Object item : items) {
            nodes.add((Node) item);
        }
        return nodes;
    }

    private static Node required(Map<String, Node> o, String key, Node owner) throws MalformedInventoryException {
        Node node = o.get(key);
        if (node == null || node.value == null) {
            throw owner.problem("no " + key);
        }
        return node;
    }

    private static String text(Map<String, Node> o, String key, Node owner, boolean nullable)
            throws MalformedInventoryException {
        Node node = o.get(key);
        if (node == null || node.value == null) {
            if (nullable) {
                return null;
            }
            throw owner.problem("no " + key);
        }
        return node.text(key);
    }

    private static long number(Map<String, Node> o, String key, Node owner) throws MalformedInventoryException {
        Node node = required(o, key, owner);
        if (!(node.value instanceof Long n) || n < 0) {
            throw node.problem(key + " is not a whole number of 0 or more");
        }
        return n;
    }

    /** A JSON value where it starts: a map, a list, a string, a whole number (Long), another number, a boolean or null. */
    private record Node(Object value, long line, int column) {

        @SuppressWarnings("unchecked")
        Map<String, Node> object(String what) throws MalformedInventoryException {
            if (!(value instanceof Map<?, ?>)) {
                throw problem(what + " is not an object");
            }
            return (Map<String, Node>) value;
        }

        String text(String what) throws MalformedInventoryException {
            if (!(value instanceof String s)) {
                throw problem(what + " is not text");
            }
            return s;
        }

        MalformedInventoryException problem(String message) {
            return new MalformedInventoryException(line, column, message);
        }
    }

    private static Node value(JsonParser parser, JsonToken token) throws MalformedInventoryException {
        TokenStreamLocation at = parser.currentTokenLocation();
        long line = at.getLineNr();
        int column = at.getColumnNr();
        switch (token) {
            case START_OBJECT -> {
                Map<String, Node> map = new LinkedHashMap<>();
                while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                    String name = parser.currentName();
                    map.put(name, value(parser, parser.nextToken()));
                }
                return new Node(map, line, column);
            }
            case START_ARRAY -> {
                List<Node> items = new ArrayList<>();
                JsonToken next;
                while ((next = parser.nextToken()) != JsonToken.END_ARRAY) {
                    items.add(value(parser, next));
                }
                return new Node(items, line, column);
            }
            case VALUE_STRING -> {
                return new Node(parser.getString(), line, column);
            }
            case VALUE_NUMBER_INT -> {
                if (parser.getNumberType() != JsonParser.NumberType.INT
                        && parser.getNumberType() != JsonParser.NumberType.LONG) {
                    throw new MalformedInventoryException(line, column, "a number too large: " + parser.getString());
                }
                return new Node(parser.getLongValue(), line, column);
            }
            case VALUE_NUMBER_FLOAT -> {
                return new Node(parser.getDoubleValue(), line, column);
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return new Node(token == JsonToken.VALUE_TRUE, line, column);
            }
            case VALUE_NULL -> {
                return new Node(null, line, column);
            }
            default -> throw new MalformedInventoryException(line, column, "unexpected " + token);
        }
    }

    private static MalformedInventoryException malformed(TokenStreamLocation at, String message) {
        return at == null ? new MalformedInventoryException(1, 1, message)
                : new MalformedInventoryException(Math.max(1, at.getLineNr()), Math.max(1, at.getColumnNr()), message);
    }
}
