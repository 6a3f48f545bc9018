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
 * OTB-CONT-019: a power supply (UPS, station battery) is a single point of failure of a critical
 * service. The finding names the assets it feeds directly.
 */
@RuleInfo(id = "OTB-CONT-019", category = Category.CONTINGENCY, severity = Severity.MEDIUM,
        mistake = Mistake.INTEGRATION,
        title = "A single power supply is a single point of failure of a critical service",
        explanation = "A UPS or battery that fails (a dead battery string, a failed inverter, a fault during "
                + "maintenance bypass) drops everything it feeds at once; when the redundant pair of servers, the "
                + "front end and the router all hang on the same unit, the redundancy above it is worth nothing and "
                + "operations lose view until power is restored and every device has rebooted cleanly.",
        recommendation = "Feed redundant elements from separate UPS units, give single-corded critical devices an "
                + "automatic transfer switch, test batteries and bypass on a schedule, and model the power path "
                + "({any: [ups-a, ups-b]} for dual-corded devices).",
        references = {"IEC 62443-3-3 SR 7.5", "NIST SP 800-82r3 App. F PE-11", "NIST CSF 2.0 PR.IR-02",
                "NIST CSF 2.0 PR.IR-03"},
        attack = {"M0811"},
        reads = {"asset.type", "service.requires", "service.impact", "asset.requires", "zone.requires",
                "connection.requires", "service.fallback", "fallback.capacity", "fallback.sustainable_for"})
public final class SinglePowerSupply implements ContingencyRule {

    @Override
    public void checkAsset(Asset asset, ContingencySite site, FindingBuilder out) {
        if (!asset.type().isPower()) {
            return;
        }
        List<Ref> critical = site.criticalStoppedBy(asset.ref());
        if (critical.isEmpty()) {
            return;
        }
        List<Ref> feeds = site.directDependents(asset.ref());
        String detail = asset.ref().key() + FindingWords.named(asset)
                + (feeds.isEmpty() ? "" : " feeds " + Text.refs(feeds) + "; it")
                + " is a single point of failure: if it fails, " + site.whenStopped(critical) + ".";
        out.report(detail, asset.ref(), critical);
    }
}
