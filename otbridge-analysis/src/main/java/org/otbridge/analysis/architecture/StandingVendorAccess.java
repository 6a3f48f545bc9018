package org.otbridge.analysis.architecture;

import java.util.ArrayList;
import java.util.List;
import org.otbridge.analysis.Category;
import org.otbridge.analysis.FindingBuilder;
import org.otbridge.analysis.Mistake;
import org.otbridge.analysis.RuleInfo;
import org.otbridge.analysis.Severity;
import org.otbridge.model.Asset;
import org.otbridge.model.ControlKind;
import org.otbridge.model.Domain;
import org.otbridge.model.Ref;
import org.otbridge.model.RefKind;

/**
 * OTB-ARCH-007: a supplier's access into OT, safety or the DMZ that is always on, has no expiry
 * or is not approved per session (a remote-access-approval control on the connection, the
 * supplier, the target or a via broker).
 */
@RuleInfo(id = "OTB-ARCH-007", category = Category.ARCHITECTURE, severity = Severity.HIGH,
        mistake = Mistake.INTEGRATION,
        title = "Vendor remote access always on, unapproved per session, or without expiry",
        explanation = "Standing vendor access is a door nobody watches: the supplier's shared accounts, laptops "
                + "and staff changes become part of your attack surface around the clock, and the control room "
                + "cannot tell a support session from an intrusion. Access that was set up for commissioning "
                + "tends to stay for years.",
        recommendation = "Enable vendor access on request only: the asset owner or duty operator approves each "
                + "session for a time box, the session is recorded and can be cut from the control room, and "
                + "the access itself has an end date that is reviewed with the contract.",
        references = {"IEC 62443-3-3 SR 1.13 RE(1)", "IEC 62443-2-1:2024 NET 3.2", "IEC 62443-2-1:2024 NET 3.3",
                "NERC CIP-005-7 R2.4/R2.5", "BSI IT-Grundschutz IND.3.2.A8"},
        attack = {"T0822", "M0935", "M0801"},
        reads = {"connection.from", "connection.to", "connection.initiator", "connection.always_on",
                "connection.expires", "connection.via", "asset.type", "asset.zones", "asset.controls", "zone.domain",
                "control.kind", "control.applies_to"})
public final class StandingVendorAccess implements ArchitectureRule {

    @Override
    public void checkConnection(ConnectionView c, ArchitectureSite site, FindingBuilder out) {
        Ref supplier;
        Ref target;
        if (c.from().kind() == RefKind.SUPPLIER && c.fromOpens()) {
            supplier = c.from();
            target = c.to();
        } else if (c.to().kind() == RefKind.SUPPLIER && c.toOpens()) {
            supplier = c.to();
            target = c.from();
        } else {
            return;
        }
        boolean inside = site.facts().domainsOf(target).stream().anyMatch(d -> Terms.isOt(d) || d == Domain.DMZ);
        if (!inside) {
            return;
        }
        List<String> gaps = new ArrayList<>();
        if (c.connection().alwaysOn()) {
            gaps.add("always on");
        }
        if (c.connection().expires() == null) {
            gaps.add("without an expiry date");
        }
        if (!approved(c, supplier, target, site)) {
            gaps.add("not approved per session");
        }
        if (gaps.isEmpty()) {
            return;
        }
        out.report(c.ref().key() + " gives " + supplier.key() + " access to " + site.where(target)
                + "; it is " + Words.and(gaps) + ".", List.of(c.ref(), supplier), site.servicesOf(c));
    }

    private static boolean approved(ConnectionView c, Ref supplier, Ref target, ArchitectureSite site) {
        if (site.hasControl(c.ref(), ControlKind.REMOTE_ACCESS_APPROVAL)
                || site.hasControl(supplier, ControlKind.REMOTE_ACCESS_APPROVAL)
                || site.hasControl(target, ControlKind.REMOTE_ACCESS_APPROVAL)) {
            return true;
        }
        for (Asset via : c.via()) {
            if (Terms.BROKERS.contains(via.type()) && site.hasControl(via.ref(), ControlKind.REMOTE_ACCESS_APPROVAL)) {
                return true;
            }
        }
        return false;
    }
}
