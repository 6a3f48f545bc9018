package org.otbridge.analysis.contingency;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.otbridge.analysis.Category;
import org.otbridge.analysis.Durations;
import org.otbridge.analysis.FindingBuilder;
import org.otbridge.analysis.Mistake;
import org.otbridge.analysis.RuleInfo;
import org.otbridge.analysis.Severity;
import org.otbridge.analysis.resilience.CutSet;
import org.otbridge.model.Asset;
import org.otbridge.model.Ref;
import org.otbridge.model.Spares;

/**
 * OTB-CONT-021: an asset in a minimal cut set of two elements of a critical service (so the
 * service survives its failure on the redundancy left) has no spare on hand and a lead time of at
 * least {@link #LONG_LEAD_TIME}: after its first failure the service runs without that redundancy
 * for the whole lead time, and one more failure of a partner stops it. Assets without a declared
 * lead time are not judged.
 */
@RuleInfo(id = "OTB-CONT-021", category = Category.CONTINGENCY, severity = Severity.MEDIUM,
        mistake = Mistake.INTEGRATION,
        title = "Redundancy stays broken for weeks after one failure (no spare, long lead time)",
        explanation = "Redundancy protects against one failure, not two. When a redundant element fails and there "
                + "is no spare, the service runs on the remaining element for as long as a replacement takes to "
                + "arrive; over weeks or months a second failure, a patch reboot or maintenance on the partner is "
                + "likely, and then the service stops with no warning left.",
        recommendation = "Keep a spare for redundant elements with long lead times (one shared spare often covers a "
                + "whole family), or agree a fast-exchange contract with the supplier; during the exposure window "
                + "freeze changes on the partner and tell the operators which element is now single.",
        references = {"NIST CSF 2.0 PR.IR-03", "NIST CSF 2.0 PR.PS-03", "IEC 62443-2-1:2024 AVAIL 1.1",
                "INL CIE principle \"planned resilience\""},
        attack = {"M0811"},
        reads = {"spares.on_hand", "spares.lead_time", "service.requires", "service.impact", "asset.requires",
                "zone.requires", "connection.requires"})
public final class RedundancyLostForMonths implements ContingencyRule {

    /** Four weeks: a month on a single element is long enough for a second failure or a reboot. */
    public static final Duration LONG_LEAD_TIME = Duration.ofDays(28);

    @Override
    public void checkAsset(Asset asset, ContingencySite site, FindingBuilder out) {
        Spares spares = asset.spares();
        if (spares == null || (spares.onHand() != null && spares.onHand() > 0) || spares.leadTime() == null
                || spares.leadTime().compareTo(LONG_LEAD_TIME) < 0) {
            return;
        }
        List<CutSet> pairs = site.pairsWith(asset.ref());
        if (pairs.isEmpty()) {
            return;
        }
        Set<Ref> services = new TreeSet<>(Ref.BY_KEY);
        Set<Ref> partners = new LinkedHashSet<>();
        for (CutSet pair : pairs) {
            if (!site.isCritical(pair.service())) {
                continue;
            }
            services.add(pair.service());
            for (Ref element : pair.elements()) {
                if (!element.equals(asset.ref())) {
                    partners.add(element);
                }
            }
        }
        if (services.isEmpty()) {
            return;
        }
        List<Ref> partnerList = new ArrayList<>(partners);
        partnerList.sort(Ref.BY_KEY);
        List<Ref> serviceList = List.copyOf(services);
        String detail = asset.ref().key() + " (" + FindingWords.typeOf(asset) + ") has no spare on hand and a lead "
                + "time of " + Durations.words(spares.leadTime()) + ". If it fails, " + Text.refs(serviceList)
                + (serviceList.size() == 1 ? " keeps" : " keep") + " running on the redundancy left, but for "
                + Durations.words(spares.leadTime()) + " one more failure of " + Text.refs(partnerList)
                + (serviceList.size() == 1 ? " stops it: then " : " stops them: then ")
                + site.whenStopped(serviceList) + ".";
        out.report(detail, asset.ref(), serviceList);
    }
}
