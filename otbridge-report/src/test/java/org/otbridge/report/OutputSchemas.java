package org.otbridge.report;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON Schemas users get in docs/schema, read from the repository (the module's working
 * directory is its own folder), and what they define.
 */
final class OutputSchemas {

    static final Path DOCS = Path.of("..", "docs");
    static final JsonMapper JSON = JsonMapper.builder().build();

    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

    /** One schema file: its JSON and the validator built from it. */
    record Document(String name, Path file, JsonNode root, Schema schema) {

        List<String> errors(JsonNode document) {
            return schema.validate(document).stream().map(Error::toString).toList();
        }

        @Override
        public String toString() {
            return name;
        }
    }

    /** A property defined somewhere in a schema, with where ({@code $defs.finding.severity}) and its subschema. */
    record Property(String name, String where, JsonNode schema) {
    }

    static final Document ASSESSMENT = load("assessment");
    static final Document WHATIF = load("whatif");

    private OutputSchemas() {
    }

    static List<Document> both() {
        return List.of(ASSESSMENT, WHATIF);
    }

    private static Document load(String name) {
        Path file = DOCS.resolve("schema").resolve(name + ".schema.json");
        JsonNode root = JSON.readTree(read(file));
        return new Document(name, file, root, REGISTRY.getSchema(root));
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode parse(String json) {
        return JSON.readTree(json);
    }

    /** Every property of every object the schema defines, in file order. */
    static List<Property> properties(JsonNode root) {
        List<Property> properties = new ArrayList<>();
        subschemas(root, (where, schema) -> {
            JsonNode defined = schema.get("properties");
            if (defined != null) {
                for (Map.Entry<String, JsonNode> property : defined.properties()) {
                    properties.add(new Property(property.getKey(), where + "." + property.getKey(), property.getValue()));
                }
            }
        });
        return properties;
    }

    /**
     * Visits every subschema reachable from {@code schema} ({@code $defs}, properties, items,
     * combinators), each with a readable location; the conditions of if/then/else are skipped.
     */
    static void subschemas(JsonNode schema, BiConsumer<String, JsonNode> visitor) {
        visit(schema, "#", visitor);
    }

    private static void visit(JsonNode schema, String where, BiConsumer<String, JsonNode> visitor) {
        if (!schema.isObject()) {
            return;
        }
        visitor.accept(where, schema);
        for (Map.Entry<String, JsonNode> keyword : schema.properties()) {
            String key = keyword.getKey();
            JsonNode value = keyword.getValue();
            switch (key) {
                case "$defs", "properties", "patternProperties" -> {
                    for (Map.Entry<String, JsonNode> entry : value.properties()) {
                        visit(entry.getValue(), where + "." + entry.getKey(), visitor);
                    }
                }
                case "items", "not", "additionalProperties" -> visit(value, where + "." + key, visitor);
                case "anyOf", "oneOf", "allOf", "prefixItems" -> {
                    for (int i = 0; i < value.size(); i++) {
                        visit(value.get(i), where + "." + key + "[" + i + "]", visitor);
                    }
                }
                default -> {
                    // Descriptions, types, enums and patterns hold no subschemas; if/then/else
                    // restate properties as conditions and define none.
                }
            }
        }
    }

    /** The schema a {@code $ref} (to {@code #/$defs/NAME}) points at, followed until there is none. */
    static JsonNode resolve(JsonNode root, JsonNode schema) {
        JsonNode current = schema;
        while (current.has("$ref")) {
            String ref = current.get("$ref").stringValue();
            if (!ref.startsWith("#/")) {
                throw new IllegalArgumentException("only local references are expected: " + ref);
            }
            current = root.at(ref.substring(1));
            if (current.isMissingNode()) {
                throw new IllegalArgumentException("dangling reference " + ref);
            }
        }
        return current;
    }

    /** True when the subschema lets the value be null. */
    static boolean allowsNull(JsonNode root, JsonNode schema) {
        JsonNode type = schema.get("type");
        if (type != null) {
            if (type.isString() ? type.stringValue().equals("null") : containsText(type, "null")) {
                return true;
            }
        }
        if (schema.has("const") && schema.get("const").isNull()) {
            return true;
        }
        if (schema.has("enum")) {
            for (JsonNode value : schema.get("enum").values()) {
                if (value.isNull()) {
                    return true;
                }
            }
        }
        for (String combinator : List.of("anyOf", "oneOf")) {
            if (schema.has(combinator)) {
                for (JsonNode branch : schema.get(combinator).values()) {
                    if (allowsNull(root, branch)) {
                        return true;
                    }
                }
            }
        }
        return schema.has("$ref") && allowsNull(root, resolve(root, schema));
    }

    private static boolean containsText(JsonNode array, String text) {
        for (JsonNode value : array.values()) {
            if (value.isString() && value.stringValue().equals(text)) {
                return true;
            }
        }
        return false;
    }
}
