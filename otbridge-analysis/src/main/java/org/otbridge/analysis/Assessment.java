package org.otbridge.analysis;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.otbridge.analysis.boundary.MeetingPoint;
import org.otbridge.analysis.drift.DriftResult;
import org.otbridge.analysis.exposure.AttackPath;
import org.otbridge.analysis.exposure.EntryConduit;
import org.otbridge.analysis.exposure.ExposureResult;
import org.otbridge.analysis.exposure.Outage;
import org.otbridge.analysis.exposure.Shortcut;
import org.otbridge.analysis.governance.RaciMatrix;
import org.otbridge.analysis.plan.Action;
import org.otbridge.analysis.plan.MistakeScore;
import org.otbridge.analysis.plan.Plan;
import org.otbridge.analysis.plan.Problems;
import org.otbridge.analysis.plan.Scorecard;
import org.otbridge.analysis.resilience.ResilienceResult;
import org.otbridge.analysis.whatif.ScenarioResult;
import org.otbridge.model.Model;
import org.otbridge.model.Problem;

/**
 * The result of assessing one model: findings in the contract's order, one section per analysis
 * ({@link Analyses}), and {@code runProblems}, what kept the run from being complete (such as a
 * rule stopped at its limits), for the caller to decide whether to go on. Views (JSON, text,
 * HTML...) only present it; the accessors below read the common sections and give an empty value
 * for a section that was not computed.
 */
public record Assessment(Model model, List<Finding> findings, Sections sections, List<Problem> runProblems,
        List<org.otbridge.analysis.plan.Problem> problems, List<MistakeScore> scorecard, Plan plan) {

    public Assessment {
        findings = findings.stream().sorted(Finding.ORDER).toList();
        runProblems = runProblems.stream().sorted().toList();
        problems = List.copyOf(problems);
        scorecard = List.copyOf(scorecard);
    }

    /**
     * An assessment of {@code findings} with the given sections and nothing stopped, its problems
     * and scorecard worked out from them; for views and tests.
     */
    public static Assessment of(Model model, List<Finding> findings, Sections sections) {
        return complete(model, findings, sections, List.of(), org.otbridge.analysis.registry.RuleRegistry.builtIn());
    }

    /** The assessment of these findings and sections, with problems and scorecard worked out. */
    public static Assessment complete(Model model, List<Finding> findings, Sections sections, List<Problem> runProblems,
            org.otbridge.analysis.registry.RuleRegistry rules) {
        return complete(model, findings, sections, runProblems, rules, null);
    }

    /**
     * As {@link #complete(Model, List, Sections, List, org.otbridge.analysis.registry.RuleRegistry)},
     * with {@code base}, when not null, an assessment by the same rules that the findings were
     * re-assessed from: the problems of findings it already had are taken from it.
     */
    public static Assessment complete(Model model, List<Finding> findings, Sections sections, List<Problem> runProblems,
            org.otbridge.analysis.registry.RuleRegistry rules, Assessment base) {
        List<Finding> sorted;
        List<org.otbridge.analysis.plan.Problem> problems;
        if (base == null) {
            sorted = findings.stream().sorted(Finding.ORDER).toList();
            problems = Problems.of(sorted, rules);
        } else {
            FindingChanges changes = FindingChanges.between(base.findings(), findings);
            sorted = changes.applyTo(base.findings());
            problems = Problems.update(base.problems(), changes, sorted, rules);
        }
        ExposureResult exposure = sections.find(Analyses.EXPOSURE).orElse(new ExposureResult(List.of(), List.of(), List.of()));
        ResilienceResult resilience = sections.find(Analyses.RESILIENCE)
                .orElse(new ResilienceResult(List.of(), List.of(), List.of()));
        List<MistakeScore> scorecard = Scorecard.of(model, problems, sorted,
                sections.find(Analyses.MEETING_POINTS).orElse(List.of()), exposure.shortcuts(), resilience,
                exposure.outages(), base == null ? null : base.integrationNumbersIfSame(model, sections));
        return new Assessment(model, sorted, sections, runProblems, problems, scorecard, Plan.empty());
    }

    /**
     * The integration numbers of this assessment when {@code model} has the same services and
     * {@code sections} the same meeting points, exposure and resilience (the very objects); else null.
     */
    private MistakeScore.IntegrationNumbers integrationNumbersIfSame(Model other, Sections sections) {
        if (other.services() != model.services()) {
            return null;
        }
        for (SectionKey<?> key : List.of(Analyses.MEETING_POINTS, Analyses.EXPOSURE, Analyses.RESILIENCE)) {
            if (sections.find(key).orElse(null) != this.sections.find(key).orElse(null)) {
                return null;
            }
        }
        return scorecard.stream().filter(s -> s.numbers() != null).map(MistakeScore::numbers).findFirst().orElse(null);
    }

    /** This assessment with its action plan ({@link org.otbridge.analysis.plan.Planner}). */
    public Assessment withPlan(Plan value) {
        return new Assessment(model, findings, sections, runProblems, problems, scorecard, value);
    }

    /** The plan's actions, best first; none when no plan was made. */
    public List<Action> actions() {
        return plan.actions();
    }

    public <T> T section(SectionKey<T> key) {
        return sections.get(key);
    }

    public List<MeetingPoint> meetingPoints() {
        return sections.find(Analyses.MEETING_POINTS).orElse(List.of());
    }

    public List<AttackPath> attackPaths() {
        return exposure().paths();
    }

    public List<Shortcut> shortcuts() {
        return exposure().shortcuts();
    }

    public List<EntryConduit> entryConduits() {
        return exposure().entryConduits();
    }

    public List<Outage> outages() {
        return exposure().outages();
    }

    public ResilienceResult resilience() {
        return sections.find(Analyses.RESILIENCE).orElse(new ResilienceResult(List.of(), List.of(), List.of()));
    }

    public List<ScenarioResult> scenarios() {
        return sections.find(Analyses.SCENARIOS).orElse(List.of());
    }

    public RaciMatrix raci() {
        return sections.find(Analyses.RACI).orElse(RaciMatrix.empty());
    }

    /** The observed traffic against the model; empty when the assessment read no capture. */
    public java.util.Optional<DriftResult> drift() {
        return sections.find(Analyses.DRIFT).flatMap(drift -> drift);
    }

    private ExposureResult exposure() {
        return sections.find(Analyses.EXPOSURE).orElse(new ExposureResult(List.of(), List.of(), List.of()));
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
