package org.otbridge.analysis.contingency;

import java.util.List;
import java.util.Set;
import org.otbridge.analysis.Category;
import org.otbridge.analysis.FindingBuilder;
import org.otbridge.analysis.Mistake;
import org.otbridge.analysis.RuleInfo;
import org.otbridge.analysis.Severity;
import org.otbridge.model.ControlKind;
import org.otbridge.model.Ref;
import org.otbridge.model.Service;

/**
 * OTB-CONT-015: no offline recovery documentation is declared (a control of kind
 * {@code offline-recovery-docs}). Subject: {@code program:ot-security}; it touches every critical
 * service. Reported only for models with at least one critical service.
 */
@RuleInfo(id = "OTB-CONT-015", category = Category.CONTINGENCY, severity = Severity.LOW,
        mistake = Mistake.INTEGRATION,
        title = "Recovery documentation only available online",
        explanation = "When the network, the file shares or the document system are down, which is exactly when a "
                + "restore is needed, the drawings, IP plans, restore procedures, licence keys and contact lists on "
                + "them are out of reach; operations and the supplier then rebuild from memory, and the outage lasts "
                + "longer.",
        recommendation = "Keep a printed (or offline, on OT-side media) set of network drawings, asset inventory, "
                + "restore procedures, licences and the contact list in the control room, review it after each "
                + "change, and declare it as a control of kind offline-recovery-docs with its location.",
        references = {"CISA CPG 2.0 2.E", "CISA CPG 2.0 3.O", "IEC 62443-2-1:2024 CM 1.2", "NIST SP 800-82r3 App. F CP-2"},
        reads = {"control.kind", "service.impact"})
public final class NoOfflineRecoveryDocuments implements ContingencyRule {

    @Override
    public Set<ControlKind> controlKinds() {
        return Practice.OFFLINE_RECOVERY_DOCS.kinds();
    }

    @Override
    public void checkSite(ContingencySite site, FindingBuilder out) {
        List<Ref> critical = site.criticalServices().stream().map(Service::ref).toList();
        if (critical.isEmpty() || !Practice.OFFLINE_RECOVERY_DOCS.in(site.model()).isEmpty()) {
            return;
        }
        out.report("No offline recovery documentation is declared (a control of kind "
                + Practice.OFFLINE_RECOVERY_DOCS.kind().yamlName() + ").", Practice.PROGRAM, critical);
    }
}
