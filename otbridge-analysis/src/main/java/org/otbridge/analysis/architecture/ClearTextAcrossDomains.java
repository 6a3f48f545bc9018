package org.otbridge.analysis.architecture;

import java.util.ArrayList;
import java.util.List;
import org.otbridge.analysis.Category;
import org.otbridge.analysis.FindingBuilder;
import org.otbridge.analysis.Mistake;
import org.otbridge.analysis.RuleInfo;
import org.otbridge.analysis.Severity;
import org.otbridge.model.AuthMethod;

/**
 * OTB-ARCH-018: a conduit between two domains that is declared unencrypted or unauthenticated.
 * Connections the internet opens into OT are OTB-ARCH-005's.
 */
@RuleInfo(id = "OTB-ARCH-018", category = Category.ARCHITECTURE, severity = Severity.MEDIUM,
        mistake = Mistake.INTEGRATION,
        title = "Clear-text management or engineering protocol across a zone boundary",
        explanation = "Unencrypted or unauthenticated traffic across a domain boundary exposes passwords and "
                + "process data to anyone on either side, and lets them inject or alter messages: a changed "
                + "setpoint or a forged status looks like any other.",
        recommendation = "Use the authenticated and encrypted variant of the protocol (HTTPS instead of HTTP, "
                + "SSH instead of Telnet, OPC UA SignAndEncrypt, DNP3-SA), or tunnel the flow between the two "
                + "zones; where a device cannot, restrict it at a protocol-aware firewall and monitor it.",
        references = {"IEC 62443-3-3 SR 3.1", "IEC 62443-3-3 SR 4.1", "IEC 62443-3-3 SR 1.2",
                "BSI IT-Grundschutz IND.2.1.A2"},
        attack = {"M0802", "M0808", "T0842"},
        reads = {"connection.encrypted", "connection.auth", "connection.protocol", "connection.from",
                "connection.to", "connection.initiator", "asset.zones", "zone.domain"})
public final class ClearTextAcrossDomains implements ArchitectureRule {

    @Override
    public void checkConnection(ConnectionView c, ArchitectureSite site, FindingBuilder out) {
        if (!c.isNetwork() || !c.crossesDomains() || site.isInternetExposure(c)) {
            return;
        }
        List<String> gaps = new ArrayList<>();
        if (Boolean.FALSE.equals(c.connection().encrypted())) {
            gaps.add("unencrypted");
        }
        if (c.auth() == AuthMethod.NONE) {
            gaps.add("unauthenticated");
        }
        if (gaps.isEmpty()) {
            return;
        }
        String protocol = c.protocol() == null ? "" : " (" + c.protocol().yamlName() + ")";
        out.report(c.ref().key() + protocol + " is " + Words.and(gaps) + " between " + site.where(c.from())
                + " and " + site.where(c.to()) + ".", List.of(c.ref()), site.servicesOf(c));
    }
}
