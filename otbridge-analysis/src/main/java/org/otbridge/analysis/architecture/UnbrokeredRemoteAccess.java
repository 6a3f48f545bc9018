package org.otbridge.analysis.architecture;

import java.util.ArrayList;
import java.util.List;
import org.otbridge.analysis.Category;
import org.otbridge.analysis.FindingBuilder;
import org.otbridge.analysis.Mistake;
import org.otbridge.analysis.RuleInfo;
import org.otbridge.analysis.Severity;
import org.otbridge.model.Asset;
import org.otbridge.model.ControlKind;
import org.otbridge.model.Domain;
import org.otbridge.model.RefKind;

/**
 * OTB-ARCH-006: interactive or vendor remote access into OT that is not brokered in the DMZ with
 * MFA. Well built: the session passes a DMZ jump host or remote-access gateway and demands MFA
 * there; or it is the second hop from a DMZ broker that itself can only be reached with MFA.
 */
@RuleInfo(id = "OTB-ARCH-006", category = Category.ARCHITECTURE, severity = Severity.CRITICAL,
        mistake = Mistake.INTEGRATION,
        title = "Remote access into OT not brokered by a DMZ gateway/jump host with MFA",
        explanation = "Remote access is how most intrusions into control systems begin. When the remote device "
                + "talks to OT hosts directly, or a stolen password is enough, one phished account or infected "
                + "vendor laptop gives an interactive session on the systems operators depend on, with nothing "
                + "in between to record it, cut it or notice it.",
        recommendation = "Land every remote session on a jump host or remote-access gateway in the DMZ that "
                + "demands MFA (smart card or FIDO2, verified on premises so logon still works when the internet "
                + "is down), records the session and lets the control room end it; allow only that broker to "
                + "open sessions into OT.",
        references = {"IEC 62443-3-3 SR 1.13", "IEC 62443-2-1:2024 NET 3.1-3.3", "NERC CIP-005-7 R2.1-R2.3",
                "CISA CPG 2.0 3.F", "BSI IT-Grundschutz IND.3.2.A6"},
        attack = {"T0822", "T0886", "M0935", "M0932"},
        reads = {"connection.from", "connection.to", "connection.via", "connection.protocol", "connection.auth",
                "connection.initiator", "asset.type", "asset.zones", "asset.controls", "zone.domain", "control.kind",
                "control.applies_to"})
public final class UnbrokeredRemoteAccess implements ArchitectureRule {

    @Override
    public void checkConnection(ConnectionView c, ArchitectureSite site, FindingBuilder out) {
        if (!c.isNetwork() || !Terms.isOt(c.toDomain()) || Terms.isOt(c.fromDomain())) {
            return;
        }
        boolean remote = c.from().kind() == RefKind.SUPPLIER || c.fromDomain() == Domain.EXTERNAL
                || Terms.isRemoteAccess(c.connection());
        if (!remote) {
            return;
        }
        Asset broker = site.dmzBroker(c);
        boolean mfa;
        if (broker == null) {
            mfa = site.requiresMfa(c);
        } else if (broker.equals(c.fromAsset())) {
            mfa = site.requiresMfa(c) || site.reachedWithMfa(broker);
        } else {
            mfa = site.requiresMfa(c) || site.hasControl(broker.ref(), ControlKind.MFA);
        }
        if (broker != null && mfa) {
            return;
        }
        List<String> gaps = new ArrayList<>();
        if (broker == null) {
            gaps.add("passes no jump host or remote-access gateway in the DMZ");
        }
        if (!mfa) {
            gaps.add(c.auth() == null ? "does not demand MFA (authentication not declared)"
                    : "is protected by " + c.auth().yamlName() + " only, not MFA");
        }
        String protocol = Words.protocol(c.connection(), "remote") + " access";
        out.report(c.ref().key() + " gives " + site.where(c.from()) + " " + protocol + " to " + site.where(c.to())
                + Words.through(c) + "; it " + Words.and(gaps) + ".", List.of(c.ref()), site.servicesOf(c));
    }
}
