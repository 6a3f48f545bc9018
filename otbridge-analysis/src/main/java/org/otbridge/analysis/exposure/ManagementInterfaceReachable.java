package org.otbridge.analysis.exposure;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.otbridge.analysis.Category;
import org.otbridge.analysis.FindingBuilder;
import org.otbridge.analysis.Mistake;
import org.otbridge.analysis.RuleInfo;
import org.otbridge.analysis.Sentences;
import org.otbridge.analysis.Severity;
import org.otbridge.model.Asset;
import org.otbridge.model.Protocol;
import org.otbridge.model.Ref;

/**
 * OTB-EXP-004: the management interface of a device that a service needs (a UPS or PDU card, a
 * switch's or router's management port, a gateway's web page) is cheap or moderately costly to
 * reach from an entry point (docs/exposure.md, "Management interfaces"). Whoever reaches it can
 * make the device fail, and everything that needs the device fails with it.
 */
@RuleInfo(id = "OTB-EXP-004", category = Category.EXPOSURE, severity = Severity.HIGH,
        mistake = Mistake.INTEGRATION,
        title = "Management interface of a device the plant needs is reachable from an entry point",
        explanation = "An attacker does not need the SCADA server if the UPS that feeds it can be told to switch "
                + "off, or the switch it hangs on can be reconfigured: management interfaces of power, network "
                + "and gateway devices are rarely watched, often still on default passwords, and usually sit on "
                + "the office or facilities network. In the 2015 attack on Ukrainian distribution companies the "
                + "attackers reprogrammed the UPS units of control centres to cut their power during the attack.",
        recommendation = "Move management interfaces into a management network of OT's own, reached only from an "
                + "OT management host through the jump host with MFA; change their default passwords, turn off "
                + "telnet and plain HTTP and SNMP with write access, and watch logons and configuration changes.",
        references = {"IEC 62443-3-3 SR 5.1", "IEC 62443-3-3 SR 7.6", "IEC 62443-3-3 SR 1.1",
                "NIST SP 800-82r3", "BSI IT-Grundschutz IND.1.A8",
                "ICS-CERT alert IR-ALERT-H-16-056-01, Cyber-Attack Against Ukrainian Critical Infrastructure (2016)"},
        attack = {"T0816", "T0826", "T0813", "M0930", "M0937", "M0927"},
        reads = {"asset.management", "management.zones", "management.protocols", "management.auth", "asset.zones",
                "asset.requires", "service.requires", "service.impact", "connection.from", "connection.to",
                "connection.auth", "zone.flat"})
public final class ManagementInterfaceReachable implements ExposureRule {

    @Override
    public void checkAsset(Asset asset, ExposureSite site, FindingBuilder out) {
        if (asset.management() == null) {
            return;
        }
        Set<Ref> services = site.facts().servicesOf(asset.ref());
        if (services.isEmpty()) {
            return;
        }
        ExposureIndex.Exposure exposure = site.exposure().management(asset);
        ExposureLevel level = exposure.level();
        if (level != ExposureLevel.CHEAP && level != ExposureLevel.MODERATE) {
            return;
        }
        String zones = asset.managementZones().stream().map(Ref::key).collect(Collectors.joining(" and "));
        String protocols = asset.management().protocols().isEmpty() ? ""
                : " over " + asset.management().protocols().stream().map(Protocol::yamlName)
                        .collect(Collectors.joining(", "));
        String auth = asset.management().auth() == null ? "authentication not declared"
                : asset.management().auth().yamlName() + " authentication";
        out.report("The management interface of " + asset.ref().key() + " (" + asset.type().yamlName() + ") sits in "
                + zones + protocols + " with " + auth + "; from " + exposure.entry().key() + " an attacker reaches it "
                + "at cost " + Costs.format(exposure.cost()) + " and can make the device fail, and with it "
                + Sentences.refs(services, 5) + ".",
                List.of(asset.ref(), exposure.entry()), services, exposure);
    }
}
