package org.otbridge.analysis.exposure;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.otbridge.analysis.Category;
import org.otbridge.analysis.Durations;
import org.otbridge.analysis.FindingBuilder;
import org.otbridge.analysis.Mistake;
import org.otbridge.analysis.RuleInfo;
import org.otbridge.analysis.Severity;
import org.otbridge.analysis.facts.SiteFacts;
import org.otbridge.model.Ref;

/**
 * OTB-EXP-003: from an entry point, a cheap attack could stop a critical service faster than it
 * can tolerate: the attacker can reach every element of one of its single points of failure or
 * cut sets, and the service would be lost before its tolerable downtime ({@link Outage}).
 */
@RuleInfo(id = "OTB-EXP-003", category = Category.EXPOSURE, severity = Severity.HIGH,
        mistake = Mistake.INTEGRATION,
        title = "A cheap attack could stop a critical service faster than it tolerates",
        explanation = "An attacker does not need to command a controller to hurt operations: wiping the SCADA "
                + "servers, stopping the controllers or breaking the network and power they need stops the "
                + "service just as well, and a restore after an attack takes days. Where that is cheap from an "
                + "entry point and the fallback does not last as long as the service can be without it, one "
                + "phishing mail or one compromised supplier account is an outage.",
        recommendation = "Make the way to these elements expensive (remove or broker the shortcuts on it, MFA and "
                + "approval per session on the entry conduits), and make their loss survivable: keep them "
                + "redundant in separate zones, hold offline backups and spares, and give the service a "
                + "fallback that lasts longer than its tolerable downtime, tested with the people who run it.",
        references = {"IEC 62443-3-3 SR 5.1", "IEC 62443-3-3 SR 7.1", "NIST SP 800-82r3", "NIST SP 800-34"},
        attack = {"T0813", "T0816", "T0826", "T0881", "M0953"},
        reads = {"service.requires", "service.impact", "service.max_tolerable_downtime", "service.fallback",
                "connection.from", "connection.to", "connection.auth", "asset.zones", "asset.requires"})
public final class AttackStopsCriticalService implements ExposureRule {

    @Override
    public void checkSite(ExposureSite site, FindingBuilder out) {
        SiteFacts facts = site.facts();
        for (Outage outage : site.result().outages()) {
            boolean critical = facts.model().service(outage.service().id()).map(SiteFacts::isCritical).orElse(false);
            if (critical && outage.cost() < ExposureLevel.CHEAP_BELOW && outage.fasterThanTolerated()) {
                report(outage, out);
            }
        }
    }

    private static void report(Outage outage, FindingBuilder out) {
        String what = outage.effect().equals("lost") ? "it is lost at once (no fallback)"
                : "it runs on its fallback and is lost after " + Durations.words(outage.timeToImpact());
        String tolerates = outage.tolerable() == null ? "the model states no tolerable downtime"
                : "it can tolerate " + Durations.words(outage.tolerable()) + " down";
        List<Ref> subjects = new ArrayList<>();
        subjects.add(outage.service());
        subjects.add(outage.entry());
        subjects.addAll(outage.elements());
        out.report("From " + outage.entry().key() + " an attacker can stop " + outage.service().key() + " at cost "
                + Costs.format(outage.cost()) + " by taking down " + outage.elements().stream().map(Ref::key)
                        .collect(Collectors.joining(" and ")) + ": " + what + ", while " + tolerates + ".",
                subjects, List.of(outage.service()),
                new ExposureIndex.Exposure(outage.cost(), outage.entry(), false));
    }
}
