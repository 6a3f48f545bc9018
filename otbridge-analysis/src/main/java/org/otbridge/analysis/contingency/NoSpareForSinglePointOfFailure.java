package org.otbridge.analysis.contingency;

import java.util.List;
import org.otbridge.analysis.Category;
import org.otbridge.analysis.Durations;
import org.otbridge.analysis.FindingBuilder;
import org.otbridge.analysis.Mistake;
import org.otbridge.analysis.RuleInfo;
import org.otbridge.analysis.Severity;
import org.otbridge.model.Asset;
import org.otbridge.model.AssetType;
import org.otbridge.model.Ref;
import org.otbridge.model.Spares;

/**
 * OTB-CONT-007: an asset is a single point of failure of a critical service and has no spare on
 * hand ({@code spares.on_hand} 0 or absent). Cloud services and telecom links are left out (no
 * spare part of one is held; OTB-CONT-011 and -017 cover them). Assets that declare no
 * {@code spares} at all are reported by OTB-CONT-020 instead, so that a finding never states a
 * fact the model does not.
 */
@RuleInfo(id = "OTB-CONT-007", category = Category.CONTINGENCY, severity = Severity.HIGH,
        mistake = Mistake.INTEGRATION,
        title = "No spare for a single point of failure of a critical service",
        explanation = "Controllers, I/O and communication modules, relays, industrial PCs and network devices often "
                + "have lead times of weeks to months, and obsolete parts may only be found second-hand. Without a "
                + "spare on the shelf, the first hardware fault of this element leaves operations on the fallback, "
                + "or without the service, for the whole delivery time.",
        recommendation = "Keep at least one tested spare (or a pre-configured cold standby) on site for every single "
                + "point of failure of a critical service, with its firmware and configuration ready to load; for "
                + "obsolete parts buy the last-time supply or plan the migration now, and record spares.on_hand.",
        references = {"NIST CSF 2.0 PR.PS-03", "NIST CSF 2.0 ID.AM-08", "IEC 62443-2-1:2024 AVAIL 1.1",
                "NIST SP 800-82r3 App. F SA-22", "INL CIE principle \"planned resilience\""},
        attack = {"M0811"},
        reads = {"spares.on_hand", "spares.lead_time", "asset.type", "service.requires", "service.impact",
                "asset.requires", "zone.requires", "connection.requires", "service.fallback", "fallback.capacity",
                "fallback.sustainable_for"})
public final class NoSpareForSinglePointOfFailure implements ContingencyRule {

    @Override
    public void checkAsset(Asset asset, ContingencySite site, FindingBuilder out) {
        Spares spares = asset.spares();
        if (spares == null || (spares.onHand() != null && spares.onHand() > 0)
                || asset.type() == AssetType.CLOUD_SERVICE || asset.type() == AssetType.TELECOM_LINK
                || asset.type() == AssetType.SIP_TRUNK) {
            return;
        }
        List<Ref> critical = site.criticalStoppedBy(asset.ref());
        if (critical.isEmpty()) {
            return;
        }
        String wait = spares.leadTime() == null ? "no lead time is declared, so nobody knows how long a replacement takes"
                : "a replacement takes " + Durations.words(spares.leadTime()) + " to arrive (spares.lead_time)";
        String detail = asset.ref().key() + " (" + FindingWords.typeOf(asset) + ") has no spare on hand and "
                + wait + ". It is a single point of failure: if it fails, " + site.whenStopped(critical) + ".";
        out.report(detail, asset.ref(), critical);
    }
}
