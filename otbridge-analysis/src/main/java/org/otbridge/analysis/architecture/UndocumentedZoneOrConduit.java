package org.otbridge.analysis.architecture;

import java.util.ArrayList;
import java.util.List;
import org.otbridge.analysis.Category;
import org.otbridge.analysis.FindingBuilder;
import org.otbridge.analysis.Mistake;
import org.otbridge.analysis.RuleInfo;
import org.otbridge.analysis.Severity;
import org.otbridge.model.Zone;

/**
 * OTB-ARCH-010: an OT or safety zone without a target security level, or a conduit between
 * domains whose purpose, protocol or direction is not declared.
 */
@RuleInfo(id = "OTB-ARCH-010", category = Category.ARCHITECTURE, severity = Severity.MEDIUM,
        mistake = Mistake.INTEGRATION,
        title = "OT zone without target security level or with undocumented conduits",
        explanation = "Zones and conduits are the unit of the IEC 62443 risk assessment. Without a target "
                + "security level nobody can say how strong the protection of the zone must be, and without a "
                + "declared purpose, protocol and direction nobody can tell whether a conduit is still needed "
                + "or check the firewall rule that implements it.",
        recommendation = "Set target_sl on every OT and safety zone from a zone risk assessment together with "
                + "operations, and document every conduit between domains with purpose, protocol and initiator "
                + "so its firewall rules can be reviewed against it.",
        references = {"IEC 62443-3-2 ZCR 3.1", "IEC 62443-3-2 ZCR 5.6", "IEC 62443-3-2 ZCR 6.3",
                "IEC 62443-3-2 ZCR 6.4", "IEC 62443-2-1:2024 NET 1.2", "NIST CSF 2.0 ID.AM-03"},
        reads = {"zone.domain", "zone.target_sl", "connection.from", "connection.to", "connection.purpose",
                "connection.protocol", "connection.initiator", "asset.zones"})
public final class UndocumentedZoneOrConduit implements ArchitectureRule {

    @Override
    public void checkZone(Zone zone, ArchitectureSite site, FindingBuilder out) {
        if (!Terms.isOt(zone.domain()) || zone.targetSl() != null) {
            return;
        }
        out.report(zone.ref().key() + " (" + ArchitectureSite.zoneWords(zone) + ") has no target security level.",
                zone.ref(), site.servicesOfZone(zone));
    }

    @Override
    public void checkConnection(ConnectionView c, ArchitectureSite site, FindingBuilder out) {
        if (!c.crossesDomains()) {
            return;
        }
        List<String> missing = new ArrayList<>();
        if (c.connection().purpose() == null || c.connection().purpose().isBlank()) {
            missing.add("purpose");
        }
        if (c.protocol() == null) {
            missing.add("protocol");
        }
        if (c.connection().initiator() == null) {
            missing.add("initiator");
        }
        if (missing.isEmpty()) {
            return;
        }
        out.report(c.ref().key() + " crosses from the " + c.fromDomain().yamlName() + " to the "
                + c.toDomain().yamlName() + " domain without a declared " + Words.and(missing) + ".",
                List.of(c.ref()), site.servicesOf(c));
    }
}
