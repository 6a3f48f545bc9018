package org.otbridge.report.format;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** A format of characters (UTF-8 in files): text, JSON, Markdown, HTML, CSV. */
public non-sealed interface TextFormat<T> extends ReportFormat<T> {

    /** Writes the whole result to {@code out}; flushes but does not close it. */
    void write(T result, Writer out) throws IOException;

    /** A text format from its parts. */
    static <T> TextFormat<T> of(String name, List<String> fileEndings, String summary, Writing<T> writing) {
        return new Parts<>(name, fileEndings, summary, writing);
    }

    /** A text format made of a name, file endings, a summary and a way of writing. */
    record Parts<T>(String name, List<String> fileEndings, String summary, Writing<T> writing)
            implements TextFormat<T> {

        @Override
        public void write(T result, Writer out) throws IOException {
            writing.write(result, out);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    /** How a text format writes one result. */
    @FunctionalInterface
    interface Writing<T> {
        void write(T result, Writer out) throws IOException;
    }
}
