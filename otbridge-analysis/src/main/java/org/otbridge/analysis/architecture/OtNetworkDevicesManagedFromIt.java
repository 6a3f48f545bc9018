package org.otbridge.analysis.architecture;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.otbridge.analysis.Category;
import org.otbridge.analysis.FindingBuilder;
import org.otbridge.analysis.Mistake;
import org.otbridge.analysis.RuleInfo;
import org.otbridge.analysis.Severity;
import org.otbridge.model.Domain;
import org.otbridge.model.Protocol;
import org.otbridge.model.Ref;

/**
 * OTB-ARCH-027: enterprise IT opens management sessions to a firewall, switch, router or data
 * diode of OT, safety or the DMZ (VPN termination on the device is not management).
 */
@RuleInfo(id = "OTB-ARCH-027", category = Category.ARCHITECTURE, severity = Severity.HIGH,
        mistake = Mistake.INTEGRATION,
        title = "Network/security devices of OT managed from the IT network",
        explanation = "Whoever controls the OT firewall controls the boundary. When it is administered from the "
                + "office network, an IT administrator account, or an attacker holding one, can open any path "
                + "into the control network, and an IT incident becomes an OT incident.",
        recommendation = "Manage OT firewalls and network devices from a dedicated management host inside OT or "
                + "the DMZ, reached through the jump host with MFA, with changes agreed with operations.",
        references = {"IEC 62443-3-3 SR 7.6", "IEC 62443-3-3 SR 1.13", "BSI IT-Grundschutz IND.1.A8"},
        attack = {"M0930", "M0926"},
        reads = {"connection.from", "connection.to", "connection.initiator", "connection.protocol", "connection.via",
                "asset.type", "asset.zones", "zone.domain"})
public final class OtNetworkDevicesManagedFromIt implements ArchitectureRule {

    @Override
    public void checkConnection(ConnectionView c, ArchitectureSite site, FindingBuilder out) {
        if (!c.isNetwork() || !c.fromOpens() || c.fromDomain() != Domain.IT || c.protocol() == Protocol.VPN
                || c.toAsset() == null || !Terms.NETWORK_DEVICES.contains(c.toType())) {
            return;
        }
        if (site.facts().domainsOf(c.to()).stream().noneMatch(d -> Terms.isOt(d) || d == Domain.DMZ)) {
            return;
        }
        String protocol = c.protocol() == null ? "" : " over " + c.protocol().yamlName();
        int carried = site.passingThrough(c.toAsset()).size();
        String carries = carried == 0 ? "" : "; the device carries " + carried + " declared connection(s)";
        Set<Ref> services = new TreeSet<>(Comparator.comparing(Ref::id));
        services.addAll(site.servicesOf(c));
        services.addAll(site.servicesThrough(c.toAsset()));
        out.report(c.ref().key() + " lets " + site.where(c.from()) + " manage " + site.where(c.to()) + protocol
                + carries + ".", List.of(c.ref(), c.to()), services);
    }
}
