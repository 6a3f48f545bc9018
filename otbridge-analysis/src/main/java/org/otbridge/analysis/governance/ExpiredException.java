package org.otbridge.analysis.governance;

import java.time.temporal.ChronoUnit;
import java.util.List;
import org.otbridge.analysis.Category;
import org.otbridge.analysis.FindingBuilder;
import org.otbridge.analysis.Mistake;
import org.otbridge.analysis.RuleInfo;
import org.otbridge.analysis.Severity;
import org.otbridge.model.AcceptedRisk;

/**
 * OTB-GOV-008: an exception (accepted risk) that has expired, or that has no end date. The
 * subject is the exception's subject; the accepted rule is named in the detail and in the id,
 * so two exceptions on one subject give two findings.
 */
@RuleInfo(id = "OTB-GOV-008", category = Category.GOVERNANCE, severity = Severity.MEDIUM,
        mistake = Mistake.ONE_SILO,
        title = "Accepted risk expired or without an end date",
        explanation = "An accepted risk is a decision with a review date: the compensating measures and the reason "
                + "for accepting it are only known to hold until then. After that the shortcut stays in place "
                + "without anyone having decided to keep it, and the plant carries a risk nobody has accepted.",
        recommendation = "Have the accountable owner of the subject review the exception now: remove the cause, or "
                + "renew the acceptance with its compensating measures checked and a new end date no later than "
                + "the next planned outage or upgrade that can remove it.",
        references = {"IEC 62443-3-3 4.3", "IEC 62443-2-1:2024 COMP 3.5", "NIST CSF 2.0 ID.RA-07",
                "NIST CSF 2.0 GV.RM-02"},
        reads = {"exception.rule", "exception.subject", "exception.expires", "exception.approved_by"})
public final class ExpiredException implements GovernanceRule {

    @Override
    public void checkSite(GovernanceSite site, FindingBuilder out) {
        for (AcceptedRisk exception : site.model().exceptions()) {
            String approved = exception.approvedBy() == null ? "" : ", approved by " + exception.approvedBy().key() + ",";
            String which = "The exception for " + exception.rule() + " on " + exception.subject().key() + approved;
            String detail;
            if (exception.expires() == null) {
                detail = which + " has no end date, so the acceptance is never reviewed.";
            } else if (!exception.isValidOn(site.today())) {
                long days = ChronoUnit.DAYS.between(exception.expires(), site.today());
                detail = which + " expired on " + exception.expires() + " (" + days + (days == 1 ? " day" : " days")
                        + " before " + site.today() + "); its " + exception.rule()
                        + " finding counts again and nobody has accepted the risk since.";
            } else {
                continue;
            }
            out.report(exception.rule() + "|" + exception.expires(), detail, List.of(exception.subject()),
                    site.scopeOf(exception.subject()));
        }
    }
}
