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
 * OTB-CONT-014: a network, security, SCADA, HMI or telecom element that is a single point of
 * failure of a critical service needs no power supply: neither its own {@code requires} nor its
 * zone's name an asset of type {@code power-supply}, directly or inside an {@code any} or
 * {@code at_least}.
 */
@RuleInfo(id = "OTB-CONT-014", category = Category.CONTINGENCY, severity = Severity.MEDIUM,
        mistake = Mistake.INTEGRATION,
        title = "Essential OT and security infrastructure without emergency power",
        explanation = "After a grid disturbance or a blackout the control system is needed most, to restore supply; "
                + "switches, firewalls, routers, telecom and operator stations that drop with the mains leave "
                + "operators blind exactly then, until power returns, and network devices that reboot may come up "
                + "with a wrong or empty configuration.",
        recommendation = "Put the element on a UPS (or station battery) with generator back-up sized for the "
                + "restoration time, not only the servers, and model it: add the power supply to the asset's "
                + "requires (or the zone's) so that its failure shows in the analysis.",
        references = {"IEC 62443-3-3 SR 7.5", "NIST SP 800-82r3 App. F PE-11", "NIST CSF 2.0 PR.IR-02"},
        reads = {"asset.type", "service.requires", "service.impact", "asset.requires", "zone.requires",
                "connection.requires", "service.fallback", "fallback.capacity", "fallback.sustainable_for"})
public final class NoEmergencyPower implements ContingencyRule {

    static final Set<AssetType> TYPES = EnumSet.of(AssetType.FIREWALL, AssetType.SWITCH, AssetType.ROUTER,
            AssetType.SCADA_SERVER, AssetType.HMI, AssetType.TELECOM_LINK);

    @Override
    public void checkAsset(Asset asset, ContingencySite site, FindingBuilder out) {
        if (!TYPES.contains(asset.type())) {
            return;
        }
        List<Ref> critical = site.criticalStoppedBy(asset.ref());
        if (critical.isEmpty() || powered(asset, site)) {
            return;
        }
        String detail = asset.ref().key() + " (" + FindingWords.typeOf(asset) + ") requires no power supply "
                + "(no UPS or battery in its requires or its zone's) and is a single point of failure: in a "
                + "power cut " + site.whenStopped(critical) + ".";
        out.report(detail, asset.ref(), critical);
    }

    private static boolean powered(Asset asset, ContingencySite site) {
        for (Ref need : site.facts().directNeeds(asset.ref())) {
            if (site.asset(need).map(a -> a.type().isPower()).orElse(false)) {
                return true;
            }
        }
        return false;
    }
}
