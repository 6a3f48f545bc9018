package org.otbridge.analysis.contingency;

import java.util.List;
import org.otbridge.analysis.Category;
import org.otbridge.analysis.Durations;
import org.otbridge.analysis.FindingBuilder;
import org.otbridge.analysis.Mistake;
import org.otbridge.analysis.RuleInfo;
import org.otbridge.analysis.Severity;
import org.otbridge.analysis.facts.SiteFacts;
import org.otbridge.model.Fallback;
import org.otbridge.model.Ref;
import org.otbridge.model.Service;

/**
 * OTB-CONT-001: a critical service has no fallback, or its fallback has never been tested or was
 * last tested more than {@value ContingencySite#FALLBACK_TEST_MONTHS} months before the
 * assessment day. Twelve months, not fifteen: manual operation is a skill of the shift crews and
 * decays with staff turnover and seasons, so it is practised yearly, while
 * the fifteen-month NERC CIP-009 cadence is kept for restore tests of backups (OTB-CONT-004).
 */
@RuleInfo(id = "OTB-CONT-001", category = Category.CONTINGENCY, severity = Severity.HIGH,
        mistake = Mistake.INTEGRATION,
        title = "Critical service without a manual or degraded fallback, or fallback not exercised",
        explanation = "When SCADA, telemetry or the network is lost or can no longer be trusted, the only thing "
                + "that keeps supply going is running the process by hand: local panels, field rounds, radio and "
                + "paper logs. Without a fallback the service stops the moment its first single point of failure "
                + "does, and stays down for the whole repair; a fallback nobody has practised in the last year "
                + "usually fails on the night it is needed (missing keys, unknown setpoints, crews who never did it).",
        recommendation = "Write down how the service runs without SCADA (who goes where, which setpoints, which "
                + "capacity, for how long), and exercise it with the shift crews at least once a year, in the "
                + "season it matters; record the date as fallback.last_tested and fix what the exercise shows.",
        references = {"CISA/FBI/EPA/DOE Primary Mitigations to Reduce Cyber Threats to OT (2025): practise manual "
                + "operation", "CISA CPG 2.0 6.A", "IEC 62443-2-1:2024 AVAIL 1.1",
                "INL CIE principle \"planned resilience\""},
        attack = {"M0810"},
        reads = {"service.impact", "service.fallback", "fallback.last_tested", "fallback.description",
                "service.max_tolerable_downtime", "service.requires", "asset.requires", "zone.requires",
                "connection.requires"})
public final class FallbackMissingOrNotExercised implements ContingencyRule {

    @Override
    public void checkService(Service service, ContingencySite site, FindingBuilder out) {
        if (!SiteFacts.isCritical(service)) {
            return;
        }
        Ref ref = service.ref();
        Fallback fallback = service.fallback();
        String detail;
        if (fallback == null) {
            List<Ref> spofs = site.spofsOf(ref);
            detail = ref.key() + " has no fallback: if SCADA or telemetry is lost it stops at once"
                    + (service.maxTolerableDowntime() == null ? ""
                            : " and tolerates only " + Durations.words(service.maxTolerableDowntime()) + " down")
                    + (spofs.isEmpty() ? "." : "; each of its " + spofs.size() + " single points of failure ("
                            + Text.refs(spofs) + ") stops it by itself.");
        } else if (fallback.lastTested() == null) {
            detail = ref.key() + " has a fallback (" + describe(fallback) + ") that has never been tested "
                    + "(no fallback.last_tested).";
        } else if (!site.exercised(fallback)) {
            detail = ref.key() + "'s fallback (" + describe(fallback) + ") was last tested on "
                    + fallback.lastTested() + ", " + Text.months(site.monthsSince(fallback.lastTested()))
                    + " before " + site.today() + "; it should be exercised at least every "
                    + ContingencySite.FALLBACK_TEST_MONTHS + " months.";
        } else {
            return;
        }
        out.report(detail, ref);
    }

    static String describe(Fallback fallback) {
        StringBuilder text = new StringBuilder();
        if (fallback.description() != null && !fallback.description().isBlank()) {
            String description = fallback.description().strip();
            int end = description.indexOf(". ");
            if (end > 0) {
                description = description.substring(0, end);
            }
            if (description.endsWith(".")) {
                description = description.substring(0, description.length() - 1);
            }
            text.append('"').append(description).append('"');
        } else {
            text.append("undescribed");
        }
        if (fallback.capacity() != null) {
            double capacity = fallback.capacity();
            text.append(", ").append(capacity == Math.rint(capacity) ? String.valueOf((long) capacity)
                    : String.valueOf(capacity)).append("% capacity");
        }
        if (fallback.sustainableFor() != null) {
            text.append(", sustainable for ").append(Durations.words(fallback.sustainableFor()));
        }
        return text.toString();
    }
}
