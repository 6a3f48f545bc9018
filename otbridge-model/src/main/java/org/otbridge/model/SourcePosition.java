package org.otbridge.model;

/** Where an element or value was written: file as the user named it, 1-based line and column. */
public record SourcePosition(String file, int line, int column) implements Comparable<SourcePosition> {

    /** Position of something that has no place in a file, such as a built-in default. */
    public static SourcePosition none(String file) {
        return new SourcePosition(file, 0, 0);
    }

    @Override
    public int compareTo(SourcePosition other) {
        // By file, line, column; written out, as every load makes this class ready.
        int byFile = file.compareTo(other.file);
        if (byFile != 0) {
            return byFile;
        }
        return line != other.line ? Integer.compare(line, other.line) : Integer.compare(column, other.column);
    }

    @Override
    public String toString() {
        return file + ":" + line + ":" + column;
    }
}
