package org.otbridge.analysis.plan;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.otbridge.analysis.Assessment;
import org.otbridge.analysis.Severity;
import org.otbridge.model.Ref;

/**
 * What a planner keeps of one assessment: its figures and its open problems with their severity.
 * A snapshot derived from another by changing one part keeps only the difference until its
 * problems are asked for, since most measured changes are never taken into the plan.
 */
final class Snapshot {

    private final Figures figures;
    private final Snapshot base;
    private final Set<String> removed;
    private final Map<String, Severity> added;
    private Map<String, Severity> open;

    private Snapshot(Figures figures, Map<String, Severity> open) {
        this.figures = figures;
        this.open = Map.copyOf(open);
        this.base = null;
        this.removed = Set.of();
        this.added = Map.of();
    }

    private Snapshot(Figures figures, Snapshot base, Set<String> removed, Map<String, Severity> added) {
        this.figures = figures;
        this.base = base;
        this.removed = removed;
        this.added = added;
    }

    static Snapshot of(Assessment assessment) {
        return of(assessment, ref -> true);
    }

    /** The snapshot of what {@code counted} accepts (see {@link Figures#of(Assessment, Predicate)}). */
    static Snapshot of(Assessment assessment, Predicate<Ref> counted) {
        Map<String, Severity> open = new LinkedHashMap<>();
        for (Problem p : assessment.problems()) {
            if (!p.accepted() && counted.test(p.subject())) {
                open.put(p.id(), p.severity());
            }
        }
        return new Snapshot(Figures.of(assessment, counted), open);
    }

    Figures figures() {
        return figures;
    }

    /** Open problems by id, with their severity. */
    synchronized Map<String, Severity> open() {
        if (open == null) {
            Map<String, Severity> problems = new LinkedHashMap<>(base.open());
            removed.forEach(problems::remove);
            problems.putAll(added);
            open = Map.copyOf(problems);
        }
        return open;
    }

    /**
     * This snapshot of a whole model with one part of it changed: {@code partBefore} and
     * {@code partAfter} are that part measured alone, before and after the change.
     */
    Snapshot withPartChanged(Snapshot partBefore, Snapshot partAfter) {
        Figures w = figures;
        Figures b = partBefore.figures;
        Figures a = partAfter.figures;
        Figures changed = new Figures(w.problems() - b.problems() + a.problems(),
                w.seriousProblems() - b.seriousProblems() + a.seriousProblems(),
                w.attackPaths() - b.attackPaths() + a.attackPaths(), w.shortcuts() - b.shortcuts() + a.shortcuts(),
                w.outages() - b.outages() + a.outages(),
                w.singlePointsOfFailure() - b.singlePointsOfFailure() + a.singlePointsOfFailure(),
                w.risk() - b.risk() + a.risk());
        return new Snapshot(changed, this, new HashSet<>(partBefore.open().keySet()), partAfter.open());
    }

    /** Risk removed going from this snapshot to {@code after}; negative when the change adds risk. */
    int gainTo(Snapshot after) {
        return figures.risk() - after.figures.risk();
    }
}
