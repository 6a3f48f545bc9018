package org.otbridge.report.xlsx;

import static org.otbridge.report.xlsx.Sheet.column;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.otbridge.analysis.whatif.WhatIfResult;
import org.otbridge.model.Ref;
import org.otbridge.report.WhatIfReport;
import org.otbridge.report.WhatIfText;
import org.otbridge.report.view.WhatIfFacts;

/** A what-if result as a workbook: elements down, services that stop, the timeline, what an attacker reaches. */
public final class WhatIfXlsx {

    public void write(WhatIfReport report, OutputStream out) throws IOException {
        WhatIfResult r = report.result();
        List<Sheet<?>> sheets = List.of(
                new Sheet<>("Down", List.of(column("element", 40), column("kind", 12), column("failed", 8)), r.down(),
                        d -> List.of(d.key(), d.kind().yamlName(), r.failed().contains(d))),
                new Sheet<>("Services", List.of(column("service", 30), column("name", 30), column("impact", 10),
                        column("effect", 10), column("time to impact", 60)), WhatIfFacts.services(r),
                        s -> List.of(s.service(), s.name(), s.impact(), s.effect(), s.timeToImpact())),
                new Sheet<>("Timeline", List.of(column("what happens", 100)), WhatIfText.timeline(r),
                        line -> List.of(line.strip())),
                new Sheet<>("Reached", List.of(column("element", 40), column("type", 14), column("cost", 8)), r.reached(),
                        e -> List.of(e.element().key(), e.type() == null ? e.element().kind().yamlName()
                                : e.type().yamlName(), e.cost())),
                new Sheet<>("Services at risk", List.of(column("service", 30), column("impact", 10), column("target", 30),
                        column("cost", 8), column("assets reached", 14), column("path", 80), column("techniques", 30)),
                        WhatIfFacts.risks(r), s -> List.of(s.service(), s.impact(), s.target(), s.cost(),
                                s.assetsReached(), s.steps(), s.techniques())),
                new Sheet<>("Unsupported", List.of(column("asset", 36), column("supplier", 30), column("services", 50)),
                        r.unsupported(), u -> List.of(u.asset().key(), u.supplier().key(),
                                String.join(", ", u.services().stream().map(Ref::key).toList()))));
        Workbooks.write(sheets, out);
    }
}
