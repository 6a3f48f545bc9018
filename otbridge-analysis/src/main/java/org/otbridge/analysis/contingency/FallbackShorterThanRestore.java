package org.otbridge.analysis.contingency;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.otbridge.analysis.Category;
import org.otbridge.analysis.Durations;
import org.otbridge.analysis.FindingBuilder;
import org.otbridge.analysis.Mistake;
import org.otbridge.analysis.RuleInfo;
import org.otbridge.analysis.Severity;
import org.otbridge.model.Asset;
import org.otbridge.model.Ref;
import org.otbridge.model.Service;

/**
 * OTB-CONT-002: a service's fallback can be sustained for less time than the estimated restore of
 * one of its single points of failure ({@link RestoreEstimate}), so the service is lost before
 * the failed asset is back. Only assets are estimated; services whose fallback declares no
 * {@code sustainable_for} are not judged. Subjects: the service, then the assets whose restore
 * outlasts the fallback, longest first (at most five).
 */
@RuleInfo(id = "OTB-CONT-002", category = Category.CONTINGENCY, severity = Severity.HIGH,
        mistake = Mistake.INTEGRATION,
        title = "Fallback cannot last as long as a realistic restore",
        explanation = "The fallback buys time, not a solution: when it runs out (crews exhausted, fuel, manual "
                + "patrols that cannot go on, customers on reduced supply) the service is lost, and it stays lost "
                + "until the failed part has been replaced, reloaded and recommissioned. If that restore takes weeks "
                + "and the fallback lasts hours or days, operations face a full outage despite the fallback.",
        recommendation = "Shorten the restore to fit inside the fallback: keep a spare on the shelf, keep a "
                + "proven backup of logic and configuration, agree a response time with the supplier that fits; or "
                + "make the fallback sustainable for longer (staffing plan, local automatic control, mobile units) "
                + "and remove the single point of failure with redundancy.",
        references = {"IEC 62443-2-1:2024 AVAIL 2.5", "NIST SP 800-34 Rev. 1 (MTD, RTO, RPO)", "NIST CSF 2.0 RC.RP-02"},
        attack = {"M0811"},
        reads = {"service.fallback", "fallback.sustainable_for", "fallback.capacity",
                "service.max_tolerable_downtime", "service.requires", "service.impact", "asset.requires",
                "zone.requires", "connection.requires", "spares.on_hand", "spares.lead_time", "backup.exists",
                "backup.last_restore_test", "asset.supplier", "supplier.support_sla", "supplier.single_source",
                "asset.usage"})
public final class FallbackShorterThanRestore implements ContingencyRule {

    @Override
    public void checkService(Service service, ContingencySite site, FindingBuilder out) {
        if (service.fallback() == null || service.fallback().sustainableFor() == null) {
            return;
        }
        Duration lasts = service.fallback().sustainableFor();
        List<Asset> longer = new ArrayList<>();
        for (Ref spof : site.spofsOf(service.ref())) {
            site.asset(spof).filter(a -> site.restoreOf(a).longerThan(lasts)).ifPresent(longer::add);
        }
        if (longer.isEmpty()) {
            return;
        }
        longer.sort(Comparator.comparing((Asset a) -> site.restoreOf(a).lowerBound()).reversed()
                .thenComparing(Asset::id));
        List<String> restores = new ArrayList<>();
        for (Asset asset : longer) {
            restores.add(asset.ref().key() + " " + site.restoreOf(asset).text());
        }
        Asset worst = longer.get(0);
        String detail = service.ref().key() + "'s fallback (" + FallbackMissingOrNotExercised.describe(
                service.fallback()) + ") lasts " + Durations.words(lasts) + ", less than the restore of "
                + (longer.size() == 1 ? "its single point of failure: " : "its single points of failure: ")
                + Text.and(restores) + ". If " + worst.ref().key() + " fails, the fallback runs out after "
                + Durations.words(lasts) + " and the service is then lost until the restore is done, "
                + site.restoreOf(worst).amount() + " after the failure"
                + (service.maxTolerableDowntime() == null ? ""
                        : ", against a maximum tolerable downtime of " + Durations.words(service.maxTolerableDowntime()))
                + ".";
        List<Ref> subjects = new ArrayList<>();
        subjects.add(service.ref());
        longer.stream().limit(Text.NAMED).forEach(a -> subjects.add(a.ref()));
        out.report(detail, subjects, List.of(service.ref()));
    }
}
