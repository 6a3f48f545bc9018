package org.otbridge.analysis.governance;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.otbridge.analysis.Category;
import org.otbridge.analysis.FindingBuilder;
import org.otbridge.analysis.Mistake;
import org.otbridge.analysis.RuleInfo;
import org.otbridge.analysis.Severity;
import org.otbridge.model.Connection;
import org.otbridge.model.Discipline;
import org.otbridge.model.Ref;

/**
 * OTB-GOV-003: an IT/OT connection whose owners (accountable and responsible parties) all come
 * from one discipline, or whose involved parties (accountable, responsible, consulted) lack
 * either IT or the OT side (operations or engineering). A person's discipline is their unit's;
 * informed parties do not count. Connections with no owner at all are OTB-GOV-015's.
 */
@RuleInfo(id = "OTB-GOV-003", category = Category.GOVERNANCE, severity = Severity.HIGH,
        mistake = Mistake.ONE_SILO,
        title = "IT/OT meeting point owned by a single discipline",
        explanation = "Decisions at the boundary (firewall rules, remote access, directory trusts, patch and backup "
                + "flows) change both sides at once. Taken by IT alone, they break operations: a GPO, a reboot or a "
                + "blocked port reaches the control room unannounced. Taken by operations alone, they leave the door "
                + "open: vendor tools and cloud feeds bypass the security the boundary was built for.",
        recommendation = "Make every IT/OT conduit a joint decision: one accountable person, with operations (or "
                + "engineering) and IT both responsible or consulted before any change, and informed is not enough. "
                + "Review the boundary conduits together, for example in a monthly IT/OT change board.",
        references = {"CISA CPG 2.0 1.A", "CISA CPG v1.0.1 1.D", "ACSC/CISA Principles of OT Cyber Security (2024) principle 6",
                "NIST CSF 2.0 GV.RR-02", "BSI IT-Grundschutz IND.3.2.A5"},
        reads = {"connection.from", "connection.to", "asset.zones", "zone.domain", "responsibility.subject",
                "responsibility.accountable", "responsibility.responsible", "responsibility.consulted",
                "responsibility.informed", "person.unit", "unit.discipline"})
public final class MeetingPointInOneSilo implements GovernanceRule {

    @Override
    public void checkConnection(Connection connection, GovernanceSite site, FindingBuilder out) {
        if (!site.isItOt(connection)) {
            return;
        }
        GovernanceSite.Raci raci = site.raciOf(connection.ref());
        Set<Discipline> owners = site.disciplinesOf(raci.owners());
        if (owners.isEmpty()) {
            return;
        }
        List<Ref> involved = raci.involved();
        boolean it = site.involves(involved, Discipline.IT);
        boolean ot = site.involves(involved, Discipline.OPERATIONS) || site.involves(involved, Discipline.ENGINEERING);
        if (owners.size() > 1 && it && ot) {
            return;
        }
        List<String> who = new ArrayList<>();
        raci.accountable().forEach(p -> who.add("accountable " + site.describe(p)));
        raci.responsible().forEach(p -> who.add("responsible " + site.describe(p)));
        raci.consulted().forEach(p -> who.add("consulted " + site.describe(p)));
        StringBuilder detail = new StringBuilder(site.where(connection.ref()))
                .append(" is owned by ").append(Words.disciplines(owners)).append(owners.size() == 1 ? " alone" : "")
                .append(": ").append(String.join(", ", who)).append('.');
        if (!it) {
            detail.append(" IT takes no part in it.");
        }
        if (!ot) {
            detail.append(" Neither operations nor engineering takes part in it.");
        }
        if (!raci.informed().isEmpty()) {
            detail.append(' ').append(Words.refs(raci.informed(), 4))
                    .append(raci.informed().size() == 1 ? " is" : " are").append(" only informed.");
        }
        out.report(detail.toString(), connection.ref());
    }
}
