package org.otbridge.report.html.view;

import java.util.List;
import java.util.Map;
import org.otbridge.analysis.Assessment;
import org.otbridge.analysis.Severity;
import org.otbridge.report.view.BoardNumbers;
import org.otbridge.report.view.RuleGroups;
import org.otbridge.report.view.Words;

/**
 * The first page, for the board: the four questions in numbers, the worst findings in plain
 * words, and the slots for results still to come (scorecard, top actions, attacks that could stop
 * a critical service).
 */
public record OverviewView(BoardNumbers numbers, List<SeverityCount> severities, long accepted,
        List<WorstFinding> worst, int moreRules, List<Slot> slots) {

    /** Findings of one severity that are not accepted. */
    public record SeverityCount(String severity, int count) {
    }

    /** One rule's findings in plain words. */
    public record WorstFinding(String severity, String rule, String title, String detail, int count, String services,
            String recommendation) {
    }

    static final int WORST_SHOWN = 6;

    public OverviewView {
        severities = List.copyOf(severities);
        worst = List.copyOf(worst);
        slots = List.copyOf(slots);
    }

    public static OverviewView of(Assessment assessment, List<Slot> slots) {
        List<SeverityCount> severities = new java.util.ArrayList<>();
        for (Map.Entry<Severity, Integer> e : assessment.countsBySeverity().entrySet()) {
            severities.add(new SeverityCount(e.getKey().yamlName(), e.getValue()));
        }
        RuleGroups groups = RuleGroups.open(assessment.findings());
        List<WorstFinding> worst = groups.top(WORST_SHOWN).stream().map(g -> new WorstFinding(g.severity().yamlName(),
                g.rule(), Words.oneLine(g.title()), g.detail(), g.count(),
                g.services().isEmpty() ? "no declared service" : Words.someKeys(g.services(), 4),
                Words.oneLine(g.first().recommendation()))).toList();
        return new OverviewView(BoardNumbers.of(assessment), severities, assessment.acceptedCount(), worst,
                Math.max(0, groups.groups().size() - WORST_SHOWN), slots);
    }

    public String cost(double value) {
        return Words.cost(value);
    }

    public String count(long value) {
        return Words.count(value);
    }
}
