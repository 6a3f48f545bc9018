package org.otbridge.analysis;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.otbridge.analysis.boundary.MeetingPoint;
import org.otbridge.analysis.exposure.AttackPath;
import org.otbridge.analysis.exposure.Shortcut;
import org.otbridge.analysis.governance.RaciMatrix;
import org.otbridge.analysis.resilience.ResilienceResult;
import org.otbridge.analysis.whatif.ScenarioResult;
import org.otbridge.model.Model;
import org.otbridge.model.Problem;

/**
 * The result of assessing one model: findings in the contract's order and the facts behind them.
 * Views (JSON, text, HTML...) only present it. {@code runProblems} are what kept the run from
 * being complete, such as a rule stopped at its limits; a caller decides whether to go on.
 */
public record Assessment(Model model, List<Finding> findings, List<MeetingPoint> meetingPoints,
        List<AttackPath> attackPaths, List<Shortcut> shortcuts, ResilienceResult resilience,
        List<ScenarioResult> scenarios, RaciMatrix raci, List<Problem> runProblems) {

    public Assessment {
        findings = findings.stream().sorted(Finding.ORDER).toList();
        meetingPoints = List.copyOf(meetingPoints);
        attackPaths = List.copyOf(attackPaths);
        shortcuts = List.copyOf(shortcuts);
        scenarios = List.copyOf(scenarios);
        raci = raci == null ? RaciMatrix.empty() : raci;
        runProblems = runProblems.stream().sorted().toList();
    }

    /** A complete assessment: nothing stopped on the way. */
    public Assessment(Model model, List<Finding> findings, List<MeetingPoint> meetingPoints,
            List<AttackPath> attackPaths, List<Shortcut> shortcuts, ResilienceResult resilience,
            List<ScenarioResult> scenarios, RaciMatrix raci) {
        this(model, findings, meetingPoints, attackPaths, shortcuts, resilience, scenarios, raci, List.of());
    }

    /** An assessment without a RACI matrix. */
    public Assessment(Model model, List<Finding> findings, List<MeetingPoint> meetingPoints,
            List<AttackPath> attackPaths, List<Shortcut> shortcuts, ResilienceResult resilience,
            List<ScenarioResult> scenarios) {
        this(model, findings, meetingPoints, attackPaths, shortcuts, resilience, scenarios, RaciMatrix.empty());
    }

    /** An assessment without scenario results (the model's scenarios not evaluated). */
    public Assessment(Model model, List<Finding> findings, List<MeetingPoint> meetingPoints,
            List<AttackPath> attackPaths, List<Shortcut> shortcuts, ResilienceResult resilience) {
        this(model, findings, meetingPoints, attackPaths, shortcuts, resilience, List.of());
    }

    /** An assessment without resilience results (views and tests that need none). */
    public Assessment(Model model, List<Finding> findings, List<MeetingPoint> meetingPoints,
            List<AttackPath> attackPaths, List<Shortcut> shortcuts) {
        this(model, findings, meetingPoints, attackPaths, shortcuts,
                new ResilienceResult(List.of(), List.of(), List.of()));
    }

    /** Findings per severity, not counting accepted ones. */
    public Map<Severity, Integer> countsBySeverity() {
        Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
        for (Severity severity : Severity.values()) {
            counts.put(severity, 0);
        }
        findings.stream().filter(f -> !f.accepted()).forEach(f -> counts.merge(f.severity(), 1, Integer::sum));
        return counts;
    }

    public long acceptedCount() {
        return findings.stream().filter(Finding::accepted).count();
    }

    /** True when some finding that is not accepted is at least as bad as {@code threshold}. */
    public boolean hasFindingsAtLeast(Severity threshold) {
        return findings.stream().anyMatch(f -> !f.accepted() && f.severity().atLeast(threshold));
    }
}
