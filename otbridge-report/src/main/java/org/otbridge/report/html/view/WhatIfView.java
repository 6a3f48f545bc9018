package org.otbridge.report.html.view;

import java.util.List;
import org.otbridge.analysis.whatif.WhatIfResult;
import org.otbridge.report.WhatIfReport;
import org.otbridge.report.WhatIfText;
import org.otbridge.report.view.WhatIfFacts;
import org.otbridge.report.view.Words;

/** A what-if result for its HTML page: inputs, what stops and when, what an attacker reaches. */
public record WhatIfView(String headline, String description, String failed, String compromised, List<String> notes,
        int down, Shown<String> downElements, List<WhatIfFacts.ServiceRow> services, List<String> timeline,
        List<String> unsupported, Shown<ReachedRow> reached, List<WhatIfFacts.RiskRow> risks) {

    public record ReachedRow(String element, String type, String cost) {
    }

    static final int SHOWN = 500;

    public WhatIfView {
        notes = List.copyOf(notes);
        services = List.copyOf(services);
        timeline = List.copyOf(timeline);
        unsupported = List.copyOf(unsupported);
        risks = List.copyOf(risks);
    }

    public static WhatIfView of(WhatIfReport report) {
        WhatIfResult r = report.result();
        String description = report.scenario() == null || report.scenario().description() == null ? ""
                : Words.oneLine(report.scenario().description());
        List<ReachedRow> reached = r.reached().stream().map(e -> new ReachedRow(e.element().key(),
                e.type() == null ? e.element().kind().yamlName() : e.type().yamlName(), Words.cost(e.cost()))).toList();
        List<String> unsupported = r.unsupported().stream().map(u -> u.asset().key() + " (supplier " + u.supplier().key()
                + (u.services().isEmpty() ? "" : "; needed by " + Words.keys(u.services())) + ")").toList();
        return new WhatIfView(WhatIfFacts.headline(report), description, Words.keys(r.failed()), Words.keys(r.compromised()),
                r.notes(), r.downCount(), Shown.first(r.down().stream().map(d -> d.key()).toList(), SHOWN),
                WhatIfFacts.services(r), WhatIfText.timeline(r).stream().map(String::strip).toList(), unsupported,
                Shown.first(reached, SHOWN), WhatIfFacts.risks(r));
    }

    public boolean failure() {
        return !failed.isEmpty();
    }

    public boolean compromise() {
        return !compromised.isEmpty();
    }
}
