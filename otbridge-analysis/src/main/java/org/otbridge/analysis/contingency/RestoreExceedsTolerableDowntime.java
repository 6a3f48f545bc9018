package org.otbridge.analysis.contingency;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.otbridge.analysis.Category;
import org.otbridge.analysis.Durations;
import org.otbridge.analysis.FindingBuilder;
import org.otbridge.analysis.Mistake;
import org.otbridge.analysis.RuleInfo;
import org.otbridge.analysis.Severity;
import org.otbridge.model.Asset;
import org.otbridge.model.Ref;

/**
 * OTB-CONT-006: an asset is a single point of failure of a critical service and its estimated
 * restore ({@link RestoreEstimate}: spares lead time when none is on hand, the supplier's
 * support_sla when the supplier is needed, a day more when the restore is not proven, open-ended
 * without a backup) is at least the service's {@code max_tolerable_downtime}. One finding per
 * asset, naming every critical service whose tolerable downtime it exceeds. Unknown estimates are
 * left to OTB-CONT-020; services without a maximum tolerable downtime are not judged.
 */
@RuleInfo(id = "OTB-CONT-006", category = Category.CONTINGENCY, severity = Severity.CRITICAL,
        mistake = Mistake.INTEGRATION,
        title = "Restore time (spares, supplier, restore) exceeds the service's maximum tolerable downtime",
        explanation = "The maximum tolerable downtime is what the organisation has said it can bear; a restore "
                + "that takes longer means the outage runs past it by design, not by bad luck: waiting for a part, "
                + "for the supplier to turn up, and for an unproven restore to work. Operations face the full "
                + "estimated restore time on the fallback, or without supply when the fallback runs out.",
        recommendation = "Bring the restore time below the tolerable downtime: keep a spare on hand (or a "
                + "pre-configured cold standby), keep a proven backup of logic and configuration, agree a supplier "
                + "response time and 24/7 coverage that fit, and where that is not enough make the element redundant "
                + "so that its failure no longer stops the service.",
        references = {"IEC 62443-2-1:2024 AVAIL 2.5", "ISO 22301 / ISO/TS 22317 (MTPD from the BIA)",
                "NIST SP 800-34 Rev. 1", "NIST CSF 2.0 RC.RP-02", "NIST CSF 2.0 GV.OC-04"},
        attack = {"M0811"},
        reads = {"service.max_tolerable_downtime", "service.requires", "service.impact", "asset.requires",
                "zone.requires", "connection.requires", "spares.on_hand", "spares.lead_time", "backup.exists",
                "backup.last_restore_test", "asset.supplier", "supplier.support_sla", "supplier.single_source",
                "asset.usage", "service.fallback", "fallback.capacity", "fallback.sustainable_for"})
public final class RestoreExceedsTolerableDowntime implements ContingencyRule {

    @Override
    public void checkAsset(Asset asset, ContingencySite site, FindingBuilder out) {
        List<Ref> critical = site.criticalStoppedBy(asset.ref());
        if (critical.isEmpty()) {
            return;
        }
        RestoreEstimate restore = site.restoreOf(asset);
        List<Ref> exceeded = new ArrayList<>();
        List<String> limits = new ArrayList<>();
        for (Map.Entry<Ref, Duration> mtd : site.tolerableDowntimes(critical).entrySet()) {
            if (restore.atLeast(mtd.getValue())) {
                exceeded.add(mtd.getKey());
                limits.add(Durations.words(mtd.getValue()) + " for " + mtd.getKey().key());
            }
        }
        if (exceeded.isEmpty()) {
            return;
        }
        String detail = "If " + asset.ref().key() + " (" + FindingWords.typeOf(asset) + ") fails, "
                + site.whenStopped(exceeded) + ". Bringing it back takes " + restore.text()
                + ", against a maximum tolerable downtime of " + Text.and(limits) + ".";
        out.report(detail, asset.ref(), exceeded);
    }
}
