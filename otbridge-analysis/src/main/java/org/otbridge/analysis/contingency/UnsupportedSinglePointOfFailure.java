package org.otbridge.analysis.contingency;

import java.util.List;
import org.otbridge.analysis.Category;
import org.otbridge.analysis.FindingBuilder;
import org.otbridge.analysis.Mistake;
import org.otbridge.analysis.RuleInfo;
import org.otbridge.analysis.Severity;
import org.otbridge.model.Asset;
import org.otbridge.model.Ref;

/**
 * OTB-CONT-016: an asset whose {@code end_of_support} lies before the assessment day is a single
 * point of failure of a critical service.
 */
@RuleInfo(id = "OTB-CONT-016", category = Category.CONTINGENCY, severity = Severity.HIGH,
        mistake = Mistake.INTEGRATION,
        title = "Single point of failure of a critical service is past its end of support",
        explanation = "After end of support there are no fixes, new parts come from the second-hand market if at "
                + "all, and the installation media, licences and tools to rebuild it may no longer be obtainable or "
                + "run on current hardware. When it fails, operations wait an unknown time for a part or a "
                + "migration project, on the fallback or without the service.",
        recommendation = "Plan and fund the migration now, before the failure forces it; until then keep a tested "
                + "spare and a proven image with its tools and licences, buy last-time parts, and isolate the "
                + "element so that an unpatched weakness cannot be used to stop it.",
        references = {"NIST SP 800-82r3 App. F SA-22", "NIST CSF 2.0 ID.AM-08", "NIST CSF 2.0 PR.PS-03",
                "IEC 62443-2-1:2024 AVAIL 1.1"},
        attack = {"M0811", "M0951"},
        reads = {"asset.end_of_support", "asset.product", "asset.version", "service.requires", "service.impact",
                "asset.requires", "zone.requires", "connection.requires", "service.fallback", "fallback.capacity",
                "fallback.sustainable_for"})
public final class UnsupportedSinglePointOfFailure implements ContingencyRule {

    @Override
    public void checkAsset(Asset asset, ContingencySite site, FindingBuilder out) {
        if (asset.endOfSupport() == null || !asset.endOfSupport().isBefore(site.today())) {
            return;
        }
        List<Ref> critical = site.criticalStoppedBy(asset.ref());
        if (critical.isEmpty()) {
            return;
        }
        String product = asset.product() == null ? "" : " (" + asset.product().strip()
                + (asset.version() == null ? "" : " " + asset.version().strip()) + ")";
        String detail = asset.ref().key() + product + " went out of support on " + asset.endOfSupport() + ", "
                + Text.months(site.monthsSince(asset.endOfSupport())) + " before " + site.today()
                + ", and is a single point of failure: if it fails, " + site.whenStopped(critical)
                + ". Its restore takes " + site.restoreOf(asset).text() + ".";
        out.report(detail, asset.ref(), critical);
    }
}
