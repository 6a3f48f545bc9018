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
 * OTB-CONT-003: a controller, HMI, SCADA server, historian, engineering workstation or network
 * device that a critical service needs has no backup ({@code backup.exists: false}) or declares
 * none. An undeclared backup is reported too, in its own words: the model cannot show that a
 * restore point exists.
 */
@RuleInfo(id = "OTB-CONT-003", category = Category.CONTINGENCY, severity = Severity.HIGH,
        mistake = Mistake.INTEGRATION,
        title = "Controller, HMI, SCADA or network asset of a critical service without backup",
        explanation = "PLC and RTU logic, HMI projects, SCADA configuration, relay settings and firewall rules are "
                + "the hardest part of a restore: without a copy they have to be rebuilt from drawings, memory and "
                + "the supplier's archive, which takes weeks, and the process runs on its fallback (or not at all) "
                + "for that whole time. After ransomware or a failed disk there is nothing to restore from.",
        recommendation = "Back up logic, projects and configurations after every change and on a schedule, "
                + "including the engineering tools and licences needed to load them; keep one copy offline in OT, "
                + "record it as backup.exists, and prove a restore (OTB-CONT-004).",
        references = {"IEC 62443-3-3 SR 7.3", "IEC 62443-2-1:2024 AVAIL 2.1", "NIST SP 800-82r3 App. F CP-9",
                "CISA CPG 2.0 3.O", "NERC CIP-009-6 R1.3"},
        attack = {"M0953"},
        reads = {"asset.type", "backup.exists", "service.requires", "service.impact", "asset.requires",
                "zone.requires", "connection.requires", "spares.on_hand", "spares.lead_time",
                "backup.last_restore_test", "asset.supplier", "supplier.support_sla", "supplier.single_source",
                "asset.usage", "service.fallback", "fallback.capacity", "fallback.sustainable_for"})
public final class CriticalAssetWithoutBackup implements ContingencyRule {

    /** What holds logic, projects or configuration that is hard to rebuild. */
    static final Set<AssetType> TYPES = EnumSet.of(AssetType.PLC, AssetType.RTU, AssetType.IED, AssetType.SIS,
            AssetType.PROTECTION_RELAY, AssetType.SERIAL_GATEWAY, AssetType.PROTOCOL_GATEWAY,
            AssetType.HMI, AssetType.SCADA_SERVER, AssetType.HISTORIAN, AssetType.ENGINEERING_WORKSTATION,
            AssetType.FIREWALL, AssetType.SWITCH, AssetType.ROUTER);

    @Override
    public void checkAsset(Asset asset, ContingencySite site, FindingBuilder out) {
        if (!TYPES.contains(asset.type()) || (asset.backup() != null && asset.backup().exists())) {
            return;
        }
        List<Ref> critical = site.facts().servicesOf(asset.ref()).stream().filter(site::isCritical).toList();
        if (critical.isEmpty()) {
            return;
        }
        String what = asset.backup() == null ? "declares no backup" : "has no backup (backup.exists: false)";
        List<Ref> stops = site.criticalStoppedBy(asset.ref());
        String detail = asset.ref().key() + " (" + FindingWords.typeOf(asset) + ") " + what + " and is needed by "
                + Text.refs(critical) + "."
                + (stops.isEmpty() ? "" : " It is a single point of failure: if it fails, " + site.whenStopped(stops)
                        + ", and its restore takes " + site.restoreOf(asset).text() + ".");
        out.report(detail, asset.ref(), critical);
    }
}
