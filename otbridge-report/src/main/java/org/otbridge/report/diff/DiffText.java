package org.otbridge.report.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.otbridge.report.view.Words;

/** A diff as plain text for a terminal or a pipeline log: one line per change, new and worse first. */
public final class DiffText {

    static final int SHOWN = 50;

    public String render(DiffResult d) {
        List<String> lines = new ArrayList<>();
        lines.add("Changes from " + d.oldName() + " to " + d.newName() + ":");
        if (d.isEmpty()) {
            lines.add("  nothing changed");
            return String.join("\n", lines) + "\n";
        }
        lines.add("  problems: " + d.newProblems().size() + " new, " + d.fixedProblems().size() + " fixed, "
                + d.changedProblems().size() + " changed in severity");
        lines.add("  findings: " + d.newFindings().size() + " new, " + d.fixedFindings().size() + " fixed, "
                + d.changedFindings().size() + " changed in severity");
        section(lines, "New problems:", d.newProblems().stream().map(DiffText::problem).toList());
        section(lines, "Problems changed in severity:", d.changedProblems().stream()
                .map(c -> problem(c.problem()) + " (was " + c.before().yamlName() + ")").toList());
        section(lines, "Fixed problems:", d.fixedProblems().stream().map(DiffText::problem).toList());
        section(lines, "New findings:", d.newFindings().stream().map(f -> finding(f)).toList());
        section(lines, "Changed in severity:", d.changedFindings().stream()
                .map(c -> String.format(Locale.ROOT, "%-8s  %-13s %s (was %s)", c.finding().severity().yamlName()
                        .toUpperCase(Locale.ROOT), c.finding().rule(), Words.shorten(c.finding().title(), 60),
                        c.before().yamlName())).toList());
        section(lines, "Fixed findings:", d.fixedFindings().stream().map(f -> finding(f)).toList());
        section(lines, "Meeting points added:", d.meetingPointsAdded().stream().map(e -> e.key() + " (" + e.detail() + ")").toList());
        section(lines, "Meeting points removed:", d.meetingPointsRemoved().stream().map(e -> e.key() + " (" + e.detail() + ")").toList());
        section(lines, "Shortcuts added:", d.shortcutsAdded().stream().map(e -> e.key() + " (" + e.detail() + ")").toList());
        section(lines, "Shortcuts removed:", d.shortcutsRemoved().stream().map(e -> e.key()).toList());
        section(lines, "Exposure changed (cheapest attack cost):", d.exposureChanged().stream()
                .map(c -> c.service() + ": " + Words.cost(c.before()) + " -> " + Words.cost(c.after())
                        + (c.worse() ? " (easier to attack)" : "")).toList());
        section(lines, "Failure impact changed (elements that stop the service alone):", d.failureImpactChanged().stream()
                .map(c -> c.service() + ": " + (long) c.before() + " -> " + (long) c.after()).toList());
        section(lines, "Outage time changed (how soon an attack stops the service, faster than it tolerates):",
                d.outageChanged().stream().map(c -> c.service() + ": " + hours(c.before()) + " -> " + hours(c.after())
                        + (c.worse() ? " (sooner)" : "")).toList());
        section(lines, "Drift changed (observed traffic against the model):", d.driftChanged().stream()
                .map(c -> c.count().replace('_', ' ') + ": " + c.before() + " -> " + c.after()).toList());
        return String.join("\n", lines) + "\n";
    }

    private static String problem(Snapshot.ProblemFacts p) {
        return String.format(Locale.ROOT, "%-8s  %s: %s%s", p.severity().yamlName().toUpperCase(Locale.ROOT),
                p.subjects().isEmpty() ? "" : p.subjects().get(0), Words.shorten(p.title(), 60),
                p.accepted() ? " (accepted)" : "");
    }

    /** Hours as a diff shows them: "none" when no attack stops the service faster than it tolerates. */
    public static String hours(double value) {
        if (!Double.isFinite(value)) {
            return "none";
        }
        return value == 0 ? "at once" : org.otbridge.analysis.Durations.words(java.time.Duration.ofMinutes(Math.round(value * 60)));
    }

    private static String finding(Snapshot.FindingFacts f) {
        return String.format(Locale.ROOT, "%-8s  %-13s %s%s", f.severity().yamlName().toUpperCase(Locale.ROOT), f.rule(),
                Words.shorten(f.title(), 60), f.accepted() ? " (accepted)" : "") + "\n            "
                + String.join(", ", f.subjects().stream().limit(3).toList()) + (f.subjects().size() > 3 ? ", ..." : "");
    }

    private static void section(List<String> lines, String heading, List<String> items) {
        if (items.isEmpty()) {
            return;
        }
        lines.add("");
        lines.add(heading);
        for (String item : items.subList(0, Math.min(SHOWN, items.size()))) {
            lines.add("  " + item);
        }
        if (items.size() > SHOWN) {
            lines.add("  ... and " + (items.size() - SHOWN) + " more (--format json has all)");
        }
    }
}
