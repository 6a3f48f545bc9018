package org.otbridge.analysis.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.HashSet;
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
 * each of the next {@value #SECOND_LOOKS} steps instead of being dropped.
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
        return new Planner((model, pool) -> assessor.assess(model, observed, pool), today, sliceFrom);
    }

    /**
     * Measures one model: a fresh assessment, its analyses run on {@code pool}. Must be safe to
     * call from several threads sharing the pool.
     */
    @FunctionalInterface
    public interface Evaluator {
        Assessment assess(Model model, Executor pool);
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

    /** A candidate with what it was last measured to give, at which step of the plan. */
    private record Measured(Change change, Snapshot after, int gain, int step) {
    }

    /** The plan of at most {@code top} actions for the assessed model. */
    public Plan plan(Assessment assessment, int top) {
        List<Change> candidates = new Remedies(assessment.model(), today).candidates(assessment.problems(),
                assessment.findings());
        int cores = Math.max(1, Runtime.getRuntime().availableProcessors());
        ExecutorService pool = Executors.newFixedThreadPool(cores);
        // The analyses of each measurement run on a pool of their own: while one core measures a
        // small change, a large one keeps the others busy. No task waits inside either pool.
        ExecutorService analyses = Executors.newFixedThreadPool(cores);
        try {
            return plan(assessment, candidates, top, pool, analyses);
        } finally {
            pool.shutdownNow();
            analyses.shutdownNow();
        }
    }

    private Plan plan(Assessment assessment, List<Change> candidates, int top, ExecutorService pool,
            Executor analyses) {
        Model model = assessment.model();
        Sites found = model.assets().size() >= sliceFrom ? Sites.of(model) : null;
        Sites sites = found != null && found.count() > 1 ? found : null;
        Map<Set<Integer>, CompletableFuture<Part>> parts = new ConcurrentHashMap<>();
        Snapshot current = Snapshot.of(assessment);
        Estimates estimates = new Estimates(assessment);
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
            boolean wholeInBatch = false;
            for (Candidate c : open) {
                if (stale.size() == batch || bestFresh != null && c.score <= bestFresh.score) {
                    break;
                }
                if (!c.fresh(step)) {
                    // On a model of sites, at most one change measured on the whole model at a time,
                    // beside changes to a few sites: what it gives corrects the guess for the next of
                    // its kind before that one costs a whole assessment too.
                    boolean whole = sites != null && sliceFor(sites, c.change) == null;
                    if (whole && wholeInBatch) {
                        break;
                    }
                    wholeInBatch |= whole;
                    stale.add(c);
                }
            }
            if (bestFresh != null && (stale.isEmpty() || measuredThisStep >= capPerStep)) {
                open.remove(bestFresh);
                actions.add(action(actions.size() + 1, bestFresh.last, current, efforts));
                model = bestFresh.change.apply(model, today);
                current = bestFresh.last.after();
                step++;
                // what gave nothing may give something now (moving a management interface helps once
                // the connections around it are gone): back in, by its first guess, a few times at most
                for (Candidate c : waiting) {
                    c.secondLooks++;
                    c.last = null;
                    open.add(c);
                }
                waiting.clear();
                measuredThisStep = 0;
                parts.clear();
                continue;
            }
            if (stale.isEmpty()) {
                break;
            }
            List<Measured> results = measureAll(model, current, stale.stream().map(c -> c.change).toList(), step,
                    pool, analyses, sites, parts);
            for (int i = 0; i < stale.size(); i++) {
                Candidate c = stale.get(i);
                Measured m = results.get(i);
                if (c.last == null && c.secondLooks == 0) {
                    calibration.add(c.change.kind(), c.estimate, m.gain());
                }
                c.last = m;
                if (m.gain() <= 0) {
                    open.remove(c);
                    if (c.secondLooks < SECOND_LOOKS) {
                        waiting.add(c);
                    }
                }
            }
            measured += stale.size();
            measuredThisStep += stale.size();
        }
        return new Plan(actions, candidates.size(), measured);
    }

    /**
     * Measures {@code changes} on the model as the plan's step left it, side by side on the pool.
     * {@code parts} holds the site slices of this step already measured before any change.
     */
    private List<Measured> measureAll(Model model, Snapshot before, List<Change> changes, int step,
            ExecutorService pool, Executor analyses, Sites sites, Map<Set<Integer>, CompletableFuture<Part>> parts) {
        Function<Change, Measured> measure = change -> {
            Set<Integer> slice = sliceFor(sites, change);
            Snapshot after;
            if (slice == null) {
                after = Snapshot.of(evaluator.assess(change.apply(model, today), analyses));
            } else {
                // the part before any change is assessed once per step for all changes to it
                Part part = parts.computeIfAbsent(slice, s -> CompletableFuture.supplyAsync(() -> {
                    Model sliced = SiteSlice.of(model, sites, s);
                    return new Part(sliced, evaluator.assess(sliced, analyses));
                }, Runnable::run)).join();
                Model changed = change.apply(part.model(), today);
                // only what belongs to the sites, and what the change names, is counted: the shared
                // part's findings depend on every site, which a slice does not hold
                Set<Ref> named = new HashSet<>(change.touches());
                named.addAll(change.elements());
                Predicate<Ref> counted0 = local(sites, part.model(), named);
                Predicate<Ref> counted1 = local(sites, changed, named);
                Snapshot partBefore = Snapshot.of(part.assessment(), ref -> counted0.test(ref) || counted1.test(ref));
                Snapshot partAfter = Snapshot.of(evaluator.assess(changed, analyses), ref -> counted0.test(ref) || counted1.test(ref));
                after = before.withPartChanged(partBefore, partAfter);
            }
            return new Measured(change, after, before.gainTo(after), step);
        };
        List<CompletableFuture<Measured>> running = changes.stream()
                .map(c -> CompletableFuture.supplyAsync(() -> measure.apply(c), pool)).toList();
        return running.stream().map(CompletableFuture::join).toList();
    }

    private static Action action(int rank, Measured m, Snapshot before, Efforts efforts) {
        Snapshot after = m.after();
        List<String> closes = before.open().keySet().stream().filter(id -> !after.open().containsKey(id)).sorted()
                .toList();
        Change change = m.change();
        String id = FindingIds.of("action|" + Remedies.key(change), List.of(change.subject()));
        return new Action(id, rank, change, efforts.of(change), efforts.fromModel(change), value(before, after, closes),
                closes, before.figures(), after.figures(), Buys.sentence(before, after, closes));
    }

    static Value value(Snapshot before, Snapshot after, List<String> closes) {
        Map<String, Severity> open = before.open();
        Figures b = before.figures();
        Figures a = after.figures();
        if (closes.stream().anyMatch(id -> open.get(id) == Severity.CRITICAL) || a.outages() < b.outages()) {
            return Value.HIGH;
        }
        if (closes.stream().anyMatch(id -> open.get(id) == Severity.HIGH) || a.attackPaths() < b.attackPaths()
                || a.shortcuts() < b.shortcuts() || a.singlePointsOfFailure() < b.singlePointsOfFailure()) {
            return Value.MEDIUM;
        }
        return Value.LOW;
    }
}
