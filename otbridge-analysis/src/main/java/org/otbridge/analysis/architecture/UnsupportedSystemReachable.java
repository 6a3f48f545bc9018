package org.otbridge.analysis.architecture;

import java.util.Optional;
import org.otbridge.analysis.Category;
import org.otbridge.analysis.FindingBuilder;
import org.otbridge.analysis.Mistake;
import org.otbridge.analysis.RuleInfo;
import org.otbridge.analysis.Severity;
import org.otbridge.analysis.exposure.ExposureIndex;
import org.otbridge.analysis.exposure.ExposureLevel;
import org.otbridge.model.Asset;

/**
 * OTB-ARCH-031: an asset whose vendor support has ended ({@code end_of_support}, or the known end
 * of the system its {@code os} names, SupportEnd) is cheap or moderately costly to reach from an
 * entry point. An unsupported host behind a data diode or reachable only through hardened conduits
 * is a patching problem; reachable from the office, a supplier or the internet it is an open door,
 * because its known holes are never closed.
 */
@RuleInfo(id = "OTB-ARCH-031", category = Category.ARCHITECTURE, severity = Severity.HIGH,
        mistake = Mistake.INTEGRATION,
        title = "Unsupported system reachable cheaply from an entry point",
        explanation = "A system out of vendor support gets no security fixes: every hole published after its "
                + "end of support stays open, with exploits anyone can download. Behind a data diode that is a "
                + "hygiene problem; reachable from the office network, a supplier or the internet it is the "
                + "easiest way in, as at the Oldsmar water plant (2021), where remote access led to control "
                + "computers still running Windows 7.",
        recommendation = "Cut the cheap ways to it first: put the host in a zone of its own behind the DMZ, reached "
                + "only through a jump host with MFA, with application allowlisting and no e-mail or internet; "
                + "then plan and fund its replacement with the supplier, recorded as an exception with an end "
                + "date.",
        references = {"IEC 62443-3-3 SR 5.1", "IEC 62443-3-3 4.3", "IEC 62443-2-1:2024 COMP 3.5",
                "NIST CSF 2.0 ID.AM-08", "CISA CPG 2.0 2.B (compensating controls for legacy)",
                "CISA/FBI/EPA/NSA joint advisory AA21-287A (water and wastewater systems, 2021)"},
        attack = {"T0866", "T0883", "M0951", "M0930", "M0938"},
        reads = {"asset.end_of_support", "asset.os", "asset.version", "asset.zones", "asset.internet_exposed",
                "asset.management", "connection.from", "connection.to", "connection.auth", "connection.protocol",
                "connection.initiator", "connection.via", "zone.flat", "zone.domain"})
public final class UnsupportedSystemReachable implements ArchitectureRule {

    @Override
    public void checkAsset(Asset asset, ArchitectureSite site, FindingBuilder out) {
        if (site.today() == null || site.exposure() == null) {
            return;
        }
        Optional<SupportEnd> end = SupportEnd.of(asset);
        if (end.isEmpty() || !end.get().endedBefore(site.today())) {
            return;
        }
        ExposureIndex.Exposure exposure = site.exposureOf(asset.ref());
        ExposureLevel level = exposure.level();
        if (level != ExposureLevel.CHEAP && level != ExposureLevel.MODERATE) {
            return;
        }
        String system = asset.os() == null ? " is" : " runs " + asset.os() + ",";
        out.report(site.where(asset.ref()) + system + " out of vendor support (" + end.get().words()
                + "), and an attacker reaches it from " + exposure.entry().key() + ".",
                java.util.List.of(asset.ref()), site.servicesAt(asset), exposure);
    }
}
