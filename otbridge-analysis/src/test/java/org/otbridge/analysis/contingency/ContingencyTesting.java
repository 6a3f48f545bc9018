package org.otbridge.analysis.contingency;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.otbridge.analysis.Finding;
import org.otbridge.analysis.RuleRunner;
import org.otbridge.analysis.attack.AttackCatalog;
import org.otbridge.analysis.facts.SiteFacts;
import org.otbridge.analysis.resilience.ResilienceAnalyzer;
import org.otbridge.model.Model;
import org.otbridge.model.Ref;
import org.otbridge.model.load.LoadResult;
import org.otbridge.model.load.ModelLoader;
import org.otbridge.model.load.ModelSource;

/** Small inline models for the contingency rule tests, judged on the example's assessment day. */
final class ContingencyTesting {

    /** The day the bundled example was written for (examples/README.md). */
    static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

    private ContingencyTesting() {
    }

    static Model model(String yaml) {
        LoadResult result = new ModelLoader().load(List.of(new ModelSource("m.yaml", yaml)));
        assertThat(result.ok()).as("model loads: %s", result.problems()).isTrue();
        return result.model();
    }

    static ContingencySite site(String yaml) {
        SiteFacts facts = new SiteFacts(model(yaml));
        return new ContingencySite(facts, ResilienceAnalyzer.analyze(facts), TODAY);
    }

    /** Runs one rule over {@code yaml} on {@link #TODAY}. */
    static List<Finding> run(ContingencyRule rule, String yaml) {
        return RuleRunner.run(List.of(rule), site(yaml), AttackCatalog.bundled());
    }

    /** The subjects of every finding, as keys. */
    static List<List<String>> subjects(List<Finding> findings) {
        return findings.stream().map(f -> keys(f.subjects())).toList();
    }

    static List<String> keys(List<Ref> refs) {
        return refs.stream().map(Ref::key).toList();
    }

    /** The one finding whose first subject is {@code key}. */
    static Finding on(List<Finding> findings, String key) {
        return findings.stream().filter(f -> f.subjects().get(0).key().equals(key)).findFirst()
                .orElseThrow(() -> new AssertionError("no finding on " + key + " in " + subjects(findings)));
    }
}
