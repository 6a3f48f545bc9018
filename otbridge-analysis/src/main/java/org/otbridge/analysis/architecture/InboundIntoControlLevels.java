package org.otbridge.analysis.architecture;

import java.util.List;
import org.otbridge.analysis.Category;
import org.otbridge.analysis.FindingBuilder;
import org.otbridge.analysis.Mistake;
import org.otbridge.analysis.RuleInfo;
import org.otbridge.analysis.Severity;
import org.otbridge.model.Asset;
import org.otbridge.model.Domain;
import org.otbridge.model.PurdueLevel;
import org.otbridge.model.Ref;

/**
 * OTB-ARCH-003: a session opened from IT, outside or the DMZ into Purdue level 0-2. Sessions
 * opened by a jump host or remote-access gateway in the DMZ or OT, or brokered by one in
 * {@code via}, are the designated way in and are left to OTB-ARCH-006.
 */
@RuleInfo(id = "OTB-ARCH-003", category = Category.ARCHITECTURE, severity = Severity.HIGH,
        mistake = Mistake.INTEGRATION,
        title = "Inbound connection initiated from a lower-trust zone into level 0-2",
        explanation = "Supervisory and control levels should open their connections outward (pushing data to the "
                + "DMZ) or accept them only from designated jump hosts. A session that IT, a supplier or the DMZ "
                + "can open into level 0-2 is the classic pivot: whoever controls the initiating side reaches the "
                + "SCADA servers, HMIs and controllers that keep the process running.",
        recommendation = "Turn the flow around so the OT side opens it (push to a DMZ replica, collector or staging "
                + "server), or route interactive access through a DMZ jump host; deny everything else inbound "
                + "to level 0-2 by default.",
        references = {"IEC 62443-3-3 SR 5.2 RE(1)", "IEC 62443-2-1:2024 NET 1.7", "NERC CIP-005-7 R1.3"},
        attack = {"T0886", "M0807", "M0937"},
        reads = {"connection.from", "connection.to", "connection.initiator", "connection.via", "asset.type",
                "asset.zones", "zone.domain", "zone.level"})
public final class InboundIntoControlLevels implements ArchitectureRule {

    @Override
    public void checkConnection(ConnectionView c, ArchitectureSite site, FindingBuilder out) {
        if (!c.isNetwork() || site.isInternetExposure(c) || site.dmzBroker(c) != null && c.fromOpens()) {
            return;
        }
        if (c.fromOpens() && inbound(c.fromDomain(), c.fromAsset(), c.toDomain(), c.toLevel(), site)) {
            report(c, c.from(), c.to(), site, out);
        } else if (c.toOpens() && inbound(c.toDomain(), c.toAsset(), c.fromDomain(), c.fromLevel(), site)) {
            report(c, c.to(), c.from(), site, out);
        }
    }

    private static boolean inbound(Domain opener, Asset openerAsset, Domain acceptor, PurdueLevel acceptorLevel,
            ArchitectureSite site) {
        if (!Terms.isLowerTrust(opener) || !Terms.isOt(acceptor) || acceptorLevel == null
                || acceptorLevel.value() > 2) {
            return false;
        }
        boolean designatedBroker = openerAsset != null && Terms.BROKERS.contains(openerAsset.type())
                && !Terms.isOutside(opener);
        return !designatedBroker;
    }

    private static void report(ConnectionView c, Ref opener, Ref acceptor, ArchitectureSite site, FindingBuilder out) {
        out.report(c.ref().key() + " is opened from " + site.where(opener) + " into " + site.where(acceptor)
                + Words.through(c) + ".", List.of(c.ref()), site.servicesOf(c));
    }
}
