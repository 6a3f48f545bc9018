package org.otbridge.report.csv;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.otbridge.analysis.whatif.Reached;
import org.otbridge.analysis.whatif.ServiceAtRisk;
import org.otbridge.analysis.whatif.ServiceImpact;
import org.otbridge.analysis.whatif.Unsupported;
import org.otbridge.analysis.whatif.WhatIfResult;
import org.otbridge.model.Ref;
import org.otbridge.report.WhatIfReport;
import org.otbridge.report.view.Words;

/**
 * A what-if result has no findings; its CSV is one row per effect instead: every element down,
 * every service lost or degraded, every asset left without its supplier, everything an attacker
 * reaches and every service at risk.
 */
public final class WhatIfCsv {

    public static final List<String> COLUMNS = List.of("effect", "element", "type", "impact", "cost", "detail");

    public void write(WhatIfReport report, Writer out) throws IOException {
        WhatIfResult r = report.result();
        Csv csv = new Csv(out);
        csv.record(COLUMNS);
        for (Ref down : r.down()) {
            csv.record(List.of("down", down.key(), down.kind().yamlName(), "", "", r.failed().contains(down) ? "failed" : ""));
        }
        for (ServiceImpact i : r.lost()) {
            csv.record(List.of("lost", i.service().key(), "service", i.impact().yamlName(), "", i.timeToImpact()));
        }
        for (ServiceImpact i : r.degraded()) {
            csv.record(List.of("degraded", i.service().key(), "service", i.impact().yamlName(), "", i.timeToImpact()));
        }
        for (Unsupported u : r.unsupported()) {
            csv.record(List.of("unsupported", u.asset().key(), "asset", "", "", "supplier " + u.supplier().key()
                    + (u.services().isEmpty() ? "" : "; needed by " + Words.keys(u.services()))));
        }
        for (Reached e : r.reached()) {
            csv.record(List.of("reached", e.element().key(), e.type() == null ? e.element().kind().yamlName()
                    : e.type().yamlName(), "", Words.cost(e.cost()), ""));
        }
        for (ServiceAtRisk s : r.servicesAtRisk()) {
            csv.record(List.of("at-risk", s.service().key(), "service", s.impact().yamlName(), Words.cost(s.cost()),
                    "target " + s.target().key() + "; path " + String.join(" -> ", s.path().steps().stream()
                            .map(Ref::key).toList())));
        }
        out.flush();
    }
}
