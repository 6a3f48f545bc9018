package org.otbridge.analysis.architecture;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.otbridge.analysis.Category;
import org.otbridge.analysis.FindingBuilder;
import org.otbridge.analysis.Mistake;
import org.otbridge.analysis.RuleInfo;
import org.otbridge.analysis.Severity;
import org.otbridge.model.Asset;
import org.otbridge.model.Domain;
import org.otbridge.model.Zone;

/**
 * OTB-ARCH-004: a host (not a network device) in zones of IT or outside and OT, of the DMZ and
 * OT, or of different levels where one is level 0-2.
 */
@RuleInfo(id = "OTB-ARCH-004", category = Category.ARCHITECTURE, severity = Severity.CRITICAL,
        mistake = Mistake.INTEGRATION,
        title = "Multi-homed host bridging zones of different domains or trust",
        explanation = "A host with a leg in each zone silently bypasses the firewall between them: whoever "
                + "compromises it from the less trusted side is inside the control network, and the boundary "
                + "exists only on the drawing. Dual-homed HMIs, historians and engineering laptops are how "
                + "office malware reaches controllers.",
        recommendation = "Give the host one network interface in one zone, and let it reach the other zone "
                + "through a conduit with a filtering device; for engineering laptops use a dedicated OT laptop "
                + "that never joins the office network, or a fixed engineering workstation reached through a "
                + "jump host.",
        references = {"IEC 62443-3-3 SR 5.1", "IEC 62443-3-3 SR 5.2", "IEC 62443-3-2 ZCR 3.1", "NIST SP 800-82r3"},
        attack = {"M0930"},
        reads = {"asset.zones", "asset.type", "zone.domain", "zone.level"})
public final class MultiHomedHost implements ArchitectureRule {

    @Override
    public void checkAsset(Asset asset, ArchitectureSite site, FindingBuilder out) {
        if (!asset.isMultiHomed() || Terms.NETWORK_DEVICES.contains(asset.type())) {
            return;
        }
        List<Zone> zones = site.facts().zonesOf(asset);
        Set<Domain> domains = EnumSet.noneOf(Domain.class);
        zones.forEach(z -> domains.add(z.domain()));
        boolean ot = domains.contains(Domain.OT) || domains.contains(Domain.SAFETY);
        boolean bridgesDomains = ot && (domains.contains(Domain.IT) || domains.contains(Domain.EXTERNAL)
                || domains.contains(Domain.DMZ));
        boolean bridgesLevels = false;
        for (Zone a : zones) {
            for (Zone b : zones) {
                if (a.level() != null && b.level() != null && a.level() != b.level()
                        && (a.level().value() <= 2 || b.level().value() <= 2)) {
                    bridgesLevels = true;
                }
            }
        }
        if (!bridgesDomains && !bridgesLevels) {
            return;
        }
        List<String> legs = new ArrayList<>();
        zones.forEach(z -> legs.add(z.ref().key() + " (" + ArchitectureSite.zoneWords(z) + ")"));
        out.report(asset.ref().key() + " (" + asset.type().yamlName() + ") sits in " + Words.and(legs)
                + " at once.", List.of(asset.ref()), site.servicesAt(asset));
    }
}
