package org.otbridge.analysis.architecture;

import java.util.List;
import org.otbridge.analysis.Category;
import org.otbridge.analysis.FindingBuilder;
import org.otbridge.analysis.Mistake;
import org.otbridge.analysis.RuleInfo;
import org.otbridge.analysis.Severity;
import org.otbridge.analysis.WholeWords;
import org.otbridge.model.Ref;

/**
 * OTB-ARCH-026: OT takes its time from IT or the internet: a connection opened by the OT side to
 * an IT or external end whose purpose names time synchronisation, or that uses NTP's port 123.
 */
@RuleInfo(id = "OTB-ARCH-026", category = Category.ARCHITECTURE, severity = Severity.LOW,
        mistake = Mistake.INTEGRATION,
        title = "OT time synchronised from internet or corporate time sources",
        explanation = "Sequence-of-events records, protection and logs need trustworthy time. Time taken from IT "
                + "or the internet is one more standing path across the boundary, stops when IT does, and can "
                + "be spoofed from outside.",
        recommendation = "Run a local GNSS or PTP grandmaster with holdover inside OT and let OT hosts use only "
                + "that source.",
        references = {"IEC 62443-3-3 SR 2.11", "IEC 62443-2-1:2024 NET 1.9", "NIST SP 800-82r3 App. F SC-45"},
        reads = {"connection.purpose", "connection.ports", "connection.initiator", "connection.from",
                "connection.to", "asset.zones", "zone.domain"})
public final class TimeFromOutsideOt implements ArchitectureRule {

    /** Time protocols and time sources, as whole words. */
    static final WholeWords TIME = WholeWords.of("s?ntp", "ptp",
            "time[- ]?(?:sync(?:ed|ing|hroni[sz]ation)?|sources?|servers?)", "clocks?");

    @Override
    public void checkConnection(ConnectionView c, ArchitectureSite site, FindingBuilder out) {
        if (!c.isNetwork() || !isTime(c)) {
            return;
        }
        if (c.fromOpens() && Terms.isOt(c.fromDomain()) && Terms.isOutside(c.toDomain())) {
            report(c, c.from(), c.to(), site, out);
        } else if (c.toOpens() && Terms.isOt(c.toDomain()) && Terms.isOutside(c.fromDomain())) {
            report(c, c.to(), c.from(), site, out);
        }
    }

    private static boolean isTime(ConnectionView c) {
        String purpose = c.connection().purpose();
        return c.connection().ports().contains(123) || TIME.in(purpose);
    }

    private static void report(ConnectionView c, Ref ot, Ref source, ArchitectureSite site, FindingBuilder out) {
        out.report(c.ref().key() + " has " + site.where(ot) + " take its time from " + site.where(source) + ".",
                List.of(c.ref()), site.servicesOf(c));
    }
}
