package org.otbridge.analysis.contingency;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.otbridge.analysis.Finding;
import org.otbridge.analysis.FindingBuilder;
import org.otbridge.analysis.RuleMetadata;
import org.otbridge.analysis.attack.AttackCatalog;
import org.otbridge.analysis.facts.SiteFacts;
import org.otbridge.analysis.resilience.ResilienceResult;

/**
 * Runs the contingency rules over one model and its resilience result: can operations keep the
 * services going, and for how long, when something fails (fallbacks, spares, backups, suppliers,
 * single points of failure). A pure function of the model, the resilience result and
 * {@code today}, the day every date is judged against (fallback tests, restore tests, end of
 * support). Findings come sorted by {@link Finding#ORDER} and are not yet matched against
 * exceptions (the assessor does that).
 */
public final class ContingencyAnalyzer {

    private final AttackCatalog attack;
    private final List<ContingencyRule> rules;

    /** The built-in rules, with the bundled ATT&amp;CK names. */
    public ContingencyAnalyzer() {
        this(AttackCatalog.bundled(), ContingencyRules.all());
    }

    public ContingencyAnalyzer(AttackCatalog attack) {
        this(attack, ContingencyRules.all());
    }

    public ContingencyAnalyzer(AttackCatalog attack, List<ContingencyRule> rules) {
        this.attack = attack;
        this.rules = List.copyOf(rules);
    }

    public List<Finding> analyze(SiteFacts facts, ResilienceResult resilience, LocalDate today) {
        return analyze(new ContingencySite(facts, resilience, today));
    }

    public List<Finding> analyze(ContingencySite site) {
        List<Finding> findings = new ArrayList<>();
        for (ContingencyRule rule : rules) {
            FindingBuilder out = new FindingBuilder(RuleMetadata.of(rule.getClass()), site.facts(), attack);
            rule.check(site, out);
            findings.addAll(out.findings());
        }
        findings.sort(Finding.ORDER);
        return List.copyOf(findings);
    }
}
