package org.otbridge.analysis.architecture;

import java.util.ArrayList;
import java.util.List;
import org.otbridge.analysis.Category;
import org.otbridge.analysis.FindingBuilder;
import org.otbridge.analysis.Mistake;
import org.otbridge.analysis.RuleInfo;
import org.otbridge.analysis.Severity;
import org.otbridge.model.Asset;
import org.otbridge.model.Zone;

/** OTB-ARCH-011: a flat OT zone in which controllers share the network with office-type hosts. */
@RuleInfo(id = "OTB-ARCH-011", category = Category.ARCHITECTURE, severity = Severity.HIGH,
        mistake = Mistake.INTEGRATION,
        title = "Flat zone mixing levels or criticalities",
        explanation = "When office-type hosts (workstations, servers, historians, directory servers) share one "
                + "flat network with PLCs, RTUs or safety controllers, a single infected PC reaches every "
                + "controller with protocols that accept commands without authentication. The hosts most "
                + "exposed to e-mail, files and the internet sit next to the devices that run the process.",
        recommendation = "Split the zone: keep controllers in a control zone and move servers and workstations to "
                + "a supervisory zone, with a filtering device between them that allows only the declared "
                + "industrial flows from the SCADA and engineering hosts.",
        references = {"IEC 62443-3-2 ZCR 3.1", "IEC 62443-3-3 SR 5.1", "NIST SP 800-82r3"},
        attack = {"M0930", "T0846"},
        reads = {"zone.flat", "zone.domain", "asset.type", "asset.zones"})
public final class FlatZoneMixesControllersAndOfficeHosts implements ArchitectureRule {

    @Override
    public void checkZone(Zone zone, ArchitectureSite site, FindingBuilder out) {
        if (!zone.flat() || !Terms.isOt(zone.domain())) {
            return;
        }
        List<Asset> controllers = new ArrayList<>();
        List<Asset> office = new ArrayList<>();
        for (Asset asset : site.facts().assetsIn(zone)) {
            if (Terms.CONTROLLERS.contains(asset.type())) {
                controllers.add(asset);
            } else if (Terms.OFFICE_TYPES.contains(asset.type())) {
                office.add(asset);
            }
        }
        if (controllers.isEmpty() || office.isEmpty()) {
            return;
        }
        out.report(zone.ref().key() + " (" + ArchitectureSite.zoneWords(zone) + ") is flat and holds controllers ("
                + Words.assets(controllers, 5) + ") together with office-type hosts (" + Words.assets(office, 5)
                + ").", zone.ref(), site.servicesOfZone(zone));
    }
}
