package org.otbridge.analysis.architecture;

import java.util.List;
import org.otbridge.analysis.Category;
import org.otbridge.analysis.FindingBuilder;
import org.otbridge.analysis.Mistake;
import org.otbridge.analysis.RuleInfo;
import org.otbridge.analysis.Severity;
import org.otbridge.analysis.exposure.ExposureIndex;
import org.otbridge.analysis.exposure.ExposureLevel;
import org.otbridge.model.Asset;

/**
 * OTB-ARCH-032: a device that accepts firmware or software updates without checking a signature
 * ({@code signed_firmware: false}) is cheap or moderately costly to reach from an entry point,
 * over its network or its management interface.
 */
@RuleInfo(id = "OTB-ARCH-032", category = Category.ARCHITECTURE, severity = Severity.HIGH,
        mistake = Mistake.INTEGRATION,
        title = "Device accepting unsigned firmware reachable from an entry point",
        explanation = "Whoever reaches a device that takes any firmware can replace it: with firmware that "
                + "bricks the device for good, or one that lies to the operator. Repair then means a site visit "
                + "with a spare for every device at once. In the 2015 attack on Ukrainian distribution companies "
                + "the attackers wrote malicious firmware to serial-to-Ethernet gateways, so that substations "
                + "could not be controlled remotely even after the attack.",
        recommendation = "Enable firmware signature checks where the device offers them (and update to a release "
                + "that does); until then, make the device unreachable from the office and suppliers, allow "
                + "firmware uploads only from the engineering workstation, keep the device's key switch or "
                + "write protection in run mode, and keep spares and a tested restore of its configuration.",
        references = {"IEC 62443-4-2 CR 3.4", "IEC 62443-3-3 SR 3.4", "IEC 62443-4-2 EDR 3.10",
                "ICS-CERT alert IR-ALERT-H-16-056-01, Cyber-Attack Against Ukrainian Critical Infrastructure (2016)"},
        attack = {"T0857", "T0839", "M0945", "M0947", "M0930"},
        reads = {"asset.signed_firmware", "asset.type", "asset.zones", "asset.management", "asset.internet_exposed",
                "connection.from", "connection.to", "connection.auth", "connection.protocol", "connection.initiator",
                "connection.via", "zone.flat"})
public final class UnsignedFirmwareReachable implements ArchitectureRule {

    @Override
    public void checkAsset(Asset asset, ArchitectureSite site, FindingBuilder out) {
        if (!Boolean.FALSE.equals(asset.signedFirmware()) || site.exposure() == null) {
            return;
        }
        ExposureIndex.Exposure exposure = site.exposureOf(asset.ref());
        ExposureLevel level = exposure.level();
        if (level != ExposureLevel.CHEAP && level != ExposureLevel.MODERATE) {
            return;
        }
        out.report(site.where(asset.ref()) + " accepts firmware without checking a signature, and an attacker "
                + "reaches it from " + exposure.entry().key() + ".", List.of(asset.ref()), site.servicesAt(asset),
                exposure);
    }
}
