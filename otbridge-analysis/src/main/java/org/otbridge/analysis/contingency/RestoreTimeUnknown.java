package org.otbridge.analysis.contingency;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.otbridge.analysis.Category;
import org.otbridge.analysis.FindingBuilder;
import org.otbridge.analysis.Mistake;
import org.otbridge.analysis.RuleInfo;
import org.otbridge.analysis.Severity;
import org.otbridge.analysis.facts.SiteFacts;
import org.otbridge.model.Asset;
import org.otbridge.model.Ref;
import org.otbridge.model.Service;

/**
 * OTB-CONT-020: the restore time of single points of failure of a critical service cannot be
 * estimated at all ({@link RestoreEstimate#unknown()}): the model declares no spares, no supplier
 * response time that applies and (where it matters) no backup, so OTB-CONT-002 and -006 cannot
 * judge them. One finding per service, naming every such asset; subjects: the service and up to
 * five of them.
 */
@RuleInfo(id = "OTB-CONT-020", category = Category.CONTINGENCY, severity = Severity.INFO,
        mistake = Mistake.INTEGRATION,
        title = "Restore time of single points of failure cannot be estimated",
        explanation = "Nobody can say how long the service will be down when one of these elements fails: whether "
                + "a spare is on the shelf, how long one takes to arrive, who repairs it and how fast. Operations "
                + "find out during the outage, and the comparison with the tolerable downtime and with the fallback "
                + "cannot be made beforehand.",
        recommendation = "Declare what restoring each element takes: spares (on_hand, lead_time), the supplier and "
                + "its support_sla, and for devices with configuration a backup with its last restore test.",
        references = {"NIST CSF 2.0 ID.AM-08", "IEC 62443-2-1:2024 AVAIL 2.5", "NIST SP 800-34 Rev. 1"},
        reads = {"service.requires", "service.impact", "asset.requires", "zone.requires", "connection.requires",
                "spares.on_hand", "spares.lead_time", "backup.exists", "backup.last_restore_test", "asset.supplier",
                "supplier.support_sla", "supplier.single_source", "asset.usage", "service.fallback",
                "fallback.capacity", "fallback.sustainable_for"})
public final class RestoreTimeUnknown implements ContingencyRule {

    @Override
    public void checkService(Service service, ContingencySite site, FindingBuilder out) {
        if (!SiteFacts.isCritical(service)) {
            return;
        }
        List<Ref> spofs = site.spofsOf(service.ref());
        List<Asset> unknown = new ArrayList<>();
        int assets = 0;
        for (Ref spof : spofs) {
            Optional<Asset> asset = site.asset(spof);
            if (asset.isPresent()) {
                assets++;
                if (site.restoreOf(asset.get()).unknown()) {
                    unknown.add(asset.get());
                }
            }
        }
        if (unknown.isEmpty()) {
            return;
        }
        List<String> named = new ArrayList<>();
        for (Asset asset : unknown) {
            named.add(asset.ref().key() + " (" + FindingBuilder.words(asset.type()) + "; "
                    + site.restoreOf(asset).basisText() + ")");
        }
        String detail = "The restore time of " + unknown.size() + " of the " + assets + " assets that are single "
                + "points of failure of " + service.ref().key() + " cannot be estimated: " + Text.and(named)
                + ". If one of them fails, " + site.whenStopped(service.ref()) + ", for an unknown time.";
        List<Ref> subjects = new ArrayList<>();
        subjects.add(service.ref());
        unknown.stream().limit(Text.NAMED).forEach(a -> subjects.add(a.ref()));
        out.report(detail, subjects, List.of(service.ref()));
    }
}
