package org.otbridge.analysis.governance;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.otbridge.analysis.Category;
import org.otbridge.analysis.FindingBuilder;
import org.otbridge.analysis.Mistake;
import org.otbridge.analysis.RuleInfo;
import org.otbridge.analysis.Severity;
import org.otbridge.model.AcceptedRisk;
import org.otbridge.model.Asset;
import org.otbridge.model.Ref;
import org.otbridge.model.RefKind;

/**
 * OTB-GOV-020: an exception with no approver, or approved by someone without authority over its
 * subject. Authority is a mandate that names the subject (or, for an asset, one of its zones) or
 * the OT security programme; or being accountable for the subject, for a zone of the asset, or
 * for a service that needs the subject; or owning the asset.
 */
@RuleInfo(id = "OTB-GOV-020", category = Category.GOVERNANCE, severity = Severity.MEDIUM,
        mistake = Mistake.ONE_SILO,
        title = "Accepted risk without an approver who has authority over it",
        explanation = "Only the person who answers for the subject, or who holds the mandate for OT security, can "
                + "weigh a risk against what operations needs. An acceptance signed by anyone else, or by nobody, "
                + "hides a finding from the score without the owner knowing that the risk is theirs.",
        recommendation = "Have the exception approved by the accountable owner of the subject (or of its zone or "
                + "service), or by the holder of the OT security programme mandate, with the compensating measures "
                + "and end date written down; record that person as approved_by.",
        references = {"IEC 62443-3-3 4.3", "IEC 62443-2-1:2024 COMP 3.5", "NIST CSF 2.0 GV.RM-02",
                "NIST CSF 2.0 GV.RR-02"},
        reads = {"exception.rule", "exception.subject", "exception.approved_by", "person.mandate",
                "responsibility.subject", "responsibility.accountable", "asset.owner", "asset.zones",
                "service.requires"})
public final class ExceptionApprovedWithoutAuthority implements GovernanceRule {

    @Override
    public void checkSite(GovernanceSite site, FindingBuilder out) {
        for (AcceptedRisk exception : site.model().exceptions()) {
            Ref subject = exception.subject();
            Ref approver = exception.approvedBy();
            String which = "The exception for " + exception.rule() + " on " + subject.key();
            if (approver == null) {
                out.report(exception.rule(), which + " names nobody as approver.", List.of(subject),
                        site.scopeOf(subject));
                continue;
            }
            List<Ref> governing = governing(site, subject);
            if (hasAuthority(site, approver, subject, governing)) {
                continue;
            }
            List<String> owners = new ArrayList<>();
            for (Ref g : governing) {
                site.accountablePerson(g).ifPresent(p -> owners.add(p.key() + " is accountable for " + g.key()));
            }
            owner(site, subject).ifPresent(o -> owners.add(o.key() + " owns " + subject.key()));
            List<Ref> holders = site.programmeMandates();
            if (!holders.isEmpty()) {
                owners.add(Words.refs(holders, 3) + " holds the OT security programme mandate");
            }
            String who = owners.isEmpty() ? "" : " (" + String.join("; ", owners) + ")";
            out.report(exception.rule(), which + " was approved by " + site.describe(approver)
                    + ", who has no mandate for it or for the OT security programme, is not accountable for it or its "
                    + "zone or services, and does not own it" + who + ".", List.of(subject, approver),
                    site.scopeOf(subject));
        }
    }

    /** The subject and, for an asset, its zones. */
    private static List<Ref> governing(GovernanceSite site, Ref subject) {
        List<Ref> governing = new ArrayList<>();
        governing.add(subject);
        site.facts().assetOf(subject).ifPresent(a -> governing.addAll(a.zones()));
        return governing;
    }

    private static boolean hasAuthority(GovernanceSite site, Ref approver, Ref subject, List<Ref> governing) {
        List<Ref> mandate = site.mandateOf(approver);
        if (mandate.contains(GovernanceSite.PROGRAMME)) {
            return true;
        }
        for (Ref g : governing) {
            if (mandate.contains(g) || site.raciOf(g).accountable().contains(approver)) {
                return true;
            }
        }
        if (owner(site, subject).map(approver::equals).orElse(false)) {
            return true;
        }
        for (Ref service : site.facts().servicesOf(subject)) {
            if (site.raciOf(service).accountable().contains(approver)) {
                return true;
            }
        }
        return false;
    }

    private static Optional<Ref> owner(GovernanceSite site, Ref subject) {
        return site.facts().assetOf(subject).map(Asset::owner).filter(o -> o.kind() == RefKind.PERSON);
    }
}
