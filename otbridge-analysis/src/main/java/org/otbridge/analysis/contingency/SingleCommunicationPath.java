package org.otbridge.analysis.contingency;

import java.util.List;
import org.otbridge.analysis.Category;
import org.otbridge.analysis.FindingBuilder;
import org.otbridge.analysis.Mistake;
import org.otbridge.analysis.RuleInfo;
import org.otbridge.analysis.Severity;
import org.otbridge.model.Asset;
import org.otbridge.model.AssetType;
import org.otbridge.model.Ref;

/**
 * OTB-CONT-011: a telecom link is a single point of failure of a critical service: the service
 * has one communication path (to field sites, to the plant, to a provider) and no diverse second
 * one.
 */
@RuleInfo(id = "OTB-CONT-011", category = Category.CONTINGENCY, severity = Severity.HIGH,
        mistake = Mistake.INTEGRATION,
        title = "Critical service has a single communication path",
        explanation = "A cut fibre, a failed carrier or a flooded cabinet takes the only path with it: operations "
                + "lose view and control of whatever lies behind it (remote sites, the plant, a provider) until the "
                + "carrier or a field crew has repaired it, typically hours to days; for field sites, people have to "
                + "be sent to every site and run it by hand in the meantime.",
        recommendation = "Add a diverse second path (a second carrier or route, radio or satellite) that the service "
                + "can run on, test the switch-over, and give operators out-of-band voice that does not depend on "
                + "the IT network; write both paths into the requires of the connection ({any: [...]}).",
        references = {"NIST CSF 2.0 PR.IR-03", "CISA CPG 2.0 6.A"},
        attack = {"M0810", "M0811"},
        reads = {"asset.type", "service.requires", "service.impact", "asset.requires", "zone.requires",
                "connection.requires", "service.fallback", "fallback.capacity", "fallback.sustainable_for"})
public final class SingleCommunicationPath implements ContingencyRule {

    @Override
    public void checkAsset(Asset asset, ContingencySite site, FindingBuilder out) {
        if (asset.type() != AssetType.TELECOM_LINK) {
            return;
        }
        List<Ref> critical = site.criticalStoppedBy(asset.ref());
        if (critical.isEmpty()) {
            return;
        }
        String detail = asset.ref().key() + FindingWords.named(asset)
                + " is the only communication path: if it is cut, " + site.whenStopped(critical)
                + ". Its repair takes " + site.restoreOf(asset).text() + ".";
        out.report(detail, asset.ref(), critical);
    }
}
