package org.otbridge.analysis.governance;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.otbridge.analysis.Category;
import org.otbridge.analysis.FindingBuilder;
import org.otbridge.analysis.Mistake;
import org.otbridge.analysis.RuleInfo;
import org.otbridge.analysis.Severity;
import org.otbridge.model.Discipline;
import org.otbridge.model.Zone;

/**
 * OTB-GOV-017: a zone on the OT side (ot, safety or the OT DMZ) whose owners (accountable and
 * responsible parties whose discipline is known) are all IT. Operations being consulted does not
 * clear it, the zone is still run by IT alone; the detail says who else takes part.
 */
@RuleInfo(id = "OTB-GOV-017", category = Category.GOVERNANCE, severity = Severity.HIGH,
        mistake = Mistake.ONE_SILO,
        title = "OT zone owned by IT alone",
        explanation = "When IT alone owns a zone that operations depends on, office practice becomes control-room "
                + "practice: password and lockout policies, automatic patching and reboots, antivirus and scans "
                + "arrive through the same channels as on office PCs, decided by people who do not carry the "
                + "consequence when the process loses its view or control.",
        recommendation = "Make the person who runs the process in the zone (control-room or plant manager) "
                + "accountable, keep IT responsible for the infrastructure it operates, and consult engineering; "
                + "changes that can touch availability go through the operations change process with a maintenance "
                + "window.",
        references = {"CISA CPG 2.0 1.A", "ACSC/CISA Principles of OT Cyber Security (2024) principle 6",
                "NIST CSF 2.0 GV.RR-02", "IEC 62443-2-1:2024 ORG 1.3"},
        reads = {"zone.domain", "responsibility.subject", "responsibility.accountable", "responsibility.responsible",
                "responsibility.consulted", "responsibility.informed", "person.unit", "unit.discipline"})
public final class OtZoneOwnedByItAlone implements GovernanceRule {

    @Override
    public void checkZone(Zone zone, GovernanceSite site, FindingBuilder out) {
        if (!GovernanceSite.isOtZone(zone)) {
            return;
        }
        GovernanceSite.Raci raci = site.raciOf(zone.ref());
        Set<Discipline> owners = site.disciplinesOf(raci.owners());
        if (!owners.equals(Set.of(Discipline.IT))) {
            return;
        }
        List<String> who = new ArrayList<>();
        raci.accountable().forEach(p -> who.add("accountable " + site.describe(p)));
        raci.responsible().forEach(p -> who.add("responsible " + site.describe(p)));
        String others;
        List<String> more = new ArrayList<>();
        if (!raci.consulted().isEmpty()) {
            more.add("consulted: " + Words.refs(raci.consulted(), 4));
        }
        if (!raci.informed().isEmpty()) {
            more.add("only informed: " + Words.refs(raci.informed(), 4));
        }
        boolean opsInvolved = site.involves(raci.consulted(), Discipline.OPERATIONS)
                || site.involves(raci.consulted(), Discipline.ENGINEERING);
        others = (opsInvolved ? " Operations or engineering is consulted but owns nothing"
                : " Neither operations nor engineering is accountable, responsible or consulted")
                + (more.isEmpty() ? "." : " (" + String.join("; ", more) + ").");
        out.report(site.where(zone.ref()) + " is owned by IT alone: " + Words.and(who) + "." + others, zone.ref());
    }
}
