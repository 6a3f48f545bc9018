package org.otbridge.report.html;

import java.io.IOException;
import java.io.Writer;
import org.otbridge.analysis.Assessment;

/**
 * An assessment as one self-contained HTML file: inline style, script and SVG, nothing fetched,
 * printable to PDF from a browser. Page one is for the board; the diagram, tables and every
 * finding follow.
 */
public final class HtmlReport {

    private final Templates templates = new Templates();

    public void write(Assessment assessment, Writer out) throws IOException {
        templates.page(new AssessmentPage(templates).of(assessment), out);
    }
}
