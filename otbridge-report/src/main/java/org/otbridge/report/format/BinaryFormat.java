package org.otbridge.report.format;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/** A format of bytes, such as a spreadsheet; written to files only, never to a terminal. */
public non-sealed interface BinaryFormat<T> extends ReportFormat<T> {

    /** Writes the whole result to {@code out}; flushes but does not close it. */
    void write(T result, OutputStream out) throws IOException;

    /** A binary format from its parts. */
    static <T> BinaryFormat<T> of(String name, List<String> fileEndings, String summary, Writing<T> writing) {
        return new Parts<>(name, fileEndings, summary, writing);
    }

    /** A binary format made of a name, file endings, a summary and a way of writing. */
    record Parts<T>(String name, List<String> fileEndings, String summary, Writing<T> writing)
            implements BinaryFormat<T> {

        @Override
        public void write(T result, OutputStream out) throws IOException {
            writing.write(result, out);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    /** How a binary format writes one result. */
    @FunctionalInterface
    interface Writing<T> {
        void write(T result, OutputStream out) throws IOException;
    }
}
