package org.otbridge.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.otbridge.analysis.attack.AttackCatalog;
import org.otbridge.analysis.facts.SiteFacts;
import org.otbridge.analysis.registry.RuleRegistry;
import org.otbridge.analysis.rules.RuleLimits;
import org.otbridge.model.AcceptedRisk;
import org.otbridge.model.Model;
import org.otbridge.model.Problem;
import org.otbridge.observe.inventory.Inventory;

/**
 * Runs every analysis over one valid model and joins their sections. Pure: the same model and
 * day give the same assessment, whatever the pool. {@code today} decides which exceptions are
 * still valid. Each analysis starts as soon as the sections it needs are done, on the pool; no
 * task ever waits for another inside it, so even a pool of one thread completes.
 */
public final class Assessor {

    private final LocalDate today;
    private final RuleRegistry rules;
    private final RuleLimits limits;
    private final List<Analysis<?>> analyses;

    public Assessor(LocalDate today) {
        this(today, RuleRegistry.builtIn());
    }

    /** Evaluates {@code rules} (the built-in rules, plus rule files given with --rules) with the rest. */
    public Assessor(LocalDate today, RuleRegistry rules) {
        this(today, rules, RuleLimits.defaults());
    }

    /** As {@link #Assessor(LocalDate, RuleRegistry)}, with the rule conditions bounded by {@code limits}. */
    public Assessor(LocalDate today, RuleRegistry rules, RuleLimits limits) {
        this(today, rules, limits, Analyses.builtIn());
    }

    /** An assessor of other analyses; each must come after the sections it needs. */
    public Assessor(LocalDate today, RuleRegistry rules, RuleLimits limits, List<Analysis<?>> analyses) {
        this.today = today;
        this.rules = rules;
        this.limits = limits;
        this.analyses = List.copyOf(analyses);
        List<SectionKey<?>> earlier = new ArrayList<>();
        for (Analysis<?> analysis : this.analyses) {
            for (SectionKey<?> need : analysis.needs()) {
                if (!earlier.contains(need)) {
                    throw new IllegalArgumentException(analysis.key() + " needs " + need + ", which no earlier analysis computes");
                }
            }
            earlier.add(analysis.key());
        }
    }

    /**
     * Assesses on a pool of one thread per core: the analyses share only immutable facts, so on a
     * 2-core machine this takes a third off a 100,000-asset assessment.
     */
    public Assessment assess(Model model) {
        return assess(model, Optional.empty());
    }

