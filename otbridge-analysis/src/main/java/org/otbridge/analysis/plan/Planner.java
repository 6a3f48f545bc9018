package org.otbridge.analysis.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Set;
import java.util.function.Predicate;
import org.otbridge.model.Ref;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import org.otbridge.analysis.Analyses;
import org.otbridge.analysis.Analysis;
import org.otbridge.analysis.Assessment;
import org.otbridge.analysis.Assessor;
import org.otbridge.analysis.registry.RuleRegistry;
import org.otbridge.analysis.rules.RuleLimits;
import org.otbridge.analysis.FindingIds;
import org.otbridge.analysis.ModelDiff;
import org.otbridge.analysis.Severity;
import org.otbridge.model.Effort;
import org.otbridge.model.Model;
import org.otbridge.observe.inventory.Inventory;

/**
 * Builds the action plan: every candidate change from {@link Remedies} is applied to a copy of the
 * model and measured by a fresh assessment ({@link Evaluator}); the plan then takes, step by step,
 * the change that removes the most risk per unit of effort on the model as the earlier steps left
 * it (greedy), so each action's figures say what it adds once the ones before it are done.
 *
 * <p>Re-measuring every candidate after every step would cost candidates × steps assessments. A
 * change rarely removes more risk after other changes than before them, so a candidate's last
 * measured gain bounds its gain now: the plan re-measures only candidates whose bound could still
 * beat the best fresh one (lazy greedy). The figures are exact either way; only the order rests on
 * that bound. The exception is a change that gives nothing until others are done (offline
 * documents once the other contingency gaps are closed): it is put back by its first guess after
 * each of the next {@value #SECOND_LOOKS} steps instead of being dropped. So is a change that
 * shares problems with the action just taken: a problem closes only once all its findings are gone.
 *
 * <p>On a large model three things keep the measurements cheap, each exact: a measurement keeps
 * from the latest whole assessment every section the change cannot alter ({@link Analysis#reads()});
 * a change to a few sites is measured on them and the shared part ({@link Sites}); and what was
 * measured on sites the action just taken did not reach still holds after it
 * ({@link Sites#reached}).
 */
public final class Planner {

    /** Actions in a plan unless asked otherwise. */
    public static final int DEFAULT_TOP = 10;

    /** From this many assets on, a change is measured on the sites it touches (see {@link Sites}). */
    public static final int SLICE_FROM = 2_000;

    private final Evaluator evaluator;
    private final LocalDate today;
    private final int sliceFrom;

    public Planner(Evaluator evaluator, LocalDate today) {
        this(evaluator, today, SLICE_FROM);
    }

    /** A planner that measures changes on their sites from {@code sliceFrom} assets on. */
    public Planner(Evaluator evaluator, LocalDate today, int sliceFrom) {
        this.evaluator = evaluator;
        this.today = today;
        this.sliceFrom = sliceFrom;
    }

    /**
     * A planner that measures each change with a full assessment by these rules, without the
     * model's own what-if scenarios (they change no figure).
     */
    public static Planner of(LocalDate today, RuleRegistry rules, RuleLimits limits) {
        return of(today, rules, limits, SLICE_FROM);
    }

    /**
     * As {@link #of(LocalDate, RuleRegistry, RuleLimits)} for an assessment that read the traffic
     * observed at the site: each change is measured against the same traffic, so its drift findings
     * stay what they are unless the change touches them. With traffic, changes are measured on the
     * whole model: in a site slice, the traffic of the other sites would be drift of its own.
     */
    public static Planner of(LocalDate today, RuleRegistry rules, RuleLimits limits, Optional<Inventory> observed) {
        return of(today, rules, limits, observed.isPresent() ? Integer.MAX_VALUE : SLICE_FROM, observed);
    }

    /** As {@link #of(LocalDate, RuleRegistry, RuleLimits)}, measuring on sites from {@code sliceFrom} assets on. */
    public static Planner of(LocalDate today, RuleRegistry rules, RuleLimits limits, int sliceFrom) {
        return of(today, rules, limits, sliceFrom, Optional.empty());
    }

