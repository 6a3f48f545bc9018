package org.otbridge.analysis.architecture;

import java.util.List;
import org.otbridge.analysis.Category;
import org.otbridge.analysis.FindingBuilder;
import org.otbridge.analysis.Mistake;
import org.otbridge.analysis.RuleInfo;
import org.otbridge.analysis.Severity;

/**
 * OTB-ARCH-008: remote-desktop or remote-support software on an OT host used from outside OT.
 * RDP or VNC started by a DMZ jump host or gateway (or brokered by one in {@code via}) is the
 * sanctioned second hop; remote-support tools (TeamViewer, AnyDesk, ScreenConnect, ..., or
 * {@code other} declared as {@code remote-support}) tunnel around the DMZ by design and are reported
 * whatever the path.
 */
@RuleInfo(id = "OTB-ARCH-008", category = Category.ARCHITECTURE, severity = Severity.HIGH,
        mistake = Mistake.INTEGRATION,
        title = "Remote-desktop/remote-support software directly on OT hosts",
        explanation = "Remote-desktop and remote-support tools on an operator or SCADA host give whoever holds the "
                + "account the operator's screen and mouse. Remote-support tools build their own tunnels through "
                + "the vendor's cloud, around the DMZ and firewall policy, so the boundary cannot see or stop the "
                + "session; they are a favourite of ransomware crews.",
        recommendation = "Remove remote-support tools from OT hosts and disable RDP/VNC listeners that are not "
                + "needed. Where remote work is needed, start it from a DMZ jump host with MFA and session "
                + "recording, and allow RDP into OT only from that host.",
        references = {"CISA et al. Guide to Securing Remote Access Software (2023)", "IEC 62443-2-1:2024 NET 3.1",
                "IEC 62443-3-3 SR 7.7"},
        attack = {"T0822", "T0886", "M0942", "M0935"},
        reads = {"connection.from", "connection.to", "connection.protocol", "connection.protocol_category",
                "connection.via", "connection.initiator",
                "asset.type", "asset.zones", "zone.domain"})
public final class RemoteDesktopOnOtHost implements ArchitectureRule {

    @Override
    public void checkConnection(ConnectionView c, ArchitectureSite site, FindingBuilder out) {
        if (!c.isNetwork() || !Terms.isRemoteDesktop(c.connection())
                || !Terms.isOt(c.toDomain()) || Terms.isOt(c.fromDomain())) {
            return;
        }
        if (!c.connection().isRemoteSupport() && site.dmzBroker(c) != null) {
            return;
        }
        out.report(c.ref().key() + " runs " + Words.protocol(c.connection(), "a remote-support tool") + " from "
                + site.where(c.from()) + " onto " + site.where(c.to()) + Words.through(c) + ".", List.of(c.ref()),
                site.servicesOf(c));
    }
}
