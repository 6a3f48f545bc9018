package org.otbridge.analysis.architecture;

import java.util.List;
import org.otbridge.analysis.Category;
import org.otbridge.analysis.FindingBuilder;
import org.otbridge.analysis.Mistake;
import org.otbridge.analysis.RuleInfo;
import org.otbridge.analysis.Severity;

/** OTB-ARCH-001: a flow between enterprise IT or outside parties and OT that passes no DMZ at all. */
@RuleInfo(id = "OTB-ARCH-001", category = Category.ARCHITECTURE, severity = Severity.CRITICAL,
        mistake = Mistake.INTEGRATION,
        title = "Direct flow between enterprise/external and control zones (DMZ bypassed)",
        explanation = "Whatever takes over the office network or the outside party (phishing, ransomware, a "
                + "breached supplier) gets a direct route to the systems that run the process. A DMZ in which "
                + "every flow ends on an intermediate host is the accepted minimum separation between IT and OT; "
                + "without it an ordinary IT incident can turn into loss of control or a forced shutdown.",
        recommendation = "Route the flow through the OT DMZ and let it end there: replicate data to a DMZ historian "
                + "or broker pushed from the OT side, stage files on a DMZ transfer server, and bring interactive "
                + "access in through a DMZ jump host. Then allow only DMZ-to-OT sessions, opened from OT where "
                + "possible.",
        references = {"IEC 62443-3-3 SR 5.1", "IEC 62443-3-3 SR 5.2", "IEC 62443-3-2 ZCR 3.2", "NIST SP 800-82r3",
                "CISA CPG 2.0 3.I", "NERC CIP-005-7 R1.1/R1.2"},
        attack = {"T0886", "T0822", "M0930"},
        reads = {"connection.from", "connection.to", "connection.via", "connection.initiator", "asset.zones",
                "zone.domain"})
public final class DirectFlowBypassesDmz implements ArchitectureRule {

    @Override
    public void checkConnection(ConnectionView c, ArchitectureSite site, FindingBuilder out) {
        if (!c.isNetwork() || !c.joinsOutsideAndOt() || c.viaDmz() || site.isInternetExposure(c)) {
            return;
        }
        out.report(c.ref().key() + " runs between " + site.where(c.from()) + " and " + site.where(c.to())
                + Words.through(c) + " without passing the DMZ.", List.of(c.ref()), site.servicesOf(c));
    }
}
