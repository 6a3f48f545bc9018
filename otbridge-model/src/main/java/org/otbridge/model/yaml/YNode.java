package org.otbridge.model.yaml;

import java.util.List;
import org.otbridge.model.SourcePosition;

/**
 * A YAML value with the position it was written at. Jackson's own trees drop positions, and
 * every model problem must name its line and column, so the loader reads into these instead.
 */
public sealed interface YNode {

    SourcePosition at();

    /** A human word for the node's shape, used in "expected a list, found a mapping". */
    String shape();

    /** A mapping, keys in the order written; its position kept as numbers, as for {@link YScalar}. */
    record YMap(List<YEntry> entries, String file, int line, int column) implements YNode {
        public YMap {
            entries = List.copyOf(entries);
        }

        public YMap(List<YEntry> entries, SourcePosition at) {
            this(entries, at.file(), at.line(), at.column());
        }

        @Override
        public SourcePosition at() {
            return new SourcePosition(file, line, column);
        }

        public YEntry entry(String key) {
            for (YEntry entry : entries) {
                if (entry.key().equals(key)) {
                    return entry;
                }
            }
            return null;
        }

        public YNode get(String key) {
            YEntry entry = entry(key);
            return entry == null ? null : entry.value();
        }

        @Override
        public String shape() {
            return "a mapping";
        }
    }

    /**
     * One key of a mapping with the position of the key itself. The position is kept as numbers
     * and made into a {@link SourcePosition} when asked for: most keys never are.
     */
    record YEntry(String key, String file, int keyLine, int keyColumn, YNode value) {

        public YEntry(String key, SourcePosition keyAt, YNode value) {
            this(key, keyAt.file(), keyAt.line(), keyAt.column(), value);
        }

        public SourcePosition keyAt() {
            return new SourcePosition(file, keyLine, keyColumn);
        }
    }

    /** A list; its position kept as numbers, as for {@link YScalar}. */
    record YList(List<YNode> items, String file, int line, int column) implements YNode {
        public YList {
            items = List.copyOf(items);
        }

        public YList(List<YNode> items, SourcePosition at) {
            this(items, at.file(), at.line(), at.column());
        }

        @Override
        public SourcePosition at() {
            return new SourcePosition(file, line, column);
        }

        @Override
        public String shape() {
            return "a list";
        }
    }

    /**
     * A scalar as written, with the type YAML resolved it to. The position is kept as numbers and
     * made into a {@link SourcePosition} when asked for: a large model has millions of scalars.
     */
    record YScalar(String text, ScalarType type, String file, int line, int column) implements YNode {

        public YScalar(String text, ScalarType type, SourcePosition at) {
            this(text, type, at.file(), at.line(), at.column());
        }

        @Override
        public SourcePosition at() {
            return new SourcePosition(file, line, column);
        }

        public boolean isNull() {
            return type == ScalarType.NULL;
        }

        @Override
        public String shape() {
            return switch (type) {
                case NULL -> "nothing";
                case BOOLEAN -> "true/false";
                case INTEGER, FLOAT -> "a number";
                case STRING -> "text";
            };
        }
    }

    enum ScalarType { STRING, INTEGER, FLOAT, BOOLEAN, NULL }
}
