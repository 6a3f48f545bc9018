package org.otbridge.analysis.architecture;

import java.util.List;
import org.otbridge.analysis.Category;
import org.otbridge.analysis.FindingBuilder;
import org.otbridge.analysis.Mistake;
import org.otbridge.analysis.RuleInfo;
import org.otbridge.analysis.Severity;
import org.otbridge.model.Asset;
import org.otbridge.model.AssetType;
import org.otbridge.model.Ref;

/**
 * OTB-ARCH-020: a cloud service connected straight to level 0-2 of OT, or a cloud service that can
 * open sessions into OT.
 */
@RuleInfo(id = "OTB-ARCH-020", category = Category.ARCHITECTURE, severity = Severity.HIGH,
        mistake = Mistake.INTEGRATION,
        title = "Cloud/IIoT connection landing below the DMZ or accepting cloud-initiated commands",
        explanation = "A cloud agent on a supervisory or control host is a third party's software with an "
                + "internet path out of the control network; a cloud that can open sessions into OT is remote "
                + "control from the internet. The service that depends on the cloud also stops whenever the "
                + "internet, the uplink or the supplier does.",
        recommendation = "Publish data through an edge gateway or broker in the DMZ, fed from OT and connecting "
                + "outbound only; never let the cloud initiate sessions into OT, and keep a tested fallback for "
                + "the functions that use the cloud.",
        references = {"IEC 62443-3-2 ZCR 3.6", "NIST SP 800-82r3"},
        attack = {"M0930", "T0883"},
        reads = {"asset.type", "connection.from", "connection.to", "connection.initiator", "connection.via",
                "asset.zones", "zone.domain", "zone.level"})
public final class CloudBelowDmz implements ArchitectureRule {

    @Override
    public void checkConnection(ConnectionView c, ArchitectureSite site, FindingBuilder out) {
        if (!c.isNetwork()) {
            return;
        }
        if (isCloud(c.toAsset()) && Terms.isOt(c.fromDomain())) {
            check(c, c.toAsset(), c.from(), c.fromLevelAtMost(2), c.toOpens(), site, out);
        } else if (isCloud(c.fromAsset()) && Terms.isOt(c.toDomain())) {
            check(c, c.fromAsset(), c.to(), c.toLevelAtMost(2), c.fromOpens(), site, out);
        }
    }

    private static boolean isCloud(Asset asset) {
        return asset != null && asset.type() == AssetType.CLOUD_SERVICE;
    }

    private static void check(ConnectionView c, Asset cloud, Ref otEnd, boolean controlLevel, boolean cloudOpens,
            ArchitectureSite site, FindingBuilder out) {
        if (cloudOpens) {
            out.report(c.ref().key() + " lets the cloud service " + cloud.ref().key() + " open sessions into "
                    + site.where(otEnd) + ".", List.of(c.ref(), cloud.ref()), site.servicesOf(c));
        } else if (controlLevel) {
            out.report(c.ref().key() + " connects " + site.where(otEnd) + " straight to the cloud service "
                    + cloud.ref().key() + Words.through(c) + ", with no DMZ gateway in between.",
                    List.of(c.ref(), cloud.ref()), site.servicesOf(c));
        }
    }
}
