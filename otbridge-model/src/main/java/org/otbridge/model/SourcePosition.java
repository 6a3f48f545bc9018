package org.otbridge.model;

import java.util.Comparator;

/** Where an element or value was written: file as the user named it, 1-based line and column. */
public record SourcePosition(String file, int line, int column) implements Comparable<SourcePosition> {

    private static final Comparator<SourcePosition> ORDER = Comparator
            .comparing(SourcePosition::file)
            .thenComparingInt(SourcePosition::line)
            .thenComparingInt(SourcePosition::column);

    /** Position of something that has no place in a file, such as a built-in default. */
    public static SourcePosition none(String file) {
        return new SourcePosition(file, 0, 0);
    }

    @Override
    public int compareTo(SourcePosition other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return file + ":" + line + ":" + column;
    }
}