    private static Planner of(LocalDate today, RuleRegistry rules, RuleLimits limits, int sliceFrom,
            Optional<Inventory> observed) {
        List<Analysis<?>> analyses = Analyses.builtIn().stream()
                .filter(a -> !a.key().equals(Analyses.SCENARIOS)).toList();
        Assessor assessor = new Assessor(today, rules, limits, analyses);
        return new Planner((model, base, pool) -> assessor.assess(model, observed, pool, base), today, sliceFrom);
    }

    /**
     * Measures one model: an assessment of it, its analyses run on {@code pool}, the same as a fresh
     * one. {@code base}, when not null, is an assessment of a model the measured one was changed from,
     * by the same evaluator; what the change cannot alter may be kept from it. Must be safe to call
     * from several threads sharing the pool.
     */
    @FunctionalInterface
    public interface Evaluator {
        Assessment assess(Model model, Assessment base, Executor pool);
    }

    /** A site slice of the current model, assessed before any change. */
    private record Part(Model model, Assessment assessment) {
    }

    /**
     * What belongs to the slice's sites in {@code part}: its OT zones and assets, the connections
     * with an end among them, the accounts used on them, the services that need them; and the
     * elements a change names.
     */
    private static Predicate<Ref> local(Sites sites, Model part, Set<Ref> named) {
        Set<Ref> local = new HashSet<>(named);
        for (org.otbridge.model.Zone z : part.zones()) {
            if (!sites.shared(z.ref())) {
                local.add(z.ref());
            }
        }
        for (org.otbridge.model.Asset a : part.assets()) {
            if (!sites.shared(a.ref())) {
                local.add(a.ref());
            }
        }
        for (org.otbridge.model.Connection c : part.connections()) {
            if (local.contains(c.from()) || local.contains(c.to())) {
                local.add(c.ref());
            }
        }
        for (org.otbridge.model.Account a : part.accounts()) {
            if (a.usedOn().stream().anyMatch(local::contains)) {
                local.add(a.ref());
            }
        }
        for (org.otbridge.model.Service s : part.services()) {
            if (s.requires() != null) {
                boolean[] needsLocal = {false};
                s.requires().forEachRef(r -> needsLocal[0] |= local.contains(r));
                if (needsLocal[0]) {
                    local.add(s.ref());
                }
            }
        }
        return local::contains;
    }

    /**
     * The sites a change is measured on, or null for the whole model: small models, and changes
     * that reach no site or too much of the model, are measured whole.
     */
    private static Set<Integer> sliceFor(Sites sites, Change change) {
        if (sites == null) {
            return null;
        }
        Set<Integer> slice = sites.slice(change.touches());
        if (slice.isEmpty() || sites.assetsIn(slice) > sites.assets() / 4) {
            return null;
        }
        return slice;
    }

    /**
     * A change to controls alone that reaches more than this share of the assets (one in so many) is
     * measured on the whole model while its latest assessment is current: keeping every section but
     * the few about those controls costs less than assessing that many sites afresh.
     */
    static final int WHOLE_FROM_SHARE = 20;

    /** How often a candidate that gave nothing is put back after later steps. */
    static final int SECOND_LOOKS = 3;

    /** Candidates measured at most per step and core on a large model, before the best measured is taken. */
    static final int MEASURED_PER_STEP = 4;

    /** A candidate change: its first guess, and what it was last measured to give. */
    private static final class Candidate {
        final Change change;
        final String key;
        final int estimate;
        final Effort effort;
        Measured last;
        /** Times it was measured to give nothing and put back after a later step. */
        int secondLooks;
        /** Whether its first measurement went into the {@link Calibration} of its kind. */
        boolean calibrated;
        /** Whether it changes controls alone (what kind of edit it is, whatever the model); null until asked. */
        Boolean controlsOnly;
        double score;

