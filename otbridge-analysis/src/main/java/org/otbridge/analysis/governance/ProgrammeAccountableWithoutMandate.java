package org.otbridge.analysis.governance;

import java.util.List;
import org.otbridge.analysis.Category;
import org.otbridge.analysis.FindingBuilder;
import org.otbridge.analysis.Mistake;
import org.otbridge.analysis.RuleInfo;
import org.otbridge.analysis.Severity;
import org.otbridge.model.Ref;
import org.otbridge.model.RefKind;

/**
 * OTB-GOV-018: the responsibility line for {@code program:ot-security} names an accountable party
 * that holds no mandate for it (a unit never does), or names no one accountable. One finding per
 * such party.
 */
@RuleInfo(id = "OTB-GOV-018", category = Category.GOVERNANCE, severity = Severity.MEDIUM,
        mistake = Mistake.ONE_SILO,
        title = "OT security programme accountable without a mandate",
        explanation = "The person the organisation points to for OT security cannot make it happen: without a "
                + "formal mandate they can write policy but cannot set priorities for operations or engineering, "
                + "commit budget, or stop a change that puts the plant at risk. The chart promises an owner the "
                + "organisation has not appointed.",
        recommendation = "Either give the accountable person a formal mandate for the programme (authority across IT "
                + "and operations, budget, reporting line to management) and record it on them, or make the person "
                + "who holds that mandate accountable in the programme's responsibility line.",
        references = {"CISA CPG v1.0.1 1.C", "NIST CSF 2.0 GV.RR-01", "NIST CSF 2.0 GV.RR-03",
                "IEC 62443-2-1:2024 ORG 1.1"},
        reads = {"responsibility.subject", "responsibility.accountable", "person.mandate"})
public final class ProgrammeAccountableWithoutMandate implements GovernanceRule {

    @Override
    public void checkSite(GovernanceSite site, FindingBuilder out) {
        Ref programme = GovernanceSite.PROGRAMME;
        GovernanceSite.Raci raci = site.raciOf(programme);
        if (!raci.declared()) {
            return;
        }
        List<Ref> holders = site.programmeMandates();
        String held = holders.isEmpty() ? "nobody holds that mandate"
                : "the mandate is held by " + Words.refs(holders, 3);
        if (raci.accountable().isEmpty()) {
            out.reportSiteWide("The responsibility line for " + programme.key() + " names no one accountable; "
                    + held + ".", List.of(programme));
            return;
        }
        for (Ref party : raci.accountable()) {
            if (site.hasMandate(party, programme)) {
                continue;
            }
            String why = party.kind() == RefKind.UNIT ? ", and a unit cannot hold a mandate"
                    : ", but their mandate does not name the programme";
            out.reportSiteWide(site.describe(party) + " is accountable for " + programme.key() + why + "; " + held
                    + ".", List.of(programme, party));
        }
    }
}
