package org.otbridge.report.markdown;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.otbridge.analysis.whatif.Reached;
import org.otbridge.analysis.whatif.WhatIfResult;
import org.otbridge.report.WhatIfReport;
import org.otbridge.report.WhatIfText;
import org.otbridge.report.view.WhatIfFacts;
import org.otbridge.report.view.Words;

/** A what-if result as Markdown: what fails, which services stop and when, what an attacker reaches. */
public final class WhatIfMarkdown {

    static final int REACHED_SHOWN = 25;

    public void write(WhatIfReport report, Writer out) throws IOException {
        WhatIfResult r = report.result();
        StringBuilder md = new StringBuilder();
        md.append("# ").append(Md.text(WhatIfFacts.headline(report))).append("\n\n");
        md.append("Model: ").append(Md.text(MarkdownReport.name(report.model()))).append("\n\n");
        if (report.scenario() != null && report.scenario().description() != null) {
            md.append(Md.text(report.scenario().description())).append("\n\n");
        }
        if (!r.failed().isEmpty()) {
            md.append("- **Fails:** ").append(Md.text(Words.keys(r.failed()))).append('\n');
        }
        if (!r.compromised().isEmpty()) {
            md.append("- **An attacker holds:** ").append(Md.text(Words.keys(r.compromised()))).append('\n');
        }
        r.notes().forEach(n -> md.append("- _Note:_ ").append(Md.text(n)).append('\n'));
        md.append('\n');
        if (!r.failed().isEmpty()) {
            md.append("## What stops\n\n").append(Words.plural(r.downCount(), "element")).append(" down.\n\n");
            List<WhatIfFacts.ServiceRow> services = WhatIfFacts.services(r);
            if (services.isEmpty()) {
                md.append("No service stops.\n\n");
            } else {
                md.append(Md.header("Service", "Impact", "Effect", "Time to impact")).append('\n');
                for (WhatIfFacts.ServiceRow s : services) {
                    md.append(Md.row(List.of(Md.code(s.service()) + " " + Md.text(s.name()), s.impact(), s.effect(),
                            Md.text(s.timeToImpact())))).append('\n');
                }
                md.append("\n### In order, if nothing is restored\n\n");
                for (String line : WhatIfText.timeline(r)) {
                    md.append("- ").append(Md.text(line)).append('\n');
                }
                md.append('\n');
            }
            if (!r.unsupported().isEmpty()) {
                md.append("### Running without their supplier\n\n");
                r.unsupported().forEach(u -> md.append("- ").append(Md.code(u.asset().key())).append(" (")
                        .append(Md.code(u.supplier().key())).append(")\n"));
                md.append('\n');
            }
        }
        if (!r.compromised().isEmpty()) {
            md.append("## What an attacker reaches\n\n").append(Words.plural(r.reachedCount(), "element"))
                    .append(" reached, cheapest first.\n\n");
            if (!r.reached().isEmpty()) {
                md.append(Md.header("Element", "Type", "Cost")).append('\n');
                for (Reached e : r.reached().subList(0, Math.min(REACHED_SHOWN, r.reachedCount()))) {
                    md.append(Md.row(List.of(Md.code(e.element().key()), e.type() == null ? "" : e.type().yamlName(),
                            Words.cost(e.cost())))).append('\n');
                }
                MarkdownReport.more(md, r.reachedCount(), REACHED_SHOWN, "element");
            }
            List<WhatIfFacts.RiskRow> risks = WhatIfFacts.risks(r);
            md.append("### Services at risk\n\n");
            if (risks.isEmpty()) {
                md.append("No service needs an asset the attacker reaches.\n\n");
            } else {
                md.append(Md.header("Service", "Impact", "Target", "Cost", "Path")).append('\n');
                for (WhatIfFacts.RiskRow s : risks) {
                    md.append(Md.row(List.of(Md.code(s.service()) + " " + Md.text(s.name()), s.impact(),
                            Md.code(s.target()), s.cost(), Md.text(s.steps())))).append('\n');
                }
                md.append('\n');
            }
        }
        md.append("_Everything: `--format json`._\n");
        out.write(md.toString());
        out.flush();
    }
}