        Candidate(Change change, int estimate, Effort effort) {
            this.change = change;
            this.effort = effort;
            this.key = Remedies.key(change);
            this.estimate = estimate;
        }

        boolean fresh(int step) {
            return last != null && last.step() == step;
        }

        /** Risk removed per effort: as last measured, else as guessed and corrected by what guesses of its kind gave. */
        double score(Calibration calibration) {
            double gain = last != null ? last.gain() : estimate * calibration.ratio(change.kind());
            return gain / effort.weight();
        }
    }

    /** Most risk removed per effort first; then the smaller effort; then by the change, so the plan is stable. */
    private static final Comparator<Candidate> BEST_FIRST = Comparator.comparingDouble((Candidate c) -> -c.score)
            .thenComparing(c -> c.effort).thenComparing(c -> c.key);

    /** How measured gains compare with the first guesses, per kind of change. */
    private static final class Calibration {
        private final Map<String, long[]> sums = new java.util.HashMap<>();

        void add(String kind, int estimate, int measured) {
            long[] s = sums.computeIfAbsent(kind, k -> new long[2]);
            s[0] += estimate;
            s[1] += Math.max(0, measured);
        }

        double ratio(String kind) {
            long[] s = sums.get(kind);
            return s == null ? 1.0 : (s[1] + 1.0) / (s[0] + 1.0);
        }
    }

    /**
     * A candidate with what it was last measured to give, at which step of the plan. For a change
     * measured on the whole model, that model's assessment while the step lasts (null after): the
     * base of the next step's measurements if the change is taken. For a change measured on sites,
     * the sites and their part of the figures before and after it.
     */
    private record Measured(Change change, Snapshot after, int gain, int step, Assessment whole,
            Set<Integer> slice, Snapshot partBefore, Snapshot partAfter, Set<String> touched) {

        Measured withoutAssessment() {
            return whole == null ? this
                    : new Measured(change, after, gain, step, null, slice, partBefore, partAfter, touched);
        }

        /**
         * This measurement once the plan has moved on to {@code step} at {@code current}, the
         * previous action having reached the sites {@code reached} (null: every site). A change
         * measured on sites none reached gives what it gave, so it stays measured; anything else
         * keeps its figures only as the bound of the lazy greedy choice.
         */
        Measured movedOn(Snapshot current, int step, Set<Integer> reached) {
            if (slice != null && reached != null && Collections.disjoint(slice, reached)) {
                return new Measured(change, current.withPartChanged(partBefore, partAfter), gain, step, null, slice,
                        partBefore, partAfter, touched);
            }
            return withoutAssessment();
        }
    }

    /**
     * The plan of at most {@code top} actions for the assessed model. The assessment is the first
     * base of the measurements, so it must be by the same day, rules, limits and traffic as this
     * planner's ({@link #of}).
     */
    public Plan plan(Assessment assessment, int top) {
        int cores = Math.max(1, Runtime.getRuntime().availableProcessors());
        ExecutorService pool = Executors.newFixedThreadPool(cores);
        // The analyses of each measurement run on a pool of their own: while one core measures a
        // small change, a large one keeps the others busy. No task waits for another task in either
        // pool (only, briefly, for an index of the model another thread is building).
        ExecutorService analyses = Executors.newFixedThreadPool(cores);
        try {
            Model model = assessment.model();
            // finding the sites and the candidates are independent passes over a large model
            CompletableFuture<Sites> sites = CompletableFuture.supplyAsync(
                    () -> model.assets().size() >= sliceFrom ? Sites.of(model) : null, pool);
            CompletableFuture<Estimates> estimates = CompletableFuture.supplyAsync(() -> new Estimates(assessment), pool);
            List<Change> candidates = new Remedies(model, today).candidates(assessment.problems(), assessment.findings());
            Sites found = sites.join();
            return plan(assessment, candidates, estimates.join(), found != null && found.count() > 1 ? found : null, top,
                    pool, analyses);
        } finally {
            pool.shutdownNow();
            analyses.shutdownNow();
        }
    }

