package org.otbridge.model.yaml;

import java.io.InputStream;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.otbridge.model.Problem;
import org.otbridge.model.SourcePosition;
import org.otbridge.model.yaml.YNode.ScalarType;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.NodeEvent;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;

/**
 * Reads one YAML document into a {@link YNode} tree with positions, straight from SnakeYAML
 * Engine's events (no tree of the library's own, no data binding). Syntax errors, duplicate keys,
 * aliases, tags outside the core schema and crossed {@link ReadLimits} become problems with their
 * line and column; the reader never throws for bad input. Thread-safe and reusable.
 *
 * <p>Plain scalars are typed by YAML's JSON schema: {@code null}, {@code true}/{@code false},
 * decimal integers and floats; everything else, and every quoted or block scalar, is text.
 */
public final class YamlTreeReader {

    private static final String CORE = "tag:yaml.org,2002:";
    /** Mappings up to this size find duplicate keys by looking; larger ones by a hash map. */
    private static final int SMALL_MAPPING = 12;

    private final ReadLimits limits;
    private final LoadSettings settings;

    public YamlTreeReader() {
        this(ReadLimits.defaults());
    }

    public YamlTreeReader(ReadLimits limits) {
        this.limits = limits;
        this.settings = LoadSettings.builder()
                // Our own limits apply, on the way in (CheckedText) and per event.
                .setCodePointLimit(Integer.MAX_VALUE)
                // A larger window makes the parser's look-ahead over a long token cheaper (its
                // cost grows with the token's length squared over this size); normal files do
                // not notice.
                .setBufferSize(1 << 16)
                .setUseMarks(true)
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
     * Reads the document in {@code reader}. Returns null when the text is empty or holds only
     * comments, or when a problem made the rest unreadable (the problem is reported).
     */
    public YNode read(String file, Reader reader, Consumer<Problem> problems) {
        return read(new Session(file, CheckedText.ofChars(reader, limits), problems));
    }

    /**
     * As {@link #read(String, Reader, Consumer)}, for UTF-8 bytes: text that is not UTF-8 is a
     * problem at the first byte that is not part of a character.
     */
    public YNode read(String file, InputStream bytes, Consumer<Problem> problems) {
        return read(new Session(file, CheckedText.ofBytes(bytes, limits), problems));
    }

    private YNode read(Session session) {
        try {
            Event first = session.documentStart();
            if (first == null) {
                return null;
            }
            YNode root = session.node(first, 0);
            session.reportFurtherDocuments();
            return root;
        } catch (Stop stop) {
            return null;
        }
    }

    /**
     * Streams the UTF-8 document in {@code bytes} to {@code sections}: top-level lists item by item.
     * Returns true when the whole text was read (also when it is empty), false when a problem
     * (reported) stopped the reading, so that what follows it is unknown.
     */
    public boolean readSections(String file, InputStream bytes, Consumer<Problem> problems, Sections sections) {
        return readSections(new Session(file, CheckedText.ofBytes(bytes, limits), problems), sections);
    }

    /** As {@link #readSections(String, InputStream, Consumer, Sections)}, for text already decoded. */
    public boolean readSections(String file, Reader text, Consumer<Problem> problems, Sections sections) {
        return readSections(new Session(file, CheckedText.ofChars(text, limits), problems), sections);
    }

    private boolean readSections(Session session, Sections sections) {
        try {
            Event first = session.documentStart();
            if (first == null) {
                return true;
            }
            if (first.getEventId() != Event.ID.MappingStart) {
                sections.root(session.node(first, 0));
                session.reportFurtherDocuments();
                return true;
            }
            session.sections((CollectionStartEvent) first, sections);
            session.reportFurtherDocuments();
            return true;
        } catch (Stop stop) {
            return false;
        }
    }

    /** Unwinds the reading of a file after a problem that leaves the rest unknown (already reported). */
    private static final class Stop extends RuntimeException {
        Stop() {
            super(null, null, false, false);
        }
    }

    /** The reading of one text. */
    private final class Session {
        private final String file;
        private final Consumer<Problem> problems;
        private final ParserImpl parser;
        /** The duplicate-key check of each depth of mapping, reused for the next mapping at that depth. */
        private final List<Keys> keysByDepth = new ArrayList<>();
        /** Entries and items being collected, by depth (see {@link #scratch}). */
        private final List<List<YNode.YEntry>> entriesByDepth = new ArrayList<>();
        private final List<List<YNode>> itemsByDepth = new ArrayList<>();
        /** Line and column of the event last asked about (or of the start). */
        private int line = 1;
        private int column = 1;

        Session(String file, CheckedText text, Consumer<Problem> problems) {
            this.file = file;
            this.problems = problems;
            this.parser = new ParserImpl(settings, new StreamReader(settings, text));
        }

        /** The first event of the first document's root, or null when there is no document. */
        Event documentStart() {
            for (Event event = next(); ; event = next()) {
                switch (event.getEventId()) {
                    case StreamStart, DocumentStart -> {
                        continue;
                    }
                    case StreamEnd -> {
                        return null;
                    }
                    default -> {
                        return event;
                    }
                }
            }
        }

        /** The parser's next event; a syntax error or a problem with the text stops the reading. */
        Event next() {
            try {
                return parser.next();
            } catch (MarkedYamlEngineException e) {
                Optional<Mark> mark = e.getProblemMark();
                throw stop(mark.isPresent() ? position(mark.get()) : here(), "YAML syntax error: " + describe(e));
            } catch (RuntimeException e) {
                // The text's own problems arrive wrapped; anything else from the parser is a
                // syntax error it did not describe (such as a number it could not tokenize).
                for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                    if (cause instanceof CheckedText.TextProblem text) {
                        throw stop(new SourcePosition(file, text.line, text.column), text.getMessage());
                    }
                }
                throw stop(here(), "YAML syntax error: " + oneLine(String.valueOf(e.getMessage())));
            }
        }

        private Stop stop(SourcePosition at, String message) {
            problems.accept(new Problem(at, message));
            return new Stop();
        }

        /** Moves to where {@code event} starts and returns that position. */
        SourcePosition at(Event event) {
            move(event);
            return here();
        }

        /** Moves to where {@code event} starts, without making a position object. */
        private void move(Event event) {
            Optional<Mark> mark = event.getStartMark();
            if (mark.isPresent()) {
                line = mark.get().getLine() + 1;
                column = mark.get().getColumn() + 1;
            }
        }

        private SourcePosition here() {
            return new SourcePosition(file, line, column);
        }

        private SourcePosition position(Mark mark) {
            return new SourcePosition(file, mark.getLine() + 1, mark.getColumn() + 1);
        }

        /** The top-level mapping: lists item by item, other values whole. */
        void sections(CollectionStartEvent start, Sections sections) {
            at(start);
            checkTag(start, "map");
            Keys keys = keys(0);
            for (Event event = next(); event.getEventId() != Event.ID.MappingEnd; event = next()) {
                SourcePosition keyAt = at(event);
                String key = key(event, 1);
                Event valueEvent = next();
                boolean duplicate = key != null && keys.seen(key, keyAt.line(), keyAt.column());
                if (key == null || duplicate) {
                    node(valueEvent, 1);
                } else if (valueEvent.getEventId() == Event.ID.SequenceStart) {
                    CollectionStartEvent list = (CollectionStartEvent) valueEvent;
                    SourcePosition listAt = at(list);
                    checkTag(list, "seq");
                    depth(list, 2);
                    sections.list(key, keyAt, listAt);
                    for (Event item = next(); item.getEventId() != Event.ID.SequenceEnd; item = next()) {
                        sections.item(key, node(item, 2));
                    }
                } else {
                    sections.value(key, keyAt, node(valueEvent, 1));
                }
            }
        }

        /**
         * The node that starts with {@code event}, read to its end. {@code depth} is the number of
         * lists and mappings around it.
         */
        YNode node(Event event, int depth) {
            switch (event.getEventId()) {
                case Scalar:
                    return scalar((ScalarEvent) event);
                case MappingStart:
                    return mapping((CollectionStartEvent) event, depth + 1);
                case SequenceStart:
                    return sequence((CollectionStartEvent) event, depth + 1);
                case Alias: {
                    SourcePosition at = at(event);
                    problems.accept(new Problem(at, "YAML alias '*" + ((AliasEvent) event).getAlias().getValue()
                            + "' is not supported; write the value out in full"));
                    return new YNode.YScalar("", ScalarType.NULL, at);
                }
                default:
                    throw stop(at(event), "YAML syntax error: unexpected " + event.getEventId());
            }
        }

        private YNode.YMap mapping(CollectionStartEvent start, int depth) {
            move(start);
            int atLine = line;
            int atColumn = column;
            checkTag(start, "map");
            depth(start, depth);
            List<YNode.YEntry> entries = scratch(entriesByDepth, depth);
            Keys keys = keys(depth);
            for (Event event = next(); event.getEventId() != Event.ID.MappingEnd; event = next()) {
                move(event);
                int keyLine = line;
                int keyColumn = column;
                String key = key(event, depth);
                YNode value = node(next(), depth);
                if (key != null && !keys.seen(key, keyLine, keyColumn)) {
                    entries.add(new YNode.YEntry(key, file, keyLine, keyColumn, value));
                }
            }
            return new YNode.YMap(entries, file, atLine, atColumn);
        }

        private YNode.YList sequence(CollectionStartEvent start, int depth) {
            move(start);
            int atLine = line;
            int atColumn = column;
            checkTag(start, "seq");
            depth(start, depth);
            List<YNode> items = scratch(itemsByDepth, depth);
            for (Event event = next(); event.getEventId() != Event.ID.SequenceEnd; event = next()) {
                items.add(node(event, depth));
            }
            return new YNode.YList(items, file, atLine, atColumn);
        }

        /**
         * The emptied list that collects the entries or items of the one mapping or list open at
         * {@code depth}; the node keeps an exact copy, so the growing is done once per depth, not
         * once per node.
         */
        private <T> List<T> scratch(List<List<T>> byDepth, int depth) {
            while (byDepth.size() <= depth) {
                byDepth.add(new ArrayList<>());
            }
            List<T> list = byDepth.get(depth);
            list.clear();
            return list;
        }

        /**
         * The emptied duplicate-key check for a mapping at {@code depth}. A mapping's keys are all
         * read before the next mapping at the same depth starts, so one per depth does: a model
         * has hundreds of thousands of small mappings.
         */
        private Keys keys(int depth) {
            while (keysByDepth.size() <= depth) {
                keysByDepth.add(new Keys());
            }
            Keys keys = keysByDepth.get(depth);
            keys.clear();
            return keys;
        }

        private void depth(Event start, int depth) {
            if (depth > limits.depth()) {
                throw stop(at(start), "lists and mappings nested deeper than the depth limit of " + limits.depth()
                        + "; reading stopped here (if the file is genuine, raise it with --limit depth=N;"
                        + " docs/limits.md)");
            }
        }

        /** A mapping key's text, or null (reported) when the key is not text; such a key is read past. */
        private String key(Event event, int depth) {
            if (event instanceof ScalarEvent scalar) {
                String text = scalar.getValue();
                if (text.length() > limits.scalarLength()) {
                    problems.accept(tooLong(at(event), text));
                    return null;
                }
                Optional<String> tag = scalar.getTag();
                if (tag.isPresent()) {
                    tagged(tag.get(), text, scalar, at(event));
                }
                return text;
            }
            SourcePosition at = at(event);
            YNode skipped = node(event, depth);
            if (!(event instanceof AliasEvent)) {
                problems.accept(new Problem(at, "a mapping key must be plain text, found " + skipped.shape()));
            }
            return null;
        }

        private Problem tooLong(SourcePosition at, String text) {
            return new Problem(at, "a value of " + text.length() + " characters, longer than the scalar-length limit"
                    + " of " + ReadLimits.size(limits.scalarLength())
                    + " (if the file is genuine, raise it with --limit scalar-length=SIZE; docs/limits.md)");
        }

        private YNode.YScalar scalar(ScalarEvent event) {
            move(event);
            int at = line;
            int atColumn = column;
            String value = event.getValue();
            if (value.length() > limits.scalarLength()) {
                problems.accept(tooLong(here(), value));
                return new YNode.YScalar("", ScalarType.NULL, file, at, atColumn);
            }
            ScalarType type;
            Optional<String> tag = event.getTag();
            if (tag.isEmpty()) {
                type = event.isPlain() ? PlainScalars.resolve(value) : ScalarType.STRING;
            } else {
                type = tagged(tag.get(), value, event, here());
            }
            return new YNode.YScalar(value, type, file, at, atColumn);
        }

        /** The type a tagged scalar has: core tags that fit their value are honoured, others reported. */
        private ScalarType tagged(String tag, String value, ScalarEvent event, SourcePosition at) {
            ScalarType resolved = PlainScalars.resolve(value);
            ScalarType wanted;
            switch (tag) {
                case "!", CORE + "str":
                    return ScalarType.STRING;
                case CORE + "int":
                    wanted = ScalarType.INTEGER;
                    break;
                case CORE + "float":
                    wanted = resolved == ScalarType.INTEGER ? ScalarType.INTEGER : ScalarType.FLOAT;
                    break;
                case CORE + "bool":
                    wanted = ScalarType.BOOLEAN;
                    break;
                case CORE + "null":
                    wanted = ScalarType.NULL;
                    break;
                default:
                    reportTag(tag, at, tag.equals(CORE + "map") || tag.equals(CORE + "seq")
                            ? "; it does not fit a single value" : "");
                    return event.isPlain() ? resolved : ScalarType.STRING;
            }
            if (resolved != wanted) {
                problems.accept(new Problem(at, "'" + value + "' is not what its tag " + show(tag) + " says it is"));
                return ScalarType.STRING;
            }
            return wanted == ScalarType.INTEGER && tag.equals(CORE + "float") ? ScalarType.FLOAT : wanted;
        }

        private void checkTag(CollectionStartEvent event, String kind) {
            Optional<String> tag = event.getTag();
            if (tag.isPresent() && !tag.get().equals("!") && !tag.get().equals(CORE + kind)) {
                reportTag(tag.get(), at(event), "");
            }
        }

        private void reportTag(String tag, SourcePosition at, String why) {
            problems.accept(new Problem(at, "YAML tag '" + show(tag) + "' is not supported" + why + ": a model holds"
                    + " plain values, lists and mappings (tags of YAML's core schema such as !!str are allowed);"
                    + " remove the tag"));
        }

        /** A model file is one YAML document; content after a {@code ---} would be dropped without a word. */
        void reportFurtherDocuments() {
            for (Event event = next(); event.getEventId() != Event.ID.StreamEnd; event = next()) {
                switch (event.getEventId()) {
                    case DocumentStart, DocumentEnd:
                        continue;
                    case Scalar:
                        ScalarEvent scalar = (ScalarEvent) event;
                        if (scalar.getValue().isEmpty() && scalar.isPlain() && scalar.getTag().isEmpty()) {
                            continue; // an empty document: a trailing '---'
                        }
                        break;
                    default:
                        break;
                }
                problems.accept(new Problem(at(event), "a second YAML document (after '---') is not read: a model"
                        + " file holds one document; move it to a file of its own"));
                return;
            }
        }

        /** Duplicate keys of one mapping, each reported with where the key was first given. */
        private final class Keys {
            private final String[] names = new String[SMALL_MAPPING];
            private final int[] hashes = new int[SMALL_MAPPING];
            private final long[] places = new long[SMALL_MAPPING];
            private int size;
            private Map<String, Long> index;

            void clear() {
                Arrays.fill(names, 0, size, null);
                size = 0;
                index = null;
            }

            /** Whether {@code key} was given before in this mapping (then reported as a duplicate). */
            boolean seen(String key, int keyLine, int keyColumn) {
                long place = ((long) keyLine << 32) | keyColumn;
                Long first = null;
                if (index != null) {
                    first = index.putIfAbsent(key, place);
                } else {
                    // Comparing hashes first makes the look cheap; each key's hash is computed once.
                    int hash = key.hashCode();
                    for (int i = 0; i < size; i++) {
                        if (hashes[i] == hash && names[i].equals(key)) {
                            first = places[i];
                            break;
                        }
                    }
                    if (first == null) {
                        if (size < SMALL_MAPPING) {
                            names[size] = key;
                            hashes[size] = hash;
                            places[size++] = place;
                        } else {
                            index = new HashMap<>();
                            for (int i = 0; i < size; i++) {
                                index.put(names[i], places[i]);
                            }
                            index.put(key, place);
                        }
                    }
                }
                if (first != null) {
                    problems.accept(new Problem(new SourcePosition(file, keyLine, keyColumn), "duplicate key '" + key
                            + "' in this mapping; first given at line " + (first >>> 32) + ", column "
                            + (first & 0xffffffffL)));
                    return true;
                }
                return false;
            }
        }
    }

    /** "!!int" for the core schema's tags, the tag as written otherwise. */
    private static String show(String tag) {
        return tag.startsWith(CORE) ? "!!" + tag.substring(CORE.length()) : tag;
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
}
