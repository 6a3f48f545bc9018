package org.otbridge.analysis.architecture;

import java.util.ArrayList;
import java.util.List;
import org.otbridge.analysis.Category;
import org.otbridge.analysis.FindingBuilder;
import org.otbridge.analysis.Mistake;
import org.otbridge.analysis.RuleInfo;
import org.otbridge.analysis.Severity;
import org.otbridge.model.Asset;
import org.otbridge.model.AssetType;
import org.otbridge.model.Domain;
import org.otbridge.model.UsageTag;
import org.otbridge.model.Zone;

/**
 * OTB-ARCH-025: an engineering workstation that sits in an IT or external zone, or a
 * field-portable one that also talks to IT or the outside.
 */
@RuleInfo(id = "OTB-ARCH-025", category = Category.ARCHITECTURE, severity = Severity.HIGH,
        mistake = Mistake.INTEGRATION,
        title = "Engineering workstation outside the OT zones or used as a roaming laptop",
        explanation = "The engineering workstation can reprogram controllers. On the office network, or used for "
                + "e-mail and the internet between site visits, it becomes the bridge attackers need: infected "
                + "project files and program downloads travel with it straight to the PLCs.",
        recommendation = "Keep engineering workstations in an OT engineering zone; give field engineers dedicated "
                + "OT laptops that never join the office network, are checked before connecting, and are reached "
                + "remotely only through a DMZ jump host.",
        references = {"IEC 62443-3-2 ZCR 3.4", "IEC 62443-3-3 SR 5.1", "IEC 62443-3-3 SR 5.3", "NERC CIP-010-4 R4"},
        attack = {"T0843", "T0873", "M0930"},
        reads = {"asset.type", "asset.usage", "asset.zones", "zone.domain", "connection.from", "connection.to"})
public final class EngineeringWorkstationOutsideOt implements ArchitectureRule {

    @Override
    public void checkAsset(Asset asset, ArchitectureSite site, FindingBuilder out) {
        if (asset.type() != AssetType.ENGINEERING_WORKSTATION) {
            return;
        }
        List<String> outside = new ArrayList<>();
        for (Zone zone : site.facts().zonesOf(asset)) {
            if (Terms.isOutside(zone.domain())) {
                outside.add(zone.ref().key() + " (" + ArchitectureSite.zoneWords(zone) + ")");
            }
        }
        if (!outside.isEmpty()) {
            out.report(asset.ref().key() + " is an engineering workstation in " + Words.and(outside) + ".",
                    asset.ref(), site.servicesAt(asset));
            return;
        }
        if (!asset.usage().contains(UsageTag.FIELD_PORTABLE)) {
            return;
        }
        for (ConnectionView c : site.connectionsOf(asset.ref())) {
            Domain other = c.from().equals(asset.ref()) ? c.toDomain() : c.fromDomain();
            if (c.isNetwork() && Terms.isOutside(other)) {
                out.report(asset.ref().key() + " is a field-portable engineering workstation that also uses "
                        + c.ref().key() + " to the " + other.yamlName() + " domain.", asset.ref(),
                        site.servicesAt(asset));
                return;
            }
        }
    }
}
