package org.otbridge.report.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import org.otbridge.analysis.Severity;

/**
 * What changed from one assessment to the next: problems and findings new, fixed and changed in
 * severity; meeting points and shortcuts added and removed; services whose exposure (the cheapest
 * attack cost to an asset they need), failure impact (how many elements stop them on their own)
 * or outage time (how soon, in hours, an attack stops them faster than they tolerate; infinite
 * when none does) changed; and when both were assessed with a capture, the drift counts that changed. Lists are
 * sorted (drift counts in the order of {@code drift.counts}), so the same two inputs give the same
 * result.
 */
public record DiffResult(String oldName, String newName, List<Snapshot.FindingFacts> newFindings,
        List<Snapshot.FindingFacts> fixedFindings, List<SeverityChange> changedFindings,
        List<Snapshot.ProblemFacts> newProblems, List<Snapshot.ProblemFacts> fixedProblems,
        List<ProblemChange> changedProblems, List<Element> meetingPointsAdded,
        List<Element> meetingPointsRemoved, List<Element> shortcutsAdded, List<Element> shortcutsRemoved,
        List<ServiceChange> exposureChanged, List<ServiceChange> failureImpactChanged,
        List<ServiceChange> outageChanged, List<CountChange> driftChanged) {

    /** A problem present in both whose worst severity changed. */
    public record ProblemChange(Snapshot.ProblemFacts problem, Severity before) {
    }

    /** A drift count ({@code hosts_undeclared}, {@code flows_crossing}, ...) that changed. */
    public record CountChange(String count, int before, int after) {

        private static final java.util.Set<String> GOOD = java.util.Set.of("hosts_declared", "flows_declared",
                "flows_zone", "connections_seen");
        private static final java.util.Set<String> TOTALS = java.util.Set.of("hosts", "internet_hosts", "flows");

        /** More drift than before: a count of drift went up, or a count of what the model accounts for went down. */
        public boolean worse() {
            if (TOTALS.contains(count)) {
                return false;
            }
            return GOOD.contains(count) ? after < before : after > before;
        }
    }

    /** A finding present in both whose severity changed. */
    public record SeverityChange(Snapshot.FindingFacts finding, Severity before) {
    }

    /** An element added or removed, with a few words about it. */
    public record Element(String key, String detail) {
    }

    /**
     * A service whose figure changed; {@code before} or {@code after} is infinite when no attack path
     * reached it, or 0 elements when nothing stopped it alone.
     */
    public record ServiceChange(String service, double before, double after) {

        /** For exposure: cheaper to attack now. */
        public boolean worse() {
            return after < before;
        }
    }

    public DiffResult {
        newFindings = List.copyOf(newFindings);
        fixedFindings = List.copyOf(fixedFindings);
        changedFindings = List.copyOf(changedFindings);
        newProblems = List.copyOf(newProblems);
        fixedProblems = List.copyOf(fixedProblems);
        changedProblems = List.copyOf(changedProblems);
        outageChanged = List.copyOf(outageChanged);
        meetingPointsAdded = List.copyOf(meetingPointsAdded);
        meetingPointsRemoved = List.copyOf(meetingPointsRemoved);
        shortcutsAdded = List.copyOf(shortcutsAdded);
        shortcutsRemoved = List.copyOf(shortcutsRemoved);
        exposureChanged = List.copyOf(exposureChanged);
        failureImpactChanged = List.copyOf(failureImpactChanged);
        driftChanged = List.copyOf(driftChanged);
    }

    public static DiffResult between(Snapshot before, Snapshot after) {
        List<Snapshot.FindingFacts> added = new ArrayList<>();
        List<SeverityChange> changed = new ArrayList<>();
        for (Snapshot.FindingFacts f : after.findings().values()) {
            Snapshot.FindingFacts old = before.findings().get(f.id());
            if (old == null) {
                added.add(f);
            } else if (old.severity() != f.severity()) {
                changed.add(new SeverityChange(f, old.severity()));
            }
        }
        List<Snapshot.FindingFacts> fixed = before.findings().values().stream()
                .filter(f -> !after.findings().containsKey(f.id())).toList();
        List<Snapshot.ProblemFacts> problemsAdded = new ArrayList<>();
        List<ProblemChange> problemsChanged = new ArrayList<>();
        for (Snapshot.ProblemFacts p : after.problems().values()) {
            Snapshot.ProblemFacts old = before.problems().get(p.id());
            if (old == null) {
                problemsAdded.add(p);
            } else if (old.severity() != p.severity()) {
                problemsChanged.add(new ProblemChange(p, old.severity()));
            }
        }
        List<Snapshot.ProblemFacts> problemsFixed = before.problems().values().stream()
                .filter(p -> !after.problems().containsKey(p.id())).toList();
        return new DiffResult(before.name(), after.name(), sorted(added), sorted(fixed), changed.stream()
                .sorted(java.util.Comparator.comparing((SeverityChange c) -> c.finding().severity())
                        .thenComparing(c -> c.finding().rule()).thenComparing(c -> c.finding().id())).toList(),
                sortedProblems(problemsAdded), sortedProblems(problemsFixed), problemsChanged.stream()
                        .sorted(java.util.Comparator.comparing((ProblemChange c) -> c.problem().severity())
                                .thenComparing(c -> c.problem().subjects().get(0)).thenComparing(c -> c.problem().id()))
                        .toList(),
                elements(after.meetingPoints(), before.meetingPoints()), elements(before.meetingPoints(), after.meetingPoints()),
                shortcuts(after.shortcuts(), before.shortcuts()), shortcuts(before.shortcuts(), after.shortcuts()),
                services(before.exposure(), after.exposure(), Double.POSITIVE_INFINITY),
                services(toDouble(before.failureImpact()), toDouble(after.failureImpact()), 0),
                services(before.outageHours(), after.outageHours(), Double.POSITIVE_INFINITY),
                drift(before.drift(), after.drift()));
    }

    /** The drift counts that changed; none unless both sides were assessed with a capture. */
    private static List<CountChange> drift(Map<String, Integer> before, Map<String, Integer> after) {
        if (before.isEmpty() || after.isEmpty()) {
            return List.of();
        }
        List<CountChange> changes = new ArrayList<>();
        after.forEach((count, value) -> {
            int old = before.getOrDefault(count, 0);
            if (old != value) {
                changes.add(new CountChange(count, old, value));
            }
        });
        return changes;
    }

    /** True when nothing changed. */
    public boolean isEmpty() {
        return newFindings.isEmpty() && fixedFindings.isEmpty() && changedFindings.isEmpty() && newProblems.isEmpty()
                && fixedProblems.isEmpty() && changedProblems.isEmpty() && meetingPointsAdded.isEmpty()
                && meetingPointsRemoved.isEmpty() && shortcutsAdded.isEmpty() && shortcutsRemoved.isEmpty()
                && exposureChanged.isEmpty() && failureImpactChanged.isEmpty() && outageChanged.isEmpty()
                && driftChanged.isEmpty();
    }

    /** True when a new finding, or one that got worse, is at {@code threshold} or worse and not accepted. */
    public boolean reaches(Severity threshold) {
        return newFindings.stream().anyMatch(f -> !f.accepted() && f.severity().atLeast(threshold))
                || changedFindings.stream().anyMatch(c -> !c.finding().accepted()
                        && c.finding().severity().ordinal() < c.before().ordinal() && c.finding().severity().atLeast(threshold));
    }

    private static List<Snapshot.ProblemFacts> sortedProblems(List<Snapshot.ProblemFacts> problems) {
        return problems.stream().sorted(java.util.Comparator.comparing(Snapshot.ProblemFacts::severity)
                .thenComparing(p -> p.subjects().isEmpty() ? "" : p.subjects().get(0))
                .thenComparing(Snapshot.ProblemFacts::id)).toList();
    }

    private static List<Snapshot.FindingFacts> sorted(List<Snapshot.FindingFacts> findings) {
        return findings.stream().sorted(java.util.Comparator.comparing(Snapshot.FindingFacts::severity)
                .thenComparing(Snapshot.FindingFacts::rule).thenComparing(Snapshot.FindingFacts::id)).toList();
    }

    private static List<Element> elements(Map<String, String> in, Map<String, String> notIn) {
        return in.entrySet().stream().filter(e -> !notIn.containsKey(e.getKey())).map(e -> new Element(e.getKey(), e.getValue()))
                .sorted(java.util.Comparator.comparing(Element::key)).toList();
    }

    private static List<Element> shortcuts(Map<String, Double> in, Map<String, Double> notIn) {
        return in.entrySet().stream().filter(e -> !notIn.containsKey(e.getKey()))
                .map(e -> new Element(e.getKey(), "attack cost " + org.otbridge.report.view.Words.cost(e.getValue())
                        + " with it"))
                .sorted(java.util.Comparator.comparing(Element::key)).toList();
    }

    private static List<ServiceChange> services(Map<String, Double> before, Map<String, Double> after, double missing) {
        List<ServiceChange> changes = new ArrayList<>();
        for (String service : new TreeSet<>(union(before, after))) {
            double b = before.getOrDefault(service, missing);
            double a = after.getOrDefault(service, missing);
            if (!Objects.equals(b, a)) {
                changes.add(new ServiceChange(service, b, a));
            }
        }
        return changes;
    }

    private static java.util.Set<String> union(Map<String, Double> a, Map<String, Double> b) {
        java.util.Set<String> keys = new java.util.HashSet<>(a.keySet());
        keys.addAll(b.keySet());
        return keys;
    }

    private static Map<String, Double> toDouble(Map<String, Integer> counts) {
        Map<String, Double> values = new java.util.HashMap<>();
        counts.forEach((k, v) -> values.put(k, v.doubleValue()));
        return values;
    }
}
