package org.otbridge.analysis.exposure;

import java.util.List;
import org.otbridge.analysis.Category;
import org.otbridge.analysis.FindingBuilder;
import org.otbridge.analysis.Mistake;
import org.otbridge.analysis.RuleInfo;
import org.otbridge.analysis.Severity;

/** OTB-EXP-002: a connection makes the way to a critical service's targets much shorter. */
@RuleInfo(id = "OTB-EXP-002", category = Category.EXPOSURE, severity = Severity.HIGH,
        mistake = Mistake.INTEGRATION,
        title = "Connection is a shortcut into the plant",
        explanation = "Without this connection an attacker would need a longer, harder way to the systems that "
                + "run a critical service, or could not get there at all. Shortcuts like this are usually "
                + "practical conveniences (remote support, a quick RDP session, a data feed) that were never "
                + "weighed as the attack surface they became.",
        recommendation = "Decide deliberately whether operations need it. If they do, make it on-demand, "
                + "brokered through the DMZ (jump host or replica), authenticated with MFA or certificates, "
                + "owned by someone accountable and reviewed on an expiry date; if not, remove it.",
        references = {"IEC 62443-3-3 SR 5.2", "IEC 62443-2-1:2024 NET 1.7", "CISA CPG 2.0 3.I"},
        attack = {"T0822", "T0886", "M0930", "M0937"},
        reads = {"connection.from", "connection.to", "connection.initiator", "connection.via", "connection.auth",
                "connection.encrypted", "connection.protocol", "connection.always_on", "asset.type", "asset.zones",
                "asset.internet_exposed", "zone.flat", "service.requires", "service.impact"})
public final class ShortcutIntoThePlant implements ExposureRule {

    /** A rise below this is a detour, not a shortcut worth a finding. */
    static final double MIN_RISE = 1.0;

    @Override
    public void checkSite(ExposureSite site, FindingBuilder out) {
        for (Shortcut shortcut : site.result().shortcuts()) {
            if (shortcut.rise() >= MIN_RISE) {
                report(shortcut, site.cheapestUsing(shortcut.connection()), out);
            }
        }
    }

    private static void report(Shortcut shortcut, AttackPath cheapest, FindingBuilder out) {
        String without = shortcut.removalDisconnects() ? "could no longer be reached at all"
                : "would cost " + shortcut.costWithout() + " instead of " + shortcut.costWith();
        out.report(shortcut.connection().key() + " is on " + shortcut.pathsEnabled()
                + " cheapest attack paths to critical services; without it the cheapest such target "
                + (cheapest == null ? "" : "(" + cheapest.target().key() + " from " + cheapest.entry().key() + ") ")
                + without + ".",
                List.of(shortcut.connection()), cheapest == null ? List.of(shortcut.connection()) : cheapest.services());
    }
}
