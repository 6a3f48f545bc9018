package org.otbridge.analysis.architecture;

import java.util.List;
import org.otbridge.analysis.Category;
import org.otbridge.analysis.FindingBuilder;
import org.otbridge.analysis.Mistake;
import org.otbridge.analysis.RuleInfo;
import org.otbridge.analysis.Severity;

/**
 * OTB-ARCH-019: a conduit between two domains with no firewall or data diode in {@code via}.
 * Connections to or from the filtering device itself (its management) are OTB-ARCH-027's, and
 * connections the internet opens into OT are OTB-ARCH-005's.
 */
@RuleInfo(id = "OTB-ARCH-019", category = Category.ARCHITECTURE, severity = Severity.HIGH,
        mistake = Mistake.INTEGRATION,
        title = "Boundary conduit without filtering device or with any-any rule",
        explanation = "A conduit between domains that passes no firewall or data diode has no place where "
                + "deny-by-default is enforced: anything either side can send reaches the other, and there is "
                + "no single point where operations can cut the link during an incident.",
        recommendation = "Route the conduit through a firewall or data diode that allows only the declared "
                + "protocol, ports and direction, with a documented reason for each permission.",
        references = {"IEC 62443-3-3 SR 5.2 RE(1)", "IEC 62443-4-2 NDR 5.2", "IEC 62443-2-1:2024 NET 1.7",
                "NERC CIP-005-7 R1.3"},
        attack = {"M0937", "M0807"},
        reads = {"connection.from", "connection.to", "connection.via", "connection.initiator", "asset.type",
                "asset.zones", "zone.domain"})
public final class BoundaryWithoutFilter implements ArchitectureRule {

    @Override
    public void checkConnection(ConnectionView c, ArchitectureSite site, FindingBuilder out) {
        if (!c.isNetwork() || !c.crossesDomains() || site.isInternetExposure(c)) {
            return;
        }
        if (Terms.FILTERS.contains(c.fromType()) || Terms.FILTERS.contains(c.toType())
                || c.viaOfType(Terms.FILTERS) != null) {
            return;
        }
        out.report(c.ref().key() + " crosses from " + site.where(c.from()) + " to " + site.where(c.to())
                + Words.through(c) + " without a firewall or data diode.", List.of(c.ref()), site.servicesOf(c));
    }
}
