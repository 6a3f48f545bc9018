package org.otbridge.analysis.governance;

import java.util.List;
import org.otbridge.analysis.Category;
import org.otbridge.analysis.FindingBuilder;
import org.otbridge.analysis.Mistake;
import org.otbridge.analysis.RuleInfo;
import org.otbridge.analysis.Severity;
import org.otbridge.model.Asset;
import org.otbridge.model.AssetType;
import org.otbridge.model.Discipline;
import org.otbridge.model.Domain;
import org.otbridge.model.UsageTag;
import org.otbridge.model.Zone;

/**
 * OTB-GOV-009: a safety zone, or an OT zone holding a safety instrumented system or an asset with
 * a safety function, without the safety discipline accountable, responsible or consulted.
 */
@RuleInfo(id = "OTB-GOV-009", category = Category.GOVERNANCE, severity = Severity.HIGH,
        mistake = Mistake.ONE_SILO,
        title = "Zone with a safety function but no safety discipline involved",
        explanation = "Security changes can defeat a safety function (a firewall rule that blocks a trip signal, a "
                + "patch that changes timing, a scan that halts a safety controller) and safety changes can open "
                + "security holes. Without process safety at the table, such changes bypass the management of change "
                + "and hazard reviews the safety case depends on.",
        recommendation = "Consult the safety discipline (HSE or process safety) on every change in zones with safety "
                + "instrumented systems or safety functions, and take those changes through the management-of-change "
                + "and hazard review process; make the safety engineer responsible for the safety controllers.",
        references = {"IEC 62443-3-2 ZCR 3.3", "IEC 62443-2-1:2024 EVENT 1.8", "IEC 61511-1:2016 8.2.4",
                "ISA TR84.00.09", "ACSC/CISA Principles of OT Cyber Security (2024) principle 1"},
        reads = {"zone.domain", "asset.type", "asset.usage", "asset.zones", "responsibility.subject",
                "responsibility.accountable", "responsibility.responsible", "responsibility.consulted",
                "person.unit", "unit.discipline"})
public final class SafetyZoneWithoutSafetyDiscipline implements GovernanceRule {

    @Override
    public void checkZone(Zone zone, GovernanceSite site, FindingBuilder out) {
        if (!GovernanceSite.isOtZone(zone)) {
            return;
        }
        List<Asset> safety = site.facts().assetsIn(zone).stream()
                .filter(a -> a.type() == AssetType.SIS || a.usage().contains(UsageTag.SAFETY_FUNCTION)).toList();
        if (zone.domain() != Domain.SAFETY && safety.isEmpty()) {
            return;
        }
        GovernanceSite.Raci raci = site.raciOf(zone.ref());
        if (site.involves(raci.involved(), Discipline.SAFETY)) {
            return;
        }
        String what = safety.isEmpty() ? "is a safety zone"
                : "holds safety functions (" + Words.refs(safety.stream().map(Asset::ref).toList(), 4) + ")";
        String who = raci.involved().isEmpty() ? "nobody is accountable, responsible or consulted for it"
                : "only " + Words.and(raci.involved().stream().map(site::describe).toList()) + " take part";
        out.report(site.where(zone.ref()) + " " + what + ", but no safety party is involved: " + who + ".",
                zone.ref());
    }
}