    private Plan plan(Assessment assessment, List<Change> candidates, Estimates estimates, Sites sites, int top,
            ExecutorService pool, Executor analyses) {
        Model model = assessment.model();
        Map<Set<Integer>, CompletableFuture<Part>> parts = new ConcurrentHashMap<>();
        Snapshot current = Snapshot.of(assessment);
        Base base = new Base(assessment, current, 0);
        Efforts efforts = Efforts.of(model);
        List<Candidate> open = new ArrayList<>();
        for (Change change : candidates) {
            int estimate = estimates.of(change);
            if (estimate > 0) {
                open.add(new Candidate(change, estimate, efforts.of(change)));
            }
        }
        Calibration calibration = new Calibration();
        int batch = Math.max(1, Runtime.getRuntime().availableProcessors());
        // On a large model each step measures a bounded number of candidates; on a small one, all it must.
        int capPerStep = sites == null ? Integer.MAX_VALUE : MEASURED_PER_STEP * batch;
        List<Action> actions = new ArrayList<>();
        List<Candidate> waiting = new ArrayList<>();
        int measured = 0;
        int step = 0;
        int measuredThisStep = 0;
        while (actions.size() < top && !open.isEmpty()) {
            open.forEach(c -> c.score = c.score(calibration));
            open.sort(BEST_FIRST);
            int now = step;
            Candidate bestFresh = open.stream().filter(c -> c.fresh(now)).findFirst().orElse(null);
            List<Candidate> stale = new ArrayList<>();
            Set<String> wholeKinds = new HashSet<>();
            for (Candidate c : open) {
                if (stale.size() == batch || bestFresh != null && c.score <= bestFresh.score) {
                    break;
                }
                if (!c.fresh(step)) {
                    // On a model of sites, one change of a kind measured on the whole model at a time:
                    // what it gives corrects the guess for the next of its kind before that one costs a
                    // whole assessment too.
                    boolean whole = sites != null && sitesToMeasure(c, base, step, sites) == null;
                    if (whole && !wholeKinds.add(c.change.kind())) {
                        continue;
                    }
                    stale.add(c);
                }
            }
            if (bestFresh != null && (stale.isEmpty() || measuredThisStep >= capPerStep)) {
                open.remove(bestFresh);
                actions.add(action(actions.size() + 1, bestFresh.last, current, efforts));
                Model previous = model;
                model = bestFresh.last.whole() != null ? bestFresh.last.whole().model() : bestFresh.change.apply(model, today);
                current = bestFresh.last.after();
                step++;
                if (bestFresh.last.whole() != null) {
                    base = new Base(bestFresh.last.whole(), current, step);
                }
                Set<Integer> reached = sites == null ? null : sites.reached(previous, model);
                Set<String> done = bestFresh.last.touched();
                for (Candidate c : open) {
                    c.last = c.last == null ? null : c.last.movedOn(current, step, reached);
                    // a change that shares problems with the one just taken may give more now (a problem
                    // closes once all its findings are gone): its last measurement no longer bounds it
                    if (c.last != null && !c.fresh(step) && !Collections.disjoint(c.last.touched(), done)) {
                        c.last = null;
                    }
                }
                // what gave nothing may give something now (moving a management interface helps once
                // the connections around it are gone): back in, by its first guess, a few times at most;
                // a change to sites the action did not reach would give nothing again, so it waits on
                for (Iterator<Candidate> it = waiting.iterator(); it.hasNext();) {
                    Candidate c = it.next();
                    c.last = c.last.movedOn(current, step, reached);
                    if (!c.fresh(step)) {
                        it.remove();
                        c.secondLooks++;
                        c.last = null;
                        open.add(c);
                    }
                }
                measuredThisStep = 0;
                // a part of sites the action did not reach is still the part of the model as it is now
                parts.keySet().removeIf(slice -> reached == null || !Collections.disjoint(slice, reached));
                continue;
            }
            if (stale.isEmpty()) {
                break;
            }
            List<Job> jobs = new ArrayList<>();
            for (Candidate c : stale) {
                jobs.add(earlyLook(c, base, step, sites) ? new Job(c.change, null, base.model(), base.snapshot(), base.step())
                        : new Job(c.change, sitesToMeasure(c, base, step, sites), model, current, step));
            }
            List<Measured> results = measureAll(base, jobs, pool, analyses, sites, parts);
            for (int i = 0; i < stale.size(); i++) {
                Candidate c = stale.get(i);
                Measured m = results.get(i);
                if (!c.calibrated) {
                    calibration.add(c.change.kind(), c.estimate, m.gain());
                    c.calibrated = true;
                }
                c.last = m.gain() > 0 ? m : m.withoutAssessment();
                if (m.step() < step && m.gain() <= 0) {
                    // nothing on the older model says nothing about the current one: back to its
                    // (now corrected) guess, to be measured on the current model when that leads
                    c.last = null;
                } else if (m.gain() <= 0) {
                    open.remove(c);
                    if (c.secondLooks < SECOND_LOOKS) {
                        waiting.add(c);
                    }
                }
            }
            keepOneWholeAssessment(open, step);
            measured += stale.size();
            measuredThisStep += stale.size();
        }
        return new Plan(actions, candidates.size(), measured);
    }

