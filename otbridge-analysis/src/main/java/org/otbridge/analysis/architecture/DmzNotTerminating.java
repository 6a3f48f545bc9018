package org.otbridge.analysis.architecture;

import java.util.List;
import org.otbridge.analysis.Category;
import org.otbridge.analysis.FindingBuilder;
import org.otbridge.analysis.Mistake;
import org.otbridge.analysis.RuleInfo;
import org.otbridge.analysis.Severity;
import org.otbridge.model.Asset;
import org.otbridge.model.Domain;

/**
 * OTB-ARCH-002: a flow between IT or outside parties and OT passes the DMZ without ending on a
 * DMZ host. Checked in both directions: an OT host reaching into IT straight through the DMZ
 * firewall is as much a routed hop as the reverse.
 */
@RuleInfo(id = "OTB-ARCH-002", category = Category.ARCHITECTURE, severity = Severity.HIGH,
        mistake = Mistake.INTEGRATION,
        title = "Flow traverses the DMZ without terminating there",
        explanation = "When the DMZ only holds firewalls on this path, it is a routed hop, not a break: the same "
                + "session runs from IT or the outside straight into the control network, and malware or an "
                + "attacker can ride it. The separation the DMZ was built for does nothing for the operations "
                + "behind it.",
        recommendation = "Let the session end on a DMZ host and start a new, separately controlled one towards OT: "
                + "a jump host or remote-access gateway for interactive work, a replica historian or broker for "
                + "data (pushed from OT), a staging server for patches and files, an OT-side directory instead "
                + "of logons against IT.",
        references = {"IEC 62443-3-3 SR 5.2", "NIST SP 800-82r3", "CISA CPG v1.0.1 2.F"},
        attack = {"M0930", "M0937"},
        reads = {"connection.from", "connection.to", "connection.via", "connection.initiator", "asset.type",
                "asset.zones", "zone.domain"})
public final class DmzNotTerminating implements ArchitectureRule {

    @Override
    public void checkConnection(ConnectionView c, ArchitectureSite site, FindingBuilder out) {
        if (!c.isNetwork() || !c.joinsOutsideAndOt() || !c.viaDmz() || c.terminatesInDmz()
                || site.isInternetExposure(c)) {
            return;
        }
        List<Asset> inDmz = c.via().stream()
                .filter(a -> site.facts().domainsOf(a.ref()).contains(Domain.DMZ)).toList();
        out.report(c.ref().key() + " runs from " + site.where(c.from()) + " to " + site.where(c.to())
                + " through " + Words.assets(inDmz, 5) + " in the DMZ but ends on no DMZ host.",
                List.of(c.ref()), site.servicesOf(c));
    }
}
