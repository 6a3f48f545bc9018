package org.otbridge.analysis.governance;

import java.util.List;
import org.otbridge.analysis.Category;
import org.otbridge.analysis.FindingBuilder;
import org.otbridge.analysis.Mistake;
import org.otbridge.analysis.RuleInfo;
import org.otbridge.analysis.Severity;

/**
 * OTB-GOV-004: no person's {@code mandate} names {@code program:ot-security}. A responsibility
 * line for the programme is not a mandate; the detail names whoever it points to.
 */
@RuleInfo(id = "OTB-GOV-004", category = Category.GOVERNANCE, severity = Severity.HIGH,
        mistake = Mistake.ONE_SILO,
        title = "Nobody holds a mandate for the OT security programme",
        explanation = "Without a named lead with authority over both IT and operations, OT security is everybody's "
                + "and therefore nobody's job: IT sets policies without the control room, operations buys and "
                + "connects without IT, priorities and budget are argued case by case, and in an incident nobody "
                + "has the standing to decide for the plant.",
        recommendation = "Give one person a formal mandate for the OT security programme (it may be the CISO or an "
                + "OT security lead), with authority across IT, operations and engineering, a budget, and a "
                + "reporting line to management; record it as mandate: [program:ot-security] on that person.",
        references = {"CISA CPG v1.0.1 1.C", "NIST CSF 2.0 GV.RR-01", "NIST CSF 2.0 GV.RR-03",
                "IEC 62443-2-1:2024 ORG 1.1", "IEC 62443-2-1:2024 ORG 1.3", "NERC CIP-003-8 R3"},
        reads = {"person.mandate", "responsibility.subject", "responsibility.accountable"})
public final class NoOtSecurityMandate implements GovernanceRule {

    @Override
    public void checkSite(GovernanceSite site, FindingBuilder out) {
        if (!site.programmeMandates().isEmpty()) {
            return;
        }
        GovernanceSite.Raci raci = site.raciOf(GovernanceSite.PROGRAMME);
        String line;
        if (!raci.declared()) {
            line = " and no responsibility line names the programme either";
        } else if (raci.accountable().isEmpty()) {
            line = "; the programme's responsibility line names no one accountable";
        } else {
            line = "; the programme's responsibility line names " + Words.refs(raci.accountable(), 3)
                    + " as accountable, but a line in a RACI chart is not a mandate with authority and budget";
        }
        out.reportSiteWide("No person's mandate names " + GovernanceSite.PROGRAMME.key() + line + ".",
                List.of(GovernanceSite.PROGRAMME));
    }
}
