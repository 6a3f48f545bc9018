package org.otbridge.analysis.contingency;

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
import org.otbridge.model.Ref;

/**
 * OTB-CONT-018: a firewall, data diode, jump host, remote-access gateway or domain controller is a
 * single point of failure of a critical service, judged as a contingency question: what happens
 * to operations when it fails.
 */
@RuleInfo(id = "OTB-CONT-018", category = Category.CONTINGENCY, severity = Severity.HIGH,
        mistake = Mistake.INTEGRATION,
        title = "Boundary or security infrastructure is a single point of failure of a critical service",
        explanation = "Security devices fail like any other device, and they are also what an attacker or a "
                + "defender switches off first: a boundary firewall that fails closed, a directory that is "
                + "encrypted, a jump host that is isolated. If the service needs it, operations lose the service "
                + "with it until it is rebuilt, even when nothing in the process itself is wrong.",
        recommendation = "Give the element redundancy (HA pair, second directory server inside OT) or a tested "
                + "bypass, decide its failure mode so that local control keeps running in island mode, and make "
                + "sure operators can log on and run the process while it is down (cached logons, local accounts "
                + "in a sealed envelope).",
        references = {"IEC 62443-3-3 SR 5.2 RE(2)", "IEC 62443-3-3 SR 5.2 RE(3)", "IEC 62443-3-3 4.2",
                "IEC 62443-2-1:2024 NET 1.4", "NIST CSF 2.0 PR.IR-03"},
        attack = {"M0811"},
        reads = {"asset.type", "service.requires", "service.impact", "asset.requires", "zone.requires",
                "connection.requires", "spares.on_hand", "spares.lead_time", "backup.exists",
                "backup.last_restore_test", "asset.supplier", "supplier.support_sla", "supplier.single_source",
                "asset.usage", "service.fallback", "fallback.capacity", "fallback.sustainable_for"})
public final class SecurityInfrastructureSinglePointOfFailure implements ContingencyRule {

    static final Set<AssetType> TYPES = EnumSet.of(AssetType.FIREWALL, AssetType.DATA_DIODE, AssetType.JUMP_HOST,
            AssetType.REMOTE_ACCESS_GATEWAY, AssetType.DOMAIN_CONTROLLER);

    @Override
    public void checkAsset(Asset asset, ContingencySite site, FindingBuilder out) {
        if (!TYPES.contains(asset.type())) {
            return;
        }
        List<Ref> critical = site.criticalStoppedBy(asset.ref());
        if (critical.isEmpty()) {
            return;
        }
        String detail = "If " + asset.ref().key() + " (" + FindingWords.typeOf(asset) + ") fails or is isolated, "
                + site.whenStopped(critical) + ". Its restore takes " + site.restoreOf(asset).text() + ".";
        out.report(detail, asset.ref(), critical);
    }
}
