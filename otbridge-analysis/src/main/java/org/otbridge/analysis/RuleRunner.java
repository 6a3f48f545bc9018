package org.otbridge.analysis;

import java.util.ArrayList;
import java.util.List;
import org.otbridge.analysis.attack.AttackCatalog;
import org.otbridge.model.Asset;
import org.otbridge.model.Connection;
import org.otbridge.model.Control;
import org.otbridge.model.Model;
import org.otbridge.model.Service;
import org.otbridge.model.Supplier;
import org.otbridge.model.Zone;

/**
 * Runs built-in Java rules over one model: each rule once per connection, asset, zone, supplier,
 * service and control, in model order, then once for the site; one {@link FindingBuilder} per
 * rule and run. A pure function of the facts; findings come sorted by {@link Finding#ORDER} and
 * are not yet matched against exceptions (the assessor does that).
 */
public final class RuleRunner {

    private RuleRunner() {
    }

    public static <F extends RuleFacts> List<Finding> run(List<? extends SiteRule<F>> rules, F site,
            AttackCatalog attack) {
        List<Finding> findings = new ArrayList<>();
        Model model = site.facts().model();
        for (SiteRule<F> rule : rules) {
            FindingBuilder out = new FindingBuilder(RuleMetadata.of(rule.getClass()), site.facts(), attack,
                    site::scopeOf, site.exposure());
            for (Connection connection : model.connections()) {
                rule.checkConnection(connection, site, out);
            }
            for (Asset asset : model.assets()) {
                rule.checkAsset(asset, site, out);
            }
            for (Zone zone : model.zones()) {
                rule.checkZone(zone, site, out);
            }
            for (Supplier supplier : model.suppliers()) {
                rule.checkSupplier(supplier, site, out);
            }
            for (Service service : model.services()) {
                rule.checkService(service, site, out);
            }
            for (Control control : model.controls()) {
                rule.checkControl(control, site, out);
            }
            rule.checkSite(site, out);
            findings.addAll(out.findings());
        }
        findings.sort(Finding.ORDER);
        return List.copyOf(findings);
    }
}
