package org.otbridge.report.diff;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.otbridge.report.view.Words;

/** A diff as Markdown for a merge request comment: what the change opens and what it closes. */
public final class DiffMarkdown {

    public void write(DiffResult d, Writer out) throws IOException {
        StringBuilder md = new StringBuilder("# OT Bridge: what this change does\n\n");
        md.append(Words.plural(d.newProblems().size(), "new problem")).append(", ")
                .append(Words.plural(d.fixedProblems().size(), "fixed problem")).append("; ")
                .append(Words.plural(d.newFindings().size(), "new finding")).append(", ")
                .append(Words.plural(d.fixedFindings().size(), "fixed finding")).append(", ")
                .append(d.changedFindings().size()).append(" changed in severity.\n\n");
        if (d.isEmpty()) {
            md.append("Nothing changed.\n");
        }
        problems(md, "New problems", d.newProblems());
        if (!d.changedProblems().isEmpty()) {
            md.append("## Problems changed in severity\n\n| Severity | Was | Subject | Problem |\n| --- | --- | --- | --- |\n");
            for (DiffResult.ProblemChange c : d.changedProblems()) {
                md.append("| ").append(c.problem().severity().yamlName()).append(" | ").append(c.before().yamlName())
                        .append(" | ").append(text(String.join(", ", c.problem().subjects()))).append(" | ")
                        .append(text(c.problem().title())).append(" |\n");
            }
            md.append('\n');
        }
        problems(md, "Fixed problems", d.fixedProblems());
        findings(md, "New findings", d.newFindings());
        if (!d.changedFindings().isEmpty()) {
            md.append("## Changed in severity\n\n| Severity | Was | Rule | Finding |\n| --- | --- | --- | --- |\n");
            for (DiffResult.SeverityChange c : d.changedFindings()) {
                md.append("| ").append(c.finding().severity().yamlName()).append(" | ").append(c.before().yamlName())
                        .append(" | `").append(c.finding().rule()).append("` | ").append(text(c.finding().title())).append(" |\n");
            }
            md.append('\n');
        }
        findings(md, "Fixed findings", d.fixedFindings());
        elements(md, "Meeting points added", d.meetingPointsAdded());
        elements(md, "Meeting points removed", d.meetingPointsRemoved());
        elements(md, "Shortcuts added", d.shortcutsAdded());
        elements(md, "Shortcuts removed", d.shortcutsRemoved());
        services(md, "Exposure changed (cheapest attack cost)", d.exposureChanged(), true);
        services(md, "Failure impact changed (elements that stop the service alone)", d.failureImpactChanged(), false);
        if (!d.outageChanged().isEmpty()) {
            md.append("## Outage time changed (how soon an attack stops the service, faster than it tolerates)\n\n"
                    + "| Service | Before | After |\n| --- | --- | --- |\n");
            for (DiffResult.ServiceChange c : d.outageChanged()) {
                md.append("| `").append(c.service()).append("` | ").append(DiffText.hours(c.before())).append(" | ")
                        .append(DiffText.hours(c.after())).append(" |\n");
            }
            md.append('\n');
        }
        if (!d.driftChanged().isEmpty()) {
            md.append("## Drift changed (observed traffic against the model)\n\n| Count | Before | After |\n| --- | --- | --- |\n");
            for (DiffResult.CountChange c : d.driftChanged()) {
                md.append("| `").append(c.count()).append("` | ").append(c.before()).append(" | ").append(c.after())
                        .append(" |\n");
            }
            md.append('\n');
        }
        out.write(md.toString());
        out.flush();
    }

    private static void problems(StringBuilder md, String heading, List<Snapshot.ProblemFacts> problems) {
        if (problems.isEmpty()) {
            return;
        }
        md.append("## ").append(heading).append("\n\n| Severity | Subject | Problem |\n| --- | --- | --- |\n");
        for (Snapshot.ProblemFacts p : problems) {
            md.append("| ").append(p.severity().yamlName()).append(" | ").append(text(String.join(", ", p.subjects())))
                    .append(" | ").append(text(p.title())).append(" |\n");
        }
        md.append('\n');
    }

    private static void findings(StringBuilder md, String heading, List<Snapshot.FindingFacts> findings) {
        if (findings.isEmpty()) {
            return;
        }
        md.append("## ").append(heading).append("\n\n| Severity | Rule | Finding | Subjects |\n| --- | --- | --- | --- |\n");
        for (Snapshot.FindingFacts f : findings) {
            md.append("| ").append(f.severity().yamlName()).append(" | `").append(f.rule()).append("` | ")
                    .append(text(f.title())).append(" | ").append(text(String.join(", ", f.subjects()))).append(" |\n");
        }
        md.append('\n');
    }

    private static void elements(StringBuilder md, String heading, List<DiffResult.Element> elements) {
        if (elements.isEmpty()) {
            return;
        }
        md.append("## ").append(heading).append("\n\n");
        elements.forEach(e -> md.append("- `").append(e.key().replace('`', '\'')).append("`: ").append(text(e.detail())).append('\n'));
        md.append('\n');
    }

    private static void services(StringBuilder md, String heading, List<DiffResult.ServiceChange> changes, boolean cost) {
        if (changes.isEmpty()) {
            return;
        }
        md.append("## ").append(heading).append("\n\n| Service | Before | After |\n| --- | --- | --- |\n");
        for (DiffResult.ServiceChange c : changes) {
            md.append("| `").append(c.service()).append("` | ").append(cost ? Words.cost(c.before()) : String.valueOf((long) c.before()))
                    .append(" | ").append(cost ? Words.cost(c.after()) : String.valueOf((long) c.after())).append(" |\n");
        }
        md.append('\n');
    }

    private static String text(String value) {
        return Words.oneLine(value).replace("|", "\\|").replace("<", "&lt;").replace(">", "&gt;");
    }
}
