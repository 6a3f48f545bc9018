package org.otbridge.analysis.architecture;

import java.time.LocalDate;
import java.util.List;
import org.otbridge.analysis.Finding;
import org.otbridge.analysis.RuleRunner;
import org.otbridge.analysis.attack.AttackCatalog;
import org.otbridge.analysis.exposure.ExposureAnalyzer;
import org.otbridge.analysis.facts.SiteFacts;

/**
 * Runs an architecture rule as an assessment does: with the exposure of every element and the
 * assessment day, over {@link RuleTesting#BASE} plus a model file of the test's own.
 */
final class ExposedRuleTesting {

    /** The day the bundled example was written for. */
    static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

    private ExposedRuleTesting() {
    }

    static List<Finding> run(ArchitectureRule rule, String yaml) {
        SiteFacts facts = new SiteFacts(RuleTesting.model(yaml));
        return RuleRunner.run(List.of(rule), new ArchitectureSite(facts, ExposureAnalyzer.analyze(facts).index(), TODAY),
                AttackCatalog.bundled());
    }
}
