package org.otbridge.analysis.architecture;

import java.util.List;
import org.otbridge.analysis.Category;
import org.otbridge.analysis.FindingBuilder;
import org.otbridge.analysis.Mistake;
import org.otbridge.analysis.RuleInfo;
import org.otbridge.analysis.Severity;
import org.otbridge.model.Asset;
import org.otbridge.model.AssetType;
import org.otbridge.model.Domain;
import org.otbridge.model.Ref;

/** OTB-ARCH-015: enterprise IT opens sessions to a historian inside OT. */
@RuleInfo(id = "OTB-ARCH-015", category = Category.ARCHITECTURE, severity = Severity.HIGH,
        mistake = Mistake.INTEGRATION,
        title = "Enterprise users read the OT historian directly",
        explanation = "Letting office users and business systems query the OT historian is the most common "
                + "shortcut past the DMZ. The historian sits next to the SCADA servers and is trusted by them, "
                + "so every office PC that can reach it is one step from the control network.",
        recommendation = "Replicate the historian to a DMZ replica, pushed from the OT side, and let IT read only "
                + "the replica; close the direct rule from IT to the OT historian.",
        references = {"IEC 62443-3-3 SR 5.2", "NIST SP 800-82r3", "CISA CPG 2.0 3.I"},
        attack = {"M0930", "T0811"},
        reads = {"connection.from", "connection.to", "connection.initiator", "asset.type", "asset.zones",
                "zone.domain"})
public final class EnterpriseReadsOtHistorian implements ArchitectureRule {

    @Override
    public void checkConnection(ConnectionView c, ArchitectureSite site, FindingBuilder out) {
        if (!c.isNetwork()) {
            return;
        }
        if (c.fromOpens() && c.fromDomain() == Domain.IT && isOtHistorian(c.toAsset(), c.toDomain())) {
            report(c, c.from(), c.to(), site, out);
        } else if (c.toOpens() && c.toDomain() == Domain.IT && isOtHistorian(c.fromAsset(), c.fromDomain())) {
            report(c, c.to(), c.from(), site, out);
        }
    }

    private static boolean isOtHistorian(Asset asset, Domain domain) {
        return asset != null && asset.type() == AssetType.HISTORIAN && Terms.isOt(domain);
    }

    private static void report(ConnectionView c, Ref reader, Ref historian, ArchitectureSite site, FindingBuilder out) {
        out.report(c.ref().key() + " lets " + site.where(reader) + " open sessions to the OT historian "
                + site.where(historian) + ".", List.of(c.ref(), historian), site.servicesOf(c));
    }
}
