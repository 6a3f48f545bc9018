package org.otbridge.analysis.architecture;

import java.util.ArrayList;
import java.util.List;
import org.otbridge.analysis.Finding;
import org.otbridge.analysis.FindingBuilder;
import org.otbridge.analysis.RuleMetadata;
import org.otbridge.analysis.attack.AttackCatalog;
import org.otbridge.analysis.facts.SiteFacts;
import org.otbridge.model.Asset;
import org.otbridge.model.Zone;

/**
 * Runs the architecture rules over one model: each rule once per connection, asset and zone, one
 * pass each. A pure function of the model; findings come sorted by {@link Finding#ORDER} and are
 * not yet matched against exceptions (the assessor does that).
 */
public final class ArchitectureAnalyzer {

    private final AttackCatalog attack;
    private final List<ArchitectureRule> rules;

    /** The built-in rules, with the bundled ATT&amp;CK names. */
    public ArchitectureAnalyzer() {
        this(AttackCatalog.bundled(), ArchitectureRules.all());
    }

    public ArchitectureAnalyzer(AttackCatalog attack) {
        this(attack, ArchitectureRules.all());
    }

    public ArchitectureAnalyzer(AttackCatalog attack, List<ArchitectureRule> rules) {
        this.attack = attack;
        this.rules = List.copyOf(rules);
    }

    public List<Finding> analyze(SiteFacts facts) {
        return analyze(new ArchitectureSite(facts));
    }

    public List<Finding> analyze(ArchitectureSite site) {
        List<Finding> findings = new ArrayList<>();
        List<Asset> assets = site.model().assets();
        List<Zone> zones = site.model().zones();
        for (ArchitectureRule rule : rules) {
            FindingBuilder out = new FindingBuilder(RuleMetadata.of(rule.getClass()), site.facts(), attack);
            for (ConnectionView connection : site.connections()) {
                rule.checkConnection(connection, site, out);
            }
            for (Asset asset : assets) {
                rule.checkAsset(asset, site, out);
            }
            for (Zone zone : zones) {
                rule.checkZone(zone, site, out);
            }
            findings.addAll(out.findings());
        }
        findings.sort(Finding.ORDER);
        return List.copyOf(findings);
    }
}
