package org.otbridge.model.yaml;

import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.otbridge.model.Problem;
import org.otbridge.model.SourcePosition;
import org.otbridge.model.yaml.YNode.ScalarType;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLParser;

/**
 * Reads one YAML document into a {@link YNode} tree with positions, using Jackson's streaming
 * YAML parser. Syntax errors and duplicate keys become problems; the reader never throws for bad
 * input. Thread-safe and reusable.
 */
public final class YamlTreeReader {

    /** Large generated models are tens of megabytes; the YAML engine's default limit is 3 MB. */
    private static final int MAX_CODE_POINTS = Integer.MAX_VALUE;
    private static final int MAX_DEPTH = 200;

    private final YAMLFactory factory;

    public YamlTreeReader() {
        this.factory = YAMLFactory.builder()
                .loadSettings(LoadSettings.builder()
                        .setCodePointLimit(MAX_CODE_POINTS)
                        .setAllowDuplicateKeys(true) // reported by us, with both positions
                        .build())
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(MAX_DEPTH)
                        .maxDocumentLength(-1)
                        .maxStringLength(Integer.MAX_VALUE)
                        .build())
                .build();
    }

    /** Receives a document section by section, so a large model never exists as one whole tree. */
    public interface Sections {

        /** The document's root is not a mapping. */
        void root(YNode root);

        /** A top-level key whose value is not a list. */
        void value(String key, SourcePosition keyAt, YNode value);

        /** A top-level key whose value is a list; its items follow through {@link #item}. */
        void list(String key, SourcePosition keyAt, SourcePosition at);

        void item(String key, YNode item);
    }

    /**
     * Reads the document in {@code reader}. Returns null when the file is empty or holds only
     * comments, or when a syntax error made the rest unreadable (the error is reported).
     */
    public YNode read(String file, Reader reader, Consumer<Problem> problems) {
        try (JsonParser parser = factory.createParser(ObjectReadContext.empty(), reader)) {
            if (parser.nextToken() == null) {
                return null;
            }
            YNode root = readValue(file, parser, problems, new Strings());
            reportFurtherDocuments(file, parser, problems);
            return root;
        } catch (JacksonException e) {
            reportSyntaxError(file, e, problems);
            return null;
        }
    }

    /**
     * Streams the document to {@code sections}: top-level lists item by item. Returns true when
     * the whole text was read (also when it is empty), false when a syntax error (reported)
     * stopped the reading, so that what follows it is unknown.
     */
    public boolean readSections(String file, Reader reader, Consumer<Problem> problems, Sections sections) {
        Strings strings = new Strings();
        try (JsonParser parser = factory.createParser(ObjectReadContext.empty(), reader)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                return true;
            }
            if (first != JsonToken.START_OBJECT) {
                sections.root(readValue(file, parser, problems, strings));
                reportFurtherDocuments(file, parser, problems);
                return true;
            }
            Map<String, SourcePosition> seen = new HashMap<>();
            while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                String key = strings.of(parser.currentName());
                SourcePosition keyAt = position(file, parser.currentTokenLocation());
                SourcePosition firstAt = seen.putIfAbsent(key, keyAt);
                boolean duplicate = firstAt != null;
                if (duplicate) {
                    problems.accept(duplicateKey(keyAt, key, firstAt));
                }
                if (parser.nextToken() == JsonToken.START_ARRAY && !duplicate) {
                    sections.list(key, keyAt, position(file, parser.currentTokenLocation()));
                    while (parser.nextToken() != JsonToken.END_ARRAY) {
                        sections.item(key, readValue(file, parser, problems, strings));
                    }
                } else {
                    YNode value = readValue(file, parser, problems, strings);
                    if (!duplicate) {
                        sections.value(key, keyAt, value);
                    }
                }
            }
            reportFurtherDocuments(file, parser, problems);
            return true;
        } catch (JacksonException e) {
            reportSyntaxError(file, e, problems);
            return false;
        }
    }

    /**
     * A model file is one YAML document. A further document (after a {@code ---} line) would
     * otherwise be dropped without a word, so the first one with content is reported; empty ones
     * (a trailing {@code ---}) are harmless.
     */
    private static void reportFurtherDocuments(String file, JsonParser parser, Consumer<Problem> problems) {
        for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
            if (token != JsonToken.VALUE_NULL) {
                problems.accept(new Problem(position(file, parser.currentTokenLocation()), "a second YAML document"
                        + " (after '---') is not read: a model file holds one document; move it to a file of its own"));
                return;
            }
        }
    }

    private static void reportSyntaxError(String file, JacksonException e, Consumer<Problem> problems) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof java.nio.charset.CharacterCodingException) {
                problems.accept(new Problem(position(file, e.getLocation()), "not valid UTF-8 text"));
                return;
            }
        }
        if (e.getCause() instanceof MarkedYamlEngineException marked && marked.getProblemMark().isPresent()) {
            Mark mark = marked.getProblemMark().get();
            problems.accept(new Problem(new SourcePosition(file, mark.getLine() + 1, mark.getColumn() + 1),
                    "YAML syntax error: " + describe(marked)));
        } else {
            problems.accept(new Problem(position(file, e.getLocation()), "YAML syntax error: " + describe(e)));
        }
    }

    /**
     * Shares equal short strings (keys, enum words, ids written many times) so that a large model
     * holds each once. Local to one read: no shared mutable state.
     */
    private static final class Strings {
        private static final int MAX_LENGTH = 40;
        private static final int MAX_ENTRIES = 1 << 20;
        private final java.util.HashMap<String, String> seen = new java.util.HashMap<>();

        String of(String text) {
            if (text.length() > MAX_LENGTH || seen.size() >= MAX_ENTRIES) {
                return text;
            }
            String known = seen.putIfAbsent(text, text);
            return known != null ? known : text;
        }
    }

    private YNode readValue(String file, JsonParser parser, Consumer<Problem> problems, Strings strings) {
        // Iterative over containers would be faster to write wrong; recursion depth is capped by
        // maxNestingDepth, so plain recursion is safe here.
        JsonToken token = parser.currentToken();
        SourcePosition at = position(file, parser.currentTokenLocation());
        switch (token) {
            case START_OBJECT: {
                List<YNode.YEntry> entries = new ArrayList<>();
                Map<String, SourcePosition> seen = new HashMap<>();
                while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                    String key = strings.of(parser.currentName());
                    SourcePosition keyAt = position(file, parser.currentTokenLocation());
                    parser.nextToken();
                    YNode value = readValue(file, parser, problems, strings);
                    SourcePosition first = seen.putIfAbsent(key, keyAt);
                    if (first != null) {
                        problems.accept(duplicateKey(keyAt, key, first));
                        continue;
                    }
                    entries.add(new YNode.YEntry(key, keyAt, value));
                }
                return new YNode.YMap(entries, at);
            }
            case START_ARRAY: {
                List<YNode> items = new ArrayList<>();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    items.add(readValue(file, parser, problems, strings));
                }
                return new YNode.YList(items, at);
            }
            case VALUE_STRING:
                if (isAlias(parser)) {
                    problems.accept(aliasProblem(at, parser.getString()));
                    return new YNode.YScalar("", ScalarType.NULL, at);
                }
                return new YNode.YScalar(strings.of(parser.getString()), ScalarType.STRING, at);
            case VALUE_NUMBER_INT:
                return new YNode.YScalar(strings.of(parser.getText()), ScalarType.INTEGER, at);
            case VALUE_NUMBER_FLOAT:
                return new YNode.YScalar(parser.getText(), ScalarType.FLOAT, at);
            case VALUE_TRUE:
            case VALUE_FALSE:
                return new YNode.YScalar(parser.getText(), ScalarType.BOOLEAN, at);
            case VALUE_NULL:
                return new YNode.YScalar("", ScalarType.NULL, at);
            default:
                // Embedded objects and other tokens do not occur in YAML text; treat as text.
                return new YNode.YScalar(String.valueOf(parser.getText()), ScalarType.STRING, at);
        }
    }

    private static Problem duplicateKey(SourcePosition at, String key, SourcePosition first) {
        return new Problem(at, "duplicate key '" + key + "' in this mapping; first given at line " + first.line()
                + ", column " + first.column());
    }

    /**
     * The streaming parser hands an alias value ({@code *name}) over as a string holding the
     * anchor's name; taking that as the value would silently put the wrong text into the model.
     * (An alias as a key is already a syntax error in the parser.)
     */
    private static boolean isAlias(JsonParser parser) {
        return parser instanceof YAMLParser yaml && yaml.isCurrentAlias();
    }

    private static Problem aliasProblem(SourcePosition at, String anchor) {
        return new Problem(at, "YAML alias '*" + anchor + "' is not supported; write the value out in full");
    }

    private static SourcePosition position(String file, TokenStreamLocation location) {
        if (location == null) {
            return new SourcePosition(file, 1, 1);
        }
        return new SourcePosition(file, Math.max(1, location.getLineNr()), Math.max(1, location.getColumnNr()));
    }

    /** "expected ',' or '}', but got <stream end> (while parsing a flow mapping from line 2, column 5)". */
    private static String describe(MarkedYamlEngineException e) {
        String problem = oneLine(e.getProblem());
        String context = e.getContext() == null ? "" : oneLine(e.getContext());
        if (context.isEmpty()) {
            return problem;
        }
        String from = e.getContextMark().map(m -> " from line " + (m.getLine() + 1) + ", column " + (m.getColumn() + 1))
                .orElse("");
        return problem + " (" + context + from + ")";
    }

    private static String oneLine(String text) {
        return text == null ? "" : text.strip().replaceAll("\\s+", " ");
    }

    /** The parser's message without Jackson's location suffix, which we print ourselves. */
    private static String describe(JacksonException e) {
        String message = e.getOriginalMessage();
        if (message == null || message.isBlank()) {
            return e.getClass().getSimpleName();
        }
        String firstLine = message.strip().lines().findFirst().orElse(message).strip();
        return firstLine.replaceAll("\\s+", " ");
    }
}
