package org.otbridge.analysis.exposure;

import java.util.List;
import org.otbridge.analysis.Category;
import org.otbridge.analysis.FindingBuilder;
import org.otbridge.analysis.Mistake;
import org.otbridge.analysis.RuleInfo;
import org.otbridge.analysis.Severity;
import org.otbridge.model.Ref;
import org.otbridge.model.RefKind;

/**
 * OTB-EXP-002: a bypass (a connection around the DMZ or a broker, a host in two domains, an OT
 * asset on the internet) that makes an attack cheaper than the designed conduits allow.
 */
@RuleInfo(id = "OTB-EXP-002", category = Category.EXPOSURE, severity = Severity.HIGH,
        mistake = Mistake.INTEGRATION,
        title = "A bypass is a shortcut into the plant",
        explanation = "Over the conduits the site was designed with, an attacker would need a longer, harder way "
                + "to the systems that run a service, or could not get there at all. Bypasses like this are "
                + "usually practical conveniences (remote support, a quick RDP session, a data feed, a server "
                + "in two networks) that were never weighed as the attack surface they became.",
        recommendation = "Decide deliberately whether operations need it. If they do, make it on-demand, "
                + "brokered through the DMZ (jump host or replica), authenticated with MFA or certificates, "
                + "owned by someone accountable and reviewed on an expiry date; if not, remove it.",
        references = {"IEC 62443-3-3 SR 5.2", "IEC 62443-2-1:2024 NET 1.7", "CISA CPG 2.0 3.I"},
        attack = {"T0822", "T0886", "M0930", "M0937"},
        reads = {"connection.from", "connection.to", "connection.initiator", "connection.via", "connection.auth",
                "connection.encrypted", "connection.protocol", "connection.always_on", "asset.type", "asset.zones",
                "asset.internet_exposed", "zone.flat", "service.requires", "service.impact"})
public final class ShortcutIntoThePlant implements ExposureRule {

    @Override
    public void checkSite(ExposureSite site, FindingBuilder out) {
        for (Shortcut shortcut : site.result().shortcuts()) {
            report(shortcut, scope(shortcut, site), out);
        }
    }

    /**
     * What the bypass itself touches: a connection with its ends and via assets, a host or an
     * exposed asset by itself. Its consequence is what it puts at stake, not how much cheaper it
     * is than the design, which hardening the design elsewhere would change.
     */
    private static List<Ref> scope(Shortcut shortcut, ExposureSite site) {
        if (shortcut.element().kind() == RefKind.CONNECTION) {
            return site.facts().model().connection(shortcut.element().id()).map(FindingBuilder::scopeOf)
                    .orElse(List.of(shortcut.element()));
        }
        return List.of(shortcut.element());
    }

    private static void report(Shortcut shortcut, List<Ref> scope, FindingBuilder out) {
        String what = switch (shortcut.kind()) {
            case "host" -> shortcut.element().key() + " sits in zones of different domains or levels, so it";
            case "internet-exposure" -> shortcut.element().key() + " is reachable from the internet, which";
            default -> shortcut.element().key();
        };
        String around = switch (shortcut.bypasses() == null ? "" : shortcut.bypasses()) {
            case "dmz" -> "the DMZ";
            case "broker" -> "the remote-access broker";
            case "levels" -> "the control levels in between";
            case "domains" -> "the boundary between domains";
            default -> "the site's design";
        };
        String without = shortcut.opensNewWay() ? "which the designed conduits alone do not allow at all"
                : "instead of " + Costs.format(shortcut.baselineCost()) + " over the designed conduits alone";
        out.report(what + " goes around " + around + ": from " + shortcut.entry().key() + " an attacker reaches "
                + shortcut.target().key() + " at cost " + Costs.format(shortcut.costWith()) + ", " + without
                + (shortcut.pairsLowered() > 1 ? "; it makes " + shortcut.pairsLowered()
                        + " ways from entry points to services cheaper" : "") + ".",
                List.of(shortcut.element()), scope);
    }
}