    /**
     * Whether a candidate is first measured on the model of the base assessment rather than the
     * current one: a change to the whole model never measured, when site actions came after the base,
     * and when it alters controls alone, so that re-using the base costs only the rules about those
     * controls (anything else would cost a whole assessment there and another here). What it gives
     * there bounds what it gives now, as an earlier step's measurement does; it is measured again on
     * the current model before it is taken.
     */
    private boolean earlyLook(Candidate c, Base base, int step, Sites sites) {
        if (base.step() == step || c.calibrated || sites == null || sliceFor(sites, c.change) != null) {
            return false;
        }
        return controlsOnly(c, base);
    }

    /**
     * The sites to measure a candidate on at {@code step}, or null for the whole model: its slice
     * ({@link #sliceFor}), unless the slice is large, the change alters controls alone and the base
     * assessment is of the current model ({@link #WHOLE_FROM_SHARE}).
     */
    private Set<Integer> sitesToMeasure(Candidate c, Base base, int step, Sites sites) {
        Set<Integer> slice = sliceFor(sites, c.change);
        if (slice != null && base.step() == step && sites.assetsIn(slice) > sites.assets() / WHOLE_FROM_SHARE
                && controlsOnly(c, base)) {
            return null;
        }
        return slice;
    }

    /**
     * Whether the candidate changes controls alone, as applied to the base model when first asked:
     * a change edits the same kind of element on any model of the plan's way.
     */
    private boolean controlsOnly(Candidate c, Base base) {
        if (c.controlsOnly == null) {
            c.controlsOnly = ModelDiff.between(base.model(), c.change.apply(base.model(), today)).parts().isEmpty();
        }
        return c.controlsOnly;
    }

    /**
     * Of the whole assessments measured at this step, keeps the one of the best candidate (the base
     * of the next step if it is taken); the others would hold a large model's assessment each.
     */
    private static void keepOneWholeAssessment(List<Candidate> open, int step) {
        Candidate best = null;
        for (Candidate c : open) {
            if (c.fresh(step) && c.last.whole() != null && (best == null || c.last.gain() * (double) best.effort.weight()
                    > best.last.gain() * (double) c.effort.weight())) {
                best = c;
            }
        }
        for (Candidate c : open) {
            if (c != best && c.last != null && c.last.whole() != null) {
                c.last = c.last.withoutAssessment();
            }
        }
    }

