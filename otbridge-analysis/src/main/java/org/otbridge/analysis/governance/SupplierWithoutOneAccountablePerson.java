package org.otbridge.analysis.governance;

import java.util.Optional;
import org.otbridge.analysis.Category;
import org.otbridge.analysis.FindingBuilder;
import org.otbridge.analysis.Mistake;
import org.otbridge.analysis.RuleInfo;
import org.otbridge.analysis.Severity;
import org.otbridge.model.Ref;
import org.otbridge.model.Supplier;

/** OTB-GOV-016: a supplier without exactly one accountable person. */
@RuleInfo(id = "OTB-GOV-016", category = Category.GOVERNANCE, severity = Severity.MEDIUM,
        mistake = Mistake.ONE_SILO,
        title = "Supplier without exactly one accountable person",
        explanation = "A supplier relationship nobody answers for drifts: support levels, remote access, spare "
                + "parts and security notifications are never checked against what operations needs, and when the "
                + "supplier fails or is breached there is no one who knows the contract and can act on it.",
        recommendation = "Name one accountable person per supplier, normally in supplier management (procurement), "
                + "with the operations or engineering users of the supplier responsible for the technical side and "
                + "IT or security consulted on any access it has.",
        references = {"NIST CSF 2.0 GV.SC-02", "NIST CSF 2.0 GV.RR-02", "IEC 62443-2-1:2024 ORG 1.6"},
        reads = {"supplier.contract_owner", "responsibility.subject", "responsibility.accountable"})
public final class SupplierWithoutOneAccountablePerson implements GovernanceRule {

    @Override
    public void checkSupplier(Supplier supplier, GovernanceSite site, FindingBuilder out) {
        Ref ref = supplier.ref();
        Optional<String> gap = site.accountabilityGap(ref);
        if (gap.isEmpty()) {
            return;
        }
        String owner = "";
        if (supplier.contractOwner() == null) {
            owner = " It has no contract owner either.";
        } else if (!site.raciOf(ref).accountable().contains(supplier.contractOwner())) {
            owner = " " + supplier.contractOwner().key() + " owns the contract but is not named accountable.";
        }
        out.report(ref.key() + " has no single accountable person: " + gap.get() + "." + owner, ref);
    }
}
