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
import org.otbridge.model.AssetType;
import org.otbridge.model.Zone;

/**
 * OTB-ARCH-012: a wireless access point inside an OT or safety zone of level 0-2 that also holds
 * other hosts, so the radio network is not a zone of its own.
 */
@RuleInfo(id = "OTB-ARCH-012", category = Category.ARCHITECTURE, severity = Severity.HIGH,
        mistake = Mistake.INTEGRATION,
        title = "Wireless into control zones not treated as its own zone",
        explanation = "Radio reaches beyond the fence: anyone in the car park with the key, or with a weakness in "
                + "the access point, is on the control network next to the controllers. A wireless segment "
                + "bridged straight into a control zone makes the physical protection of the plant irrelevant.",
        recommendation = "Put wireless clients in their own zone behind a filtering device, with strong "
                + "authentication (WPA3-Enterprise or certificates) and encryption, limited signal reach, and "
                + "only the flows the tablets or sensors need.",
        references = {"IEC 62443-3-2 ZCR 3.5", "IEC 62443-3-3 SR 1.6", "IEC 62443-3-3 SR 2.2",
                "IEC 62443-2-1:2024 NET 2.1-2.3"},
        attack = {"T0860", "M0806", "M0808"},
        reads = {"zone.domain", "zone.level", "asset.type", "asset.zones"})
public final class WirelessInControlZone implements ArchitectureRule {

    private static final Set<AssetType> INFRASTRUCTURE = EnumSet.of(AssetType.WIRELESS_AP, AssetType.FIREWALL,
            AssetType.DATA_DIODE, AssetType.ROUTER, AssetType.SWITCH, AssetType.POWER_SUPPLY, AssetType.UPS, AssetType.PDU,
            AssetType.TELECOM_LINK);

    @Override
    public void checkZone(Zone zone, ArchitectureSite site, FindingBuilder out) {
        if (!Terms.isOt(zone.domain()) || zone.level() == null || zone.level().value() > 2) {
            return;
        }
        List<Asset> accessPoints = new ArrayList<>();
        int hosts = 0;
        for (Asset asset : site.facts().assetsIn(zone)) {
            if (asset.type() == AssetType.WIRELESS_AP) {
                accessPoints.add(asset);
            } else if (!INFRASTRUCTURE.contains(asset.type())) {
                hosts++;
            }
        }
        if (hosts == 0) {
            return;
        }
        for (Asset ap : accessPoints) {
            out.report(ap.ref().key() + " bridges radio straight into " + zone.ref().key() + " ("
                    + ArchitectureSite.zoneWords(zone) + "), which holds " + hosts + " other host(s).",
                    List.of(ap.ref(), zone.ref()), site.servicesAt(ap));
        }
    }
}
