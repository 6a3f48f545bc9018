package org.otbridge.report.html;

import java.util.ArrayList;
import java.util.List;
import org.otbridge.report.WhatIfReport;
import org.otbridge.report.html.view.WhatIfView;
import org.otbridge.report.view.ReportVersion;

/** The sections of a what-if page: the case, what stops (for a failure), what an attacker reaches (for a compromise). */
public final class WhatIfPage {

    private final Templates templates;

    public WhatIfPage(Templates templates) {
        this.templates = templates;
    }

    public Page of(WhatIfReport report) {
        WhatIfView view = WhatIfView.of(report);
        List<Section> sections = new ArrayList<>();
        sections.add(Section.board("case", "The case", view.description(), templates.content("whatif/case.jte", view)));
        if (view.failure()) {
            sections.add(Section.of("stops", "What stops", "Services lost or on their fallback, and in what order.",
                    templates.content("whatif/stops.jte", view)));
        }
        if (view.compromise()) {
            sections.add(Section.of("reach", "What an attacker reaches",
                    "Everything reachable from the compromised elements, and the services that need it.",
                    templates.content("whatif/reach.jte", view)));
        }
        String name = report.model().name() == null || report.model().name().isBlank() ? "Model" : report.model().name();
        return HtmlPages.page(view.headline(), name, sections, "OT Bridge " + ReportVersion.get() + ".");
    }
}
