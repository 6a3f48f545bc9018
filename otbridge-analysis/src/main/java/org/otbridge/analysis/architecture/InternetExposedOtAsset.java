package org.otbridge.analysis.architecture;

import java.util.ArrayList;
import java.util.List;
import org.otbridge.analysis.Category;
import org.otbridge.analysis.FindingBuilder;
import org.otbridge.analysis.Mistake;
import org.otbridge.analysis.RuleInfo;
import org.otbridge.analysis.Severity;
import org.otbridge.model.Asset;
import org.otbridge.model.Domain;
import org.otbridge.model.Ref;
import org.otbridge.model.RefKind;

/**
 * OTB-ARCH-005: the internet can open connections to an OT, safety or DMZ endpoint, or an asset
 * there is marked {@code internet_exposed}. An exposed asset that a reported connection already
 * names is not reported a second time.
 */
@RuleInfo(id = "OTB-ARCH-005", category = Category.ARCHITECTURE, severity = Severity.CRITICAL,
        mistake = Mistake.INTEGRATION,
        title = "OT asset reachable from the internet",
        explanation = "Internet-facing HMIs, PLCs and routers are found by search engines within hours and are "
                + "the main vector of recent opportunistic attacks on utilities (defaced HMIs, heating cut in "
                + "winter). No skill is needed: a default password or an unauthenticated industrial protocol is "
                + "enough to change setpoints or stop equipment.",
        recommendation = "Remove the exposure: disconnect forgotten routers and port forwards, and bring any "
                + "needed remote access in through the DMZ remote-access gateway with MFA and per-session "
                + "approval. Check the public address space with an external scan or exposure service.",
        references = {"CISA/FBI/EPA/DOE Primary Mitigations to Reduce Cyber Threats to OT (2025)",
                "CISA CPG 2.0 3.S", "CISA CPG v1.0.1 2.X", "IEC 62443-3-2 ZCR 3.6"},
        attack = {"T0883", "T0819", "M0930"},
        reads = {"connection.from", "connection.to", "connection.initiator", "connection.protocol", "connection.via",
                "asset.internet_exposed", "asset.zones", "zone.domain"})
public final class InternetExposedOtAsset implements ArchitectureRule {

    @Override
    public void checkConnection(ConnectionView c, ArchitectureSite site, FindingBuilder out) {
        if (!site.isInternetExposure(c)) {
            return;
        }
        Ref target = c.from().kind() == RefKind.INTERNET ? c.to() : c.from();
        List<Ref> subjects = new ArrayList<>(List.of(c.ref()));
        if (target.kind() == RefKind.ASSET) {
            subjects.add(target);
        }
        String protocol = c.protocol() == null ? "" : " " + c.protocol().yamlName();
        out.report(c.ref().key() + " lets the internet open" + protocol + " sessions to " + site.where(target)
                + Words.through(c) + ".", subjects, site.servicesOf(c));
    }

    @Override
    public void checkAsset(Asset asset, ArchitectureSite site, FindingBuilder out) {
        if (!asset.internetExposed()) {
            return;
        }
        boolean inside = site.facts().domainsOf(asset.ref()).stream().anyMatch(d -> Terms.isOt(d) || d == Domain.DMZ);
        if (!inside) {
            return;
        }
        for (ConnectionView c : site.connectionsOf(asset.ref())) {
            if (site.isInternetExposure(c)) {
                return; // reported with its connection
            }
        }
        out.report(site.where(asset.ref()) + " is marked internet_exposed: it can be reached from the internet.",
                asset.ref(), site.servicesAt(asset));
    }
}
