package org.otbridge.analysis.governance;

import java.util.ArrayList;
import java.util.LinkedHashSet;
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
import org.otbridge.model.Supplier;

/**
 * OTB-GOV-005: a supplier at one end of a connection (its access) with no contract owner, or with
 * no supplier-management party accountable, responsible or consulted in the RACI of the supplier
 * or of any of its connections.
 */
@RuleInfo(id = "OTB-GOV-005", category = Category.GOVERNANCE, severity = Severity.MEDIUM,
        mistake = Mistake.ONE_SILO,
        title = "Supplier with access but no supplier-management involvement or contract owner",
        explanation = "Remote access, support obligations and security duties live in the contract. When supplier "
                + "management is not involved, the access is arranged informally between the supplier and its "
                + "users: it outlives the need, shared accounts and technicians who left keep working, and the "
                + "supplier's duty to report incidents and vulnerabilities is never enforced.",
        recommendation = "Have supplier management (procurement) own the contract and take part in the supplier's "
                + "responsibility line and its access: security terms (named individual accounts, notification of "
                + "incidents and vulnerabilities, end of access at contract end), with operations and IT consulted "
                + "on how the access is given.",
        references = {"NIST CSF 2.0 GV.SC-02", "NIST CSF 2.0 GV.SC-05", "NIST CSF 2.0 GV.SC-07",
                "IEC 62443-2-1:2024 ORG 1.6", "IEC 62443-2-4", "NERC CIP-013-2 R1.2"},
        attack = {"M0817"},
        reads = {"supplier.contract_owner", "connection.from", "connection.to", "responsibility.subject",
                "responsibility.accountable", "responsibility.responsible", "responsibility.consulted",
                "person.unit", "unit.discipline"})
public final class SupplierAccessWithoutSupplierManagement implements GovernanceRule {

    @Override
    public void checkSupplier(Supplier supplier, GovernanceSite site, FindingBuilder out) {
        Ref ref = supplier.ref();
        List<Connection> access = site.facts().connectionsOf(ref);
        if (access.isEmpty()) {
            return;
        }
        Set<Ref> involved = new LinkedHashSet<>(site.raciOf(ref).involved());
        for (Connection connection : access) {
            involved.addAll(site.raciOf(connection.ref()).involved());
        }
        List<String> gaps = new ArrayList<>();
        if (supplier.contractOwner() == null) {
            gaps.add("it has no contract owner");
        }
        if (!site.involves(involved, Discipline.SUPPLIER_MANAGEMENT)) {
            gaps.add(involved.isEmpty()
                    ? "no responsibility line covers it or its access, so supplier management is not involved"
                    : "supplier management is not involved; only "
                            + Words.and(involved.stream().map(site::describe).toList())
                            + " take part in the supplier and its access");
        }
        if (gaps.isEmpty()) {
            return;
        }
        List<Ref> subjects = new ArrayList<>();
        subjects.add(ref);
        access.forEach(c -> subjects.add(c.ref()));
        String owner = supplier.contractOwner() == null ? ""
                : " The contract is owned by " + site.describe(supplier.contractOwner()) + ".";
        out.report(ref.key() + " has access through " + Words.refs(access.stream().map(Connection::ref).toList(), 4)
                + ", but " + Words.and(gaps) + "." + owner, subjects, site.scopeOf(ref));
    }
}
