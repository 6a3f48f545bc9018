package org.otbridge.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.otbridge.analysis.boundary.MeetingPoint;
import org.otbridge.analysis.whatif.ScenarioResult;
import org.otbridge.analysis.architecture.ArchitectureSite;
import org.otbridge.analysis.boundary.MeetingPoints;
import org.otbridge.analysis.contingency.ContingencySite;
import org.otbridge.analysis.attack.AttackCatalog;
import org.otbridge.analysis.exposure.ExposureAnalyzer;
import org.otbridge.analysis.exposure.ExposureResult;
import org.otbridge.analysis.exposure.ExposureSite;
import org.otbridge.analysis.facts.SiteFacts;
import org.otbridge.analysis.governance.GovernanceSite;
import org.otbridge.analysis.registry.BuiltInRules;
import org.otbridge.analysis.registry.RuleRegistry;
import org.otbridge.analysis.governance.RaciMatrix;
import org.otbridge.analysis.whatif.WhatIf;
import org.otbridge.analysis.resilience.ResilienceAnalyzer;
import org.otbridge.analysis.resilience.ResilienceResult;
import org.otbridge.analysis.rules.RuleEngine;
import org.otbridge.analysis.rules.RuleLimits;
import org.otbridge.analysis.rules.RuleLimits;
import org.otbridge.model.AcceptedRisk;
import org.otbridge.model.Model;

/**
 * Runs every analyzer over one valid model and joins their results. Pure: the same model and
 * day give the same assessment. {@code today} decides which exceptions are still valid.
 */
public final class Assessor {

    private final LocalDate today;
    private final RuleRegistry rules;
    private final RuleLimits limits;

    public Assessor(LocalDate today) {
        this(today, RuleRegistry.builtIn());
    }

    /** Evaluates {@code rules} (the built-in rules, plus rule files given with --rules) with the rest. */
    public Assessor(LocalDate today, RuleRegistry rules) {
        this(today, rules, RuleLimits.defaults());
    }

    /** As {@link #Assessor(LocalDate, RuleRegistry)}, with the rule conditions bounded by {@code limits}. */
    public Assessor(LocalDate today, RuleRegistry rules, RuleLimits limits) {
        this.today = today;
        this.rules = rules;
        this.limits = limits;
    }

    public Assessment assess(Model model) {
        SiteFacts facts = new SiteFacts(model);
        AttackCatalog attack = AttackCatalog.bundled();
        // The analyzers share only immutable facts, so they run side by side: on a 2-core machine
        // this takes a third off a 100,000-asset assessment. The result does not depend on it.
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Runtime.getRuntime().availableProcessors()));
        try {
            Future<List<Finding>> architecture = pool.submit(
                    () -> RuleRunner.run(BuiltInRules.ARCHITECTURE, new ArchitectureSite(facts), attack));
            Future<ExposureResult> exposure = pool.submit(() -> ExposureAnalyzer.analyze(facts));
            Future<GovernanceSite> governance = pool.submit(() -> new GovernanceSite(facts, today));
            Future<RuleEngine.Result> catalog = pool.submit(
                    () -> new RuleEngine(rules.catalog(), today, attack, limits).run(facts));
            Future<ResilienceResult> resilience = pool.submit(() -> ResilienceAnalyzer.analyze(facts));
            Future<List<Finding>> contingency = pool.submit(() -> RuleRunner.run(BuiltInRules.CONTINGENCY,
                    new ContingencySite(facts, resilience.get(), today), attack));
            Future<List<ScenarioResult>> scenarios = pool.submit(() -> WhatIf.scenarios(facts));
            Future<List<Finding>> governanceFindings = pool.submit(
                    () -> RuleRunner.run(BuiltInRules.GOVERNANCE, governance.get(), attack));
            Future<List<MeetingPoint>> meetingPoints = pool.submit(() -> MeetingPoints.find(facts));

            List<Finding> findings = new ArrayList<>(architecture.get());
            findings.addAll(RuleRunner.run(BuiltInRules.EXPOSURE, new ExposureSite(facts, exposure.get()), attack));
            findings.addAll(governanceFindings.get());
            findings.addAll(catalog.get().findings());
            findings.addAll(contingency.get());
            return new Assessment(model, applyExceptions(model, findings), meetingPoints.get(), exposure.get().paths(),
                    exposure.get().shortcuts(), resilience.get(), scenarios.get(), RaciMatrix.of(governance.get()),
                    catalog.get().problems());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("assessment interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** Marks findings covered by a valid exception (same rule, subject among the finding's) as accepted. */
    private List<Finding> applyExceptions(Model model, List<Finding> findings) {
        List<Finding> result = new ArrayList<>(findings.size());
        for (Finding finding : findings) {
            boolean accepted = false;
            for (AcceptedRisk exception : model.exceptions()) {
                if (exception.rule().equals(finding.rule()) && finding.subjects().contains(exception.subject())
                        && exception.isValidOn(today)) {
                    accepted = true;
                    break;
                }
            }
            result.add(accepted ? finding.withAccepted(true) : finding);
        }
        return result;
    }
}
