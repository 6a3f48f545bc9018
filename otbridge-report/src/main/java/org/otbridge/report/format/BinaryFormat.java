package org.otbridge.report.format;

import java.io.IOException;
import java.io.OutputStream;

/** A format of bytes, such as a spreadsheet; written to files only, never to a terminal. */
public non-sealed interface BinaryFormat<T> extends ReportFormat<T> {

    /** Writes the whole result to {@code out}; flushes but does not close it. */
    void write(T result, OutputStream out) throws IOException;
}
