package org.otbridge.analysis.governance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.otbridge.analysis.Finding;
import org.otbridge.analysis.FindingBuilder;
import org.otbridge.analysis.RuleMetadata;
import org.otbridge.analysis.attack.AttackCatalog;
import org.otbridge.analysis.facts.SiteFacts;

/**
 * Runs the governance rules over one model: who is accountable for the services, OT zones, IT/OT
 * connections and suppliers, whether IT and operations meet at the boundary, who holds the
 * mandate for the OT security programme, and whether accepted risks are still valid and properly
 * approved. A pure function of the model and the day; findings come sorted by
 * {@link Finding#ORDER} and are not yet matched against exceptions (the assessor does that).
 */
public final class GovernanceAnalyzer {

    private final AttackCatalog attack;
    private final List<GovernanceRule> rules;

    /** The built-in rules, with the bundled ATT&amp;CK names. */
    public GovernanceAnalyzer() {
        this(AttackCatalog.bundled(), GovernanceRules.all());
    }

    public GovernanceAnalyzer(AttackCatalog attack) {
        this(attack, GovernanceRules.all());
    }

    public GovernanceAnalyzer(AttackCatalog attack, List<GovernanceRule> rules) {
        this.attack = attack;
        this.rules = List.copyOf(rules);
    }

    /** @param today the day exceptions are judged on (expired when {@code today} is after their end) */
    public List<Finding> analyze(SiteFacts facts, LocalDate today) {
        return analyze(new GovernanceSite(facts, today));
    }

    public List<Finding> analyze(GovernanceSite site) {
        List<Finding> findings = new ArrayList<>();
        for (GovernanceRule rule : rules) {
            GovernanceFindings out = new GovernanceFindings(
                    new FindingBuilder(RuleMetadata.of(rule.getClass()), site.facts(), attack), site);
            rule.check(site, out);
            findings.addAll(out.findings());
        }
        findings.sort(Finding.ORDER);
        return List.copyOf(findings);
    }
}