    /**
     * The latest assessment of a whole model on the plan's way, its snapshot and the step whose model
     * it is: measurements keep what it shares with the model they measure.
     */
    private record Base(Assessment assessment, Snapshot snapshot, int step) {
        Model model() {
            return assessment.model();
        }
    }

    /**
     * A change to measure on the sites {@code slice} (null: the whole model) of {@code model}, the
     * model of the plan at {@code step}, whose snapshot is {@code before}.
     */
    private record Job(Change change, Set<Integer> slice, Model model, Snapshot before, int step) {
    }

    /**
     * Measures the jobs side by side on the pool. {@code parts} holds the site slices of the current
     * model already measured before any change.
     */
    private List<Measured> measureAll(Base base, List<Job> jobs, ExecutorService pool, Executor analyses,
            Sites sites, Map<Set<Integer>, CompletableFuture<Part>> parts) {
        Function<Job, Measured> measure = job -> {
            Change change = job.change();
            Model model = job.model();
            Snapshot before = job.before();
            int step = job.step();
            Set<Integer> slice = job.slice();
            Snapshot after;
            Assessment whole = null;
            Snapshot partBefore = null;
            Snapshot partAfter = null;
            if (slice == null) {
                whole = evaluator.assess(change.apply(model, today), base.assessment(), analyses);
                after = base.snapshot().after(base.assessment(), whole);
            } else {
                // the part before any change is assessed once for all changes to it, and kept while no
                // action reaches its sites
                Part part = parts.computeIfAbsent(slice, s -> CompletableFuture.supplyAsync(() -> {
                    Model sliced = SiteSlice.of(model, sites, s);
                    return new Part(sliced, evaluator.assess(sliced, null, analyses));
                }, Runnable::run)).join();
                Model changed = change.apply(part.model(), today);
                // only what belongs to the sites, and what the change names, is counted: the shared
                // part's findings depend on every site, which a slice does not hold
                Set<Ref> named = new HashSet<>(change.touches());
                named.addAll(change.elements());
                Predicate<Ref> counted0 = local(sites, part.model(), named);
                Predicate<Ref> counted1 = local(sites, changed, named);
                partBefore = Snapshot.of(part.assessment(), ref -> counted0.test(ref) || counted1.test(ref));
                partAfter = Snapshot.of(evaluator.assess(changed, part.assessment(), analyses),
                        ref -> counted0.test(ref) || counted1.test(ref));
                after = before.withPartChanged(partBefore, partAfter);
            }
            Set<String> touched = slice == null ? after.differencesFrom(before) : partAfter.differencesFrom(partBefore);
            return new Measured(change, after, before.gainTo(after), step, whole, slice, partBefore, partAfter, touched);
        };
        List<CompletableFuture<Measured>> running = jobs.stream()
                .map(j -> CompletableFuture.supplyAsync(() -> measure.apply(j), pool)).toList();
        return running.stream().map(CompletableFuture::join).toList();
    }

    private static Action action(int rank, Measured m, Snapshot before, Efforts efforts) {
        Snapshot after = m.after();
        List<String> closes = before.closedIn(after);
        Change change = m.change();
        String id = FindingIds.of("action|" + Remedies.key(change), List.of(change.subject()));
        return new Action(id, rank, change, efforts.of(change), efforts.fromModel(change), value(before, after, closes),
                closes, before.figures(), after.figures(), Buys.sentence(before, after, closes));
    }

    static Value value(Snapshot before, Snapshot after, List<String> closes) {
        Figures b = before.figures();
        Figures a = after.figures();
        if (closes.stream().anyMatch(id -> before.severityOf(id) == Severity.CRITICAL) || a.outages() < b.outages()) {
            return Value.HIGH;
        }
        if (closes.stream().anyMatch(id -> before.severityOf(id) == Severity.HIGH) || a.attackPaths() < b.attackPaths()
                || a.shortcuts() < b.shortcuts() || a.singlePointsOfFailure() < b.singlePointsOfFailure()) {
            return Value.MEDIUM;
        }
        return Value.LOW;
    }
}
