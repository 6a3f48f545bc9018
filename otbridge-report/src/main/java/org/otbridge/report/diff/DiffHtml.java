package org.otbridge.report.diff;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.otbridge.report.html.HtmlPages;
import org.otbridge.report.html.Section;
import org.otbridge.report.html.Templates;
import org.otbridge.report.view.ReportVersion;

/** A diff as one self-contained HTML page, styled like the assessment report. */
public final class DiffHtml {

    private final Templates templates = new Templates();

    public void write(DiffResult d, Writer out) throws IOException {
        List<Section> sections = new ArrayList<>();
        sections.add(Section.board("changes", "What changed", "From " + d.oldName() + " to " + d.newName() + ".",
                templates.content("diff/changes.jte", d)));
        templates.page(HtmlPages.page("OT Bridge diff", d.oldName() + " → " + d.newName(), sections,
                "OT Bridge " + ReportVersion.get() + "."), out);
    }
}
