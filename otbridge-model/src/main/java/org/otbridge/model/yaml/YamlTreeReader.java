package org.otbridge.model.yaml;

import java.io.Reader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
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

    /**
     * Reads the document in {@code reader}. Returns null when the file is empty or holds only
     * comments, or when a syntax error made the rest unreadable (the error is reported).
     */
    public YNode read(String file, Reader reader, Consumer<Problem> problems) {
        try (JsonParser parser = factory.createParser(ObjectReadContext.empty(), reader)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                return null;
            }
            YNode root = readValue(file, parser, problems);
            return root;
        } catch (JacksonException e) {
            if (e.getCause() instanceof MarkedYamlEngineException marked && marked.getProblemMark().isPresent()) {
                Mark mark = marked.getProblemMark().get();
                problems.accept(new Problem(new SourcePosition(file, mark.getLine() + 1, mark.getColumn() + 1),
                        "YAML syntax error: " + describe(marked)));
            } else {
                problems.accept(new Problem(position(file, e.getLocation()), "YAML syntax error: " + describe(e)));
            }
            return null;
        }
    }

    private YNode readValue(String file, JsonParser parser, Consumer<Problem> problems) {
        // Iterative over containers would be faster to write wrong; recursion depth is capped by
        // maxNestingDepth, so plain recursion is safe here.
        JsonToken token = parser.currentToken();
        SourcePosition at = position(file, parser.currentTokenLocation());
        switch (token) {
            case START_OBJECT: {
                List<YNode.YEntry> entries = new ArrayList<>();
                Set<String> seen = new HashSet<>();
                while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                    String key = parser.currentName();
                    SourcePosition keyAt = position(file, parser.currentTokenLocation());
                    parser.nextToken();
                    YNode value = readValue(file, parser, problems);
                    if (!seen.add(key)) {
                        problems.accept(new Problem(keyAt, "duplicate key '" + key + "' in this mapping"));
                        continue;
                    }
                    entries.add(new YNode.YEntry(key, keyAt, value));
                }
                return new YNode.YMap(entries, at);
            }
            case START_ARRAY: {
                List<YNode> items = new ArrayList<>();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    items.add(readValue(file, parser, problems));
                }
                return new YNode.YList(items, at);
            }
            case VALUE_STRING:
                return new YNode.YScalar(parser.getString(), ScalarType.STRING, at);
            case VALUE_NUMBER_INT:
                return new YNode.YScalar(parser.getText(), ScalarType.INTEGER, at);
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
