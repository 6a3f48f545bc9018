package org.otbridge.analysis.governance;

import org.otbridge.analysis.Category;
import org.otbridge.analysis.FindingBuilder;
import org.otbridge.analysis.Mistake;
import org.otbridge.analysis.RuleInfo;
import org.otbridge.analysis.Severity;
import org.otbridge.model.Zone;

/**
 * OTB-GOV-001: a zone on the OT side (ot, safety or the OT DMZ) without exactly one accountable
 * person, counted across all its responsibility lines; a unit named accountable counts as
 * nobody, a unit next to a person as a second party.
 */
@RuleInfo(id = "OTB-GOV-001", category = Category.GOVERNANCE, severity = Severity.HIGH,
        mistake = Mistake.ONE_SILO,
        title = "OT zone without exactly one accountable person",
        explanation = "A control zone without one named owner has nobody to set its target security level, approve "
                + "changes to its conduits, accept its risks or sign its exceptions. When ownership is shared or "
                + "held by a department, changes wait for a meeting or happen without one, and during an incident "
                + "nobody is empowered to decide between isolating the zone and keeping the process running.",
        recommendation = "Name one person accountable for each OT, safety and DMZ zone, from the side that runs the "
                + "process it serves (the plant or control-room manager for a control zone), with engineering and IT "
                + "responsible or consulted. Write it as one responsibility line with a single accountable person.",
        references = {"NIST CSF 2.0 GV.RR-02", "IEC 62443-2-1:2024 ORG 1.3", "IEC 62443-3-2 ZCR 7.1",
                "CISA CPG 2.0 1.A"},
        reads = {"zone.domain", "responsibility.subject", "responsibility.accountable"})
public final class ZoneWithoutOneAccountablePerson implements GovernanceRule {

    @Override
    public void checkZone(Zone zone, GovernanceSite site, FindingBuilder out) {
        if (!GovernanceSite.isOtZone(zone)) {
            return;
        }
        site.accountabilityGap(zone.ref()).ifPresent(gap ->
                out.report(site.where(zone.ref()) + " has no single accountable person: " + gap + ".", zone.ref()));
    }
}
