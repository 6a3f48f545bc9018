package org.otbridge.analysis.architecture;

import java.util.List;
import java.util.Set;
import org.otbridge.analysis.Category;
import org.otbridge.analysis.FindingBuilder;
import org.otbridge.analysis.Mistake;
import org.otbridge.analysis.RuleInfo;
import org.otbridge.analysis.Severity;
import org.otbridge.model.Control;
import org.otbridge.model.ControlKind;
import org.otbridge.model.Ref;
import org.otbridge.model.RefKind;

/**
 * OTB-ARCH-013: removable media into OT without managed handling, that is without a usb-block
 * control on the target whose {@code exception} is {@code managed-media} or {@code kiosk}.
 */
@RuleInfo(id = "OTB-ARCH-013", category = Category.ARCHITECTURE, severity = Severity.MEDIUM,
        mistake = Mistake.INTEGRATION,
        title = "Removable media or field laptop path without managed handling",
        explanation = "USB sticks and transient devices cross every network boundary in a pocket. Vendor media "
                + "with projects, firmware and updates go straight onto the hosts that program controllers, "
                + "which is how Stuxnet-type attacks and ordinary ransomware reach air-gapped plants.",
        recommendation = "Allow only registered, encrypted media and scan them at a kiosk before use (usb-block "
                + "with exception managed-media or kiosk); prefer transfer through a DMZ file-transfer server "
                + "with malware scanning.",
        references = {"IEC 62443-3-2 ZCR 3.4", "IEC 62443-3-3 SR 2.3", "NERC CIP-010-4 R4", "CISA CPG 2.0 3.R"},
        attack = {"T0847", "M0934", "M0928"},
        reads = {"connection.from", "connection.to", "asset.zones", "asset.controls", "zone.domain", "control.kind",
                "control.applies_to", "control.usb-block.exception"})
public final class UnmanagedRemovableMedia implements ArchitectureRule {

    private static final Set<String> MANAGED = Set.of("managed-media", "kiosk");

    @Override
    public void checkConnection(ConnectionView c, ArchitectureSite site, FindingBuilder out) {
        Ref target;
        if (c.from().kind() == RefKind.REMOVABLE_MEDIA) {
            target = c.to();
        } else if (c.to().kind() == RefKind.REMOVABLE_MEDIA) {
            target = c.from();
        } else {
            return;
        }
        if (site.facts().domainsOf(target).stream().noneMatch(Terms::isOt)) {
            return;
        }
        for (Control control : site.controls(target, ControlKind.USB_BLOCK)) {
            if (MANAGED.contains(String.valueOf(control.parameters().get("exception")))) {
                return;
            }
        }
        out.report(c.ref().key() + " brings removable media onto " + site.where(target)
                + " with no managed-media or kiosk control.", List.of(c.ref()), site.servicesOf(c));
    }
}
