package org.otbridge.analysis.governance;

import java.util.List;
import org.otbridge.analysis.Category;
import org.otbridge.analysis.FindingBuilder;
import org.otbridge.analysis.Mistake;
import org.otbridge.analysis.RuleInfo;
import org.otbridge.analysis.Severity;
import org.otbridge.model.Discipline;
import org.otbridge.model.Ref;

/**
 * OTB-GOV-014: neither operations nor engineering is accountable, responsible or consulted for
 * {@code program:ot-security} (or the programme has no responsibility line at all).
 */
@RuleInfo(id = "OTB-GOV-014", category = Category.GOVERNANCE, severity = Severity.LOW,
        mistake = Mistake.ONE_SILO,
        title = "Operations and engineering take no part in the OT security programme",
        explanation = "An OT security programme run without the people who operate and engineer the process "
                + "produces office measures and office training: operators and engineers get generic awareness "
                + "courses instead of role-specific practice, and their knowledge of what the plant can tolerate "
                + "never reaches the programme's priorities.",
        recommendation = "Make operations and engineering responsible or consulted for the OT security programme, "
                + "and give them ownership of role-specific OT security training and exercises for operators, "
                + "field crews and engineers.",
        references = {"IEC 62443-2-1:2024 ORG 1.4", "IEC 62443-2-1:2024 ORG 1.5", "CISA CPG 2.0 3.J",
                "NIST CSF 2.0 PR.AT-02"},
        reads = {"responsibility.subject", "responsibility.accountable", "responsibility.responsible",
                "responsibility.consulted", "person.unit", "unit.discipline"})
public final class ProgrammeWithoutOperations implements GovernanceRule {

    @Override
    public void checkSite(GovernanceSite site, FindingBuilder out) {
        GovernanceSite.Raci raci = site.raciOf(GovernanceSite.PROGRAMME);
        List<Ref> involved = raci.involved();
        if (site.involves(involved, Discipline.OPERATIONS) || site.involves(involved, Discipline.ENGINEERING)) {
            return;
        }
        String detail;
        if (!raci.declared()) {
            detail = "No responsibility line names " + GovernanceSite.PROGRAMME.key()
                    + ", so operations and engineering have no defined part in it.";
        } else if (involved.isEmpty()) {
            detail = "The responsibility line for " + GovernanceSite.PROGRAMME.key()
                    + " names nobody accountable, responsible or consulted.";
        } else {
            detail = "The programme " + GovernanceSite.PROGRAMME.key() + " involves only "
                    + Words.and(involved.stream().map(site::describe).toList())
                    + "; neither operations nor engineering is accountable, responsible or consulted.";
        }
        out.reportSiteWide(detail, List.of(GovernanceSite.PROGRAMME));
    }
}
