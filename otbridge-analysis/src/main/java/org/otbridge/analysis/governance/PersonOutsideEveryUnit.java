package org.otbridge.analysis.governance;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.otbridge.analysis.Category;
import org.otbridge.analysis.FindingBuilder;
import org.otbridge.analysis.Mistake;
import org.otbridge.analysis.RuleInfo;
import org.otbridge.analysis.Severity;
import org.otbridge.model.Person;
import org.otbridge.model.Ref;
import org.otbridge.model.RefKind;

/**
 * OTB-GOV-019: a responsibility line names a person (in any role) who belongs to no unit, so
 * their discipline, and with it the silo checks, cannot be resolved.
 */
@RuleInfo(id = "OTB-GOV-019", category = Category.GOVERNANCE, severity = Severity.LOW,
        mistake = Mistake.ONE_SILO,
        title = "Responsibility given to a person who is in no unit",
        explanation = "A person outside every unit cannot be placed on the IT or the operations side, so nobody can "
                + "tell whether both sides meet on the subjects they hold, and it is unclear who stands in for them "
                + "or takes over when they leave; often it is an external consultant or someone who already left.",
        recommendation = "Add the person to the unit they work for (a consultant to the unit that engages them) or "
                + "replace them in the responsibility lines with someone who belongs to a unit.",
        references = {"NIST CSF 2.0 GV.RR-02", "IEC 62443-2-1:2024 ORG 1.3"},
        reads = {"responsibility.accountable", "responsibility.responsible", "responsibility.consulted",
                "responsibility.informed", "person.unit"})
public final class PersonOutsideEveryUnit implements GovernanceRule {

    @Override
    public void checkSite(GovernanceSite site, FindingBuilder out) {
        Map<Ref, Set<Ref>> subjectsByPerson = new LinkedHashMap<>();
        for (GovernanceSite.Raci raci : site.declared()) {
            List<Ref> named = new ArrayList<>(raci.involved());
            named.addAll(raci.informed());
            for (Ref party : named) {
                if (party.kind() == RefKind.PERSON) {
                    subjectsByPerson.computeIfAbsent(party, p -> new LinkedHashSet<>()).add(raci.subject());
                }
            }
        }
        for (Map.Entry<Ref, Set<Ref>> entry : subjectsByPerson.entrySet()) {
            Ref person = entry.getKey();
            boolean inUnit = site.model().person(person.id()).map(Person::unit).isPresent();
            if (inUnit) {
                continue;
            }
            List<Ref> scope = new ArrayList<>();
            entry.getValue().forEach(s -> scope.addAll(site.scopeOf(s)));
            out.report(person.key() + " belongs to no unit but is named in the responsibility lines for "
                    + Words.refs(entry.getValue(), 6) + ".", List.of(person), scope);
        }
    }
}