    /**
     * Assesses a model together with the traffic observed at the site ({@code assess --capture}):
     * the drift analysis compares the two; without an inventory it is not run.
     */
    public Assessment assess(Model model, Optional<Inventory> observed) {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Runtime.getRuntime().availableProcessors()));
        try {
            return assess(model, observed, pool);
        } finally {
            pool.shutdownNow();
        }
    }

    /** Assesses with the analyses running on {@code pool}, which may have a single thread. */
    public Assessment assess(Model model, java.util.concurrent.Executor pool) {
        return assess(model, Optional.empty(), pool);
    }

    /** As {@link #assess(Model, Optional)}, with the analyses on {@code pool}, which may have a single thread. */
    public Assessment assess(Model model, Optional<Inventory> observed, java.util.concurrent.Executor pool) {
        return assess(model, observed, pool, null);
    }

    /**
     * As {@link #assess(Model, Optional, java.util.concurrent.Executor)}, keeping from {@code base}
     * every section whose analysis reads nothing in which the two models differ ({@link Analysis#reads()})
     * and needs no section computed again: the same sections a fresh assessment gives, for a
     * fraction of the work when a change is small or touches one kind of control. {@code base} is
     * an assessment of another model by the same day, rules, limits and traffic; null assesses afresh.
     */
    public Assessment assess(Model model, Optional<Inventory> observed, java.util.concurrent.Executor pool,
            Assessment base) {
        SiteFacts facts = new SiteFacts(model);
        AttackCatalog attack = AttackCatalog.bundled();
        ModelDiff diff = base == null ? null : ModelDiff.between(base.model(), model);
        Set<SectionKey<?>> kept = base == null ? Set.of() : kept(diff, base);
        Map<SectionKey<?>, CompletableFuture<?>> running = new HashMap<>();
        for (Analysis<?> analysis : analyses) {
            if (kept.contains(analysis.key())) {
                running.put(analysis.key(), CompletableFuture.completedFuture(base.section(analysis.key())));
                continue;
            }
            // an analysis whose inputs besides the model are as they were brings its section up to date
            Optional<Update> update = base == null || !kept.containsAll(analysis.needs())
                    ? Optional.empty() : base.sections().find(analysis.key()).map(before -> new Update(before, diff));
            running.put(analysis.key(), start(analysis, running, facts, attack, observed, pool, update));
        }
        Sections sections = Sections.empty();
        for (Analysis<?> analysis : analyses) {
            sections = add(sections, analysis, running);
        }
        List<Finding> findings = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (Object value : sections.values()) {
            if (value instanceof RuleFindings family) {
                findings.addAll(family.findings());
                problems.addAll(family.problems());
            }
        }
        return Assessment.complete(model, applyExceptions(model, findings), sections, problems, rules, base);
    }

    /** The sections of {@code base} a re-assessment after {@code diff} can keep. */
    private Set<SectionKey<?>> kept(ModelDiff diff, Assessment base) {
        Set<SectionKey<?>> kept = new HashSet<>();
        for (Analysis<?> analysis : analyses) {
            if (!analysis.reads().affectedBy(diff) && kept.containsAll(analysis.needs())
                    && base.sections().find(analysis.key()).isPresent()) {
                kept.add(analysis.key());
            }
        }
        return kept;
    }

    /** A section of the base assessment and what changed since. */
    private record Update(Object before, ModelDiff diff) {
    }

    /**
     * Starts an analysis once the analyses it needs are done; nothing blocks a pool thread. With an
     * {@code update}, the analysis brings that section up to date instead of starting afresh.
     */
    private <T> CompletableFuture<T> start(Analysis<T> analysis, Map<SectionKey<?>, CompletableFuture<?>> running,
            SiteFacts facts, AttackCatalog attack, Optional<Inventory> observed, java.util.concurrent.Executor pool,
            Optional<Update> update) {
        List<CompletableFuture<?>> needed = analysis.needs().stream().<CompletableFuture<?>>map(running::get).toList();
        return CompletableFuture.allOf(needed.toArray(CompletableFuture[]::new)).thenApplyAsync(done -> {
            Sections inputs = Sections.empty();
            for (Analysis<?> other : analyses) {
                if (analysis.needs().contains(other.key())) {
                    inputs = add(inputs, other, running);
                }
            }
            AnalysisContext context = new AnalysisContext(facts, today, rules, limits, attack, inputs, observed);
            if (update.isPresent()) {
                @SuppressWarnings("unchecked") // the base's section under this analysis's key is of its type
                T before = (T) update.get().before();
                return analysis.update(context, before, update.get().diff());
            }
            return analysis.run(context);
        }, pool);
    }

    /** Adds an analysis's finished section; its failure is rethrown as it was. */
    private static <T> Sections add(Sections sections, Analysis<T> analysis, Map<SectionKey<?>, CompletableFuture<?>> running) {
        @SuppressWarnings("unchecked") // running maps each key to the future of its own analysis
        CompletableFuture<T> future = (CompletableFuture<T>) running.get(analysis.key());
        try {
            return sections.with(analysis.key(), future.join());
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    /** Marks findings covered by a valid exception (same rule, subject among the finding's) as accepted. */
    private List<Finding> applyExceptions(Model model, List<Finding> findings) {
        // few exceptions, tens of thousands of findings: look up by rule, most have none
        Map<String, List<AcceptedRisk>> byRule = new HashMap<>();
        for (AcceptedRisk exception : model.exceptions()) {
            if (exception.isValidOn(today)) {
                byRule.computeIfAbsent(exception.rule(), r -> new ArrayList<>()).add(exception);
            }
        }
        if (byRule.isEmpty()) {
            return findings;
        }
        List<Finding> result = new ArrayList<>(findings.size());
        for (Finding finding : findings) {
            boolean accepted = false;
            for (AcceptedRisk exception : byRule.getOrDefault(finding.rule(), List.of())) {
                if (finding.subjects().contains(exception.subject())) {
                    accepted = true;
                    break;
                }
            }
            result.add(accepted ? finding.withAccepted(true) : finding);
        }
        return result;
    }
}
