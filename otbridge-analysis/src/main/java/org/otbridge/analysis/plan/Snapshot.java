package org.otbridge.analysis.plan;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.otbridge.analysis.Assessment;
import org.otbridge.analysis.Severity;
import org.otbridge.model.Ref;

/**
 * What a planner keeps of one assessment: its figures and its open problems, each with its
 * severity and how many findings it holds. A snapshot derived from another by changing one part
 * keeps only the difference until its problems are asked for, since most measured changes are
 * never taken into the plan.
 */
final class Snapshot {

    private static final Severity[] SEVERITIES = Severity.values();

    private final Figures figures;
    private final Snapshot base;
    private final Set<String> removed;
    private final Map<String, Long> added;
    /** Per open problem its severity (high bits) and its number of findings (low bits). */
    private Map<String, Long> states;

    private Snapshot(Figures figures, Map<String, Long> states) {
        this.figures = figures;
        this.states = Collections.unmodifiableMap(states);
        this.base = null;
        this.removed = Set.of();
        this.added = Map.of();
    }

    private Snapshot(Figures figures, Snapshot base, Set<String> removed, Map<String, Long> added) {
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
        Map<String, Long> states = new HashMap<>();
        for (Problem p : assessment.problems()) {
            if (!p.accepted() && counted.test(p.subject())) {
                states.put(p.id(), state(p));
            }
        }
        return new Snapshot(Figures.of(assessment, counted), states);
    }

    /**
     * The snapshot of {@code after}, an assessment made from {@code before} (whose snapshot is this
     * one) by re-assessing a changed model: what it shares with this one is kept, only the problems
     * the change made or unmade are looked at. The same as {@link #of(Assessment)}, for the work of
     * the change on a large model.
     */
    Snapshot after(Assessment before, Assessment after) {
        Set<String> gone = new HashSet<>();
        Map<String, Long> made = new HashMap<>();
        Problems.diff(before.problems(), after.problems(), p -> {
            if (!p.accepted()) {
                gone.add(p.id());
            }
        }, p -> {
            if (!p.accepted()) {
                made.put(p.id(), state(p));
            }
        });
        return new Snapshot(Figures.of(after), this, gone, made);
    }

    private static long state(Problem p) {
        return (long) p.severity().ordinal() << 32 | p.findings().size();
    }

    Figures figures() {
        return figures;
    }

    /** The severity of an open problem; null when it is not open. */
    Severity severityOf(String id) {
        Long state = stateOf(id);
        return state == null ? null : SEVERITIES[(int) (state >>> 32)];
    }

    /**
     * The state of one problem (null: not open), without copying the problems of a derived
     * snapshot: each step of a plan derives one, and asks it about a few problems only.
     */
    private Long stateOf(String id) {
        Snapshot at = this;
        while (true) {
            synchronized (at) {
                if (at.states != null) {
                    return at.states.get(id);
                }
            }
            Long made = at.added.get(id);
            if (made != null || at.removed.contains(id)) {
                return made;
            }
            at = at.base;
        }
    }

    /**
     * The problems open here and closed in {@code after}, by id in order. For a snapshot derived
     * from this one by changing one part, the work of that part.
     */
    List<String> closedIn(Snapshot after) {
        List<String> closed = new ArrayList<>();
        if (after.base == this) {
            for (String id : after.removed) {
                if (!after.added.containsKey(id) && stateOf(id) != null) {
                    closed.add(id);
                }
            }
        } else {
            Map<String, Long> theirs = after.states();
            for (String id : states().keySet()) {
                if (!theirs.containsKey(id)) {
                    closed.add(id);
                }
            }
        }
        Collections.sort(closed);
        return closed;
    }

    /** How many problems are open in {@code after} and not here. */
    int openedIn(Snapshot after) {
        int opened = 0;
        if (after.base == this) {
            for (String id : after.added.keySet()) {
                if (stateOf(id) == null) {
                    opened++;
                }
            }
            return opened;
        }
        Map<String, Long> mine = states();
        for (String id : after.states().keySet()) {
            if (!mine.containsKey(id)) {
                opened++;
            }
        }
        return opened;
    }

    private synchronized Map<String, Long> states() {
        if (states == null) {
            // tens of thousands of problems on a large model: one copy, not two
            Map<String, Long> problems = new HashMap<>(base.states());
            removed.forEach(problems::remove);
            problems.putAll(added);
            states = Collections.unmodifiableMap(problems);
        }
        return states;
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
        return new Snapshot(changed, this, new HashSet<>(partBefore.states().keySet()), partAfter.states());
    }

    /**
     * The problems this snapshot and {@code other} disagree on: open in one only, or open in both
     * with another severity or another number of findings. Two changes that touch no problem in
     * common leave each other's gain as it is.
     */
    Set<String> differencesFrom(Snapshot other) {
        if (base == other) {
            // derived from the other one: they can only disagree on what the derivation changed
            Set<String> differ = new HashSet<>();
            for (String id : removed) {
                if (!added.containsKey(id) && other.stateOf(id) != null) {
                    differ.add(id);
                }
            }
            added.forEach((id, state) -> {
                if (!state.equals(other.stateOf(id))) {
                    differ.add(id);
                }
            });
            return differ;
        }
        Map<String, Long> mine = states();
        Map<String, Long> theirs = other.states();
        Set<String> differ = new HashSet<>();
        mine.forEach((id, state) -> {
            if (!state.equals(theirs.get(id))) {
                differ.add(id);
            }
        });
        theirs.keySet().forEach(id -> {
            if (!mine.containsKey(id)) {
                differ.add(id);
            }
        });
        return differ;
    }

    /** Risk removed going from this snapshot to {@code after}; negative when the change adds risk. */
    int gainTo(Snapshot after) {
        return figures.risk() - after.figures.risk();
    }
}
