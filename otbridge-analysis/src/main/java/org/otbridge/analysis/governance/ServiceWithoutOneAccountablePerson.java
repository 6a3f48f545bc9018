package org.otbridge.analysis.governance;

import java.util.Optional;
import org.otbridge.analysis.Category;
import org.otbridge.analysis.FindingBuilder;
import org.otbridge.analysis.Mistake;
import org.otbridge.analysis.RuleInfo;
import org.otbridge.analysis.Severity;
import org.otbridge.model.Discipline;
import org.otbridge.model.Ref;
import org.otbridge.model.RefKind;
import org.otbridge.model.Service;

/**
 * OTB-GOV-002: a service without exactly one accountable person, or whose one accountable
 * person comes from IT rather than the side that delivers the service.
 */
@RuleInfo(id = "OTB-GOV-002", category = Category.GOVERNANCE, severity = Severity.HIGH,
        mistake = Mistake.ONE_SILO,
        title = "Service without exactly one accountable person from the operational side",
        explanation = "The owner of an operational service is the one who weighs supply and safety against "
                + "security: who accepts a maintenance window, a risk or a fallback. Without one such person, or "
                + "with an IT owner who does not run the process, security decisions are taken without anyone who "
                + "answers for the heat, water or power that customers depend on.",
        recommendation = "Name one person from operations (or the business line that delivers the service) as "
                + "accountable, with engineering, IT and contingency planning responsible or consulted, and make "
                + "that person the one who approves exceptions and outage windows for the service.",
        references = {"NIST CSF 2.0 GV.OC-04", "NIST CSF 2.0 GV.RR-02", "INL CCE phase 1 (consequence prioritisation)"},
        reads = {"responsibility.subject", "responsibility.accountable", "person.unit", "unit.discipline"})
public final class ServiceWithoutOneAccountablePerson implements GovernanceRule {

    @Override
    public void checkService(Service service, GovernanceSite site, FindingBuilder out) {
        Ref ref = Ref.of(RefKind.SERVICE, service.id());
        Optional<String> gap = site.accountabilityGap(ref);
        if (gap.isPresent()) {
            out.report(ref.key() + " has no single accountable person: " + gap.get() + ".", ref);
            return;
        }
        Ref owner = site.accountablePerson(ref).orElseThrow();
        if (site.disciplineOf(owner).orElse(null) == Discipline.IT) {
            out.report(ref.key() + " is accountable to " + site.describe(owner)
                    + ", who does not run the service; nobody from operations answers for it.", ref);
        }
    }
}
