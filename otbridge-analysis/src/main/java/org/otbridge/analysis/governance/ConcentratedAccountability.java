package org.otbridge.analysis.governance;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.otbridge.analysis.Category;
import org.otbridge.analysis.FindingBuilder;
import org.otbridge.analysis.Mistake;
import org.otbridge.analysis.RuleInfo;
import org.otbridge.analysis.Severity;
import org.otbridge.model.Ref;
import org.otbridge.model.RefKind;

/**
 * OTB-GOV-007: one person is accountable for more than half of the critical subjects (governed
 * subjects that a service with high or critical impact needs), for at least {@value #MINIMUM} of
 * them, and across more than one critical service. Being accountable for a service and the zones,
 * conduits and suppliers it needs is line accountability (what OTB-GOV-017 asks for), not a
 * concentration.
 */
@RuleInfo(id = "OTB-GOV-007", category = Category.GOVERNANCE, severity = Severity.MEDIUM,
        mistake = Mistake.ONE_SILO,
        title = "Concentration of accountability",
        explanation = "When one person answers for most of what the critical services need, every decision waits "
                + "for them: holidays, sick leave, a departure or the fatigue of a long incident stall changes, "
                + "exceptions and recovery, and nobody else knows enough to challenge their choices.",
        recommendation = "Spread accountability to the people who run each service, zone and conduit day to day, "
                + "name a deputy for each critical subject, and keep the lead in an oversight role (consulted or "
                + "informed) rather than accountable for everything.",
        references = {"NIST CSF 2.0 GV.RR-03", "IEC 62443-2-1:2024 ORG 1.3"},
        reads = {"responsibility.subject", "responsibility.accountable", "service.impact", "service.requires"})
public final class ConcentratedAccountability implements GovernanceRule {

    /** A person must be accountable for at least this many critical subjects to be reported. */
    static final int MINIMUM = 3;

    @Override
    public void checkSite(GovernanceSite site, FindingBuilder out) {
        List<Ref> critical = site.governedSubjects().stream().filter(site::isCritical).toList();
        Map<Ref, List<Ref>> byPerson = new LinkedHashMap<>();
        for (Ref subject : critical) {
            for (Ref party : site.raciOf(subject).accountable()) {
                if (party.kind() == RefKind.PERSON) {
                    byPerson.computeIfAbsent(party, p -> new ArrayList<>()).add(subject);
                }
            }
        }
        for (Map.Entry<Ref, List<Ref>> entry : byPerson.entrySet()) {
            List<Ref> subjects = entry.getValue();
            if (subjects.size() < MINIMUM || subjects.size() * 2 <= critical.size()) {
                continue;
            }
            List<Ref> scope = new ArrayList<>();
            subjects.forEach(s -> scope.addAll(site.scopeOf(s)));
            long criticalServices = site.facts().servicesOfAny(scope).stream()
                    .filter(service -> site.isCritical(service)).count();
            if (criticalServices < 2) {
                continue;
            }
            out.report(site.describe(entry.getKey()) + " is accountable for " + subjects.size() + " of the "
                    + critical.size() + " critical services, OT zones, IT/OT connections and suppliers: "
                    + Words.refs(subjects, 8) + ".", List.of(entry.getKey()), scope);
        }
    }
}
