package org.otbridge.report.html;

import java.io.IOException;
import java.io.Writer;
import org.otbridge.report.WhatIfReport;

/** A what-if result as one self-contained HTML page. */
public final class WhatIfHtml {

    private final Templates templates = new Templates();

    public void write(WhatIfReport report, Writer out) throws IOException {
        templates.page(new WhatIfPage(templates).of(report), out);
    }
}
