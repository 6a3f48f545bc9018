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
import org.otbridge.model.Domain;
import org.otbridge.model.Ref;
import org.otbridge.model.UsageTag;
import org.otbridge.model.Zone;

/**
 * OTB-ARCH-009: a safety instrumented system outside a safety zone, a safety zone shared with
 * hosts that are not part of the safety function, or a conduit between a safety zone and IT,
 * outside or the DMZ.
 */
@RuleInfo(id = "OTB-ARCH-009", category = Category.ARCHITECTURE, severity = Severity.CRITICAL,
        mistake = Mistake.INTEGRATION,
        title = "Safety instrumented system not in its own zone",
        explanation = "The safety instrumented system is the last automated barrier between a process upset and "
                + "harm to people, equipment or the environment. It needs its own zone, no path from IT and "
                + "tightly controlled engineering access; TRITON showed that attackers do target safety "
                + "controllers, and a safety system that shares a network with ordinary hosts shares their risks.",
        recommendation = "Put safety controllers in a dedicated safety zone, reached only from the process "
                + "control zone through a filtering device that passes read-only status; require a key switch "
                + "at the cabinet for program mode and keep engineering access local or brokered.",
        references = {"IEC 62443-3-2 ZCR 3.3", "IEC 62443-2-1:2024 NET 1.3", "IEC 62443-2-1:2024 DATA 1.3",
                "IEC 61511-1:2016 8.2.4", "NIST SP 800-82r3"},
        attack = {"M0812", "T0880"},
        reads = {"asset.type", "asset.usage", "asset.zones", "zone.domain", "connection.from", "connection.to"})
public final class SafetySystemNotSeparated implements ArchitectureRule {

    /** Assets that may share a safety zone with safety controllers. */
    private static final Set<AssetType> SAFETY_INFRASTRUCTURE = EnumSet.of(AssetType.SIS, AssetType.FIREWALL,
            AssetType.DATA_DIODE, AssetType.SWITCH, AssetType.ROUTER, AssetType.POWER_SUPPLY, AssetType.UPS, AssetType.PDU,
            AssetType.TELECOM_LINK);

    /** Safety instrumented systems by type; protection relays and other safety-tagged devices are not SIS. */
    static boolean isSafetySystem(Asset asset) {
        return asset.type() == AssetType.SIS;
    }

    @Override
    public void checkAsset(Asset asset, ArchitectureSite site, FindingBuilder out) {
        if (!isSafetySystem(asset) || site.facts().zonesOf(asset).stream().anyMatch(z -> z.domain() == Domain.SAFETY)) {
            return;
        }
        out.report(site.where(asset.ref()) + " is a safety system but sits in no safety zone.", asset.ref(),
                site.servicesAt(asset));
    }

    @Override
    public void checkZone(Zone zone, ArchitectureSite site, FindingBuilder out) {
        if (zone.domain() != Domain.SAFETY) {
            return;
        }
        boolean hasSafetySystem = false;
        List<Asset> others = new ArrayList<>();
        for (Asset asset : site.facts().assetsIn(zone)) {
            if (isSafetySystem(asset)) {
                hasSafetySystem = true;
            } else if (!SAFETY_INFRASTRUCTURE.contains(asset.type()) && !asset.usage().contains(UsageTag.SAFETY_FUNCTION)) {
                others.add(asset);
            }
        }
        if (!hasSafetySystem || others.isEmpty()) {
            return;
        }
        out.report(zone.ref().key() + " holds safety systems together with " + others.size()
                + " host(s) outside the safety function: " + Words.assets(others, 5) + ".",
                zone.ref(), site.servicesOfZone(zone));
    }

    @Override
    public void checkConnection(ConnectionView c, ArchitectureSite site, FindingBuilder out) {
        if (!c.isNetwork()) {
            return;
        }
        Ref safetyEnd;
        Domain otherDomain;
        if (c.toDomains().contains(Domain.SAFETY) && Terms.isLowerTrust(c.fromDomain())) {
            safetyEnd = c.to();
            otherDomain = c.fromDomain();
        } else if (c.fromDomains().contains(Domain.SAFETY) && Terms.isLowerTrust(c.toDomain())) {
            safetyEnd = c.from();
            otherDomain = c.toDomain();
        } else {
            return;
        }
        Ref otherEnd = safetyEnd.equals(c.to()) ? c.from() : c.to();
        out.report(c.ref().key() + " connects " + site.where(safetyEnd) + " directly with " + site.where(otherEnd)
                + " in the " + otherDomain.yamlName() + " domain" + Words.through(c) + ".", List.of(c.ref()),
                site.servicesOf(c));
    }
}
