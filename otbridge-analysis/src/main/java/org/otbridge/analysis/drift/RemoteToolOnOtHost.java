package org.otbridge.analysis.drift;

import org.otbridge.analysis.Category;
import org.otbridge.analysis.FindingBuilder;
import org.otbridge.analysis.Mistake;
import org.otbridge.analysis.RuleInfo;
import org.otbridge.analysis.Severity;

/**
 * OTB-DRIFT-003: RDP, VNC or TeamViewer on an OT host, used from outside OT (TeamViewer from
 * anywhere), where no declared connection accounts for it. A declared one is OTB-ARCH-008's.
 */
@RuleInfo(id = "OTB-DRIFT-003", category = Category.DRIFT, severity = Severity.HIGH, mistake = Mistake.INTEGRATION,
        title = "Remote-desktop or remote-support tool on an OT host, not in the model",
        explanation = "A remote-desktop or remote-support session hands whoever is at the other end the screen and "
                + "mouse of an OT host. This one runs where the model declares no such access, so nobody approves, "
                + "records or ends its sessions; remote-support tools tunnel through the vendor's cloud around the "
                + "DMZ and its rules, and such tools are a favourite way in for ransomware that stops operations.",
        recommendation = "Find the software and who uses it. Remove remote-support tools from OT hosts and close RDP "
                + "or VNC listeners nobody needs. Where remote work is needed, start it from a DMZ jump host with MFA, "
                + "approval per session and recording, and declare that connection in the model.",
        references = {"CISA et al. Guide to Securing Remote Access Software (2023)", "IEC 62443-3-3 SR 1.13",
                "IEC 62443-3-3 SR 7.7", "NIST SP 800-82r3 App. F AC-17"},
        attack = {"T0822", "T0886", "M0942", "M0935"},
        reads = {"asset.ips", "asset.zones", "zone.domain", "connection.from", "connection.to",
                "connection.protocol", "connection.ports", "connection.initiator"})
public final class RemoteToolOnOtHost implements DriftRule {

    @Override
    public void checkSite(DriftSite site, FindingBuilder out) {
        for (FlowGroup group : FlowGroup.of(site.result().flows(), ObservedFlow::remoteTool)) {
            boolean serverInOt = group.server().otSide();
            String detail = group.clientWords() + " used " + group.services() + " with " + group.serverWords() + " ("
                    + group.traffic() + "); " + (serverInOt ? group.server() : group.client()).identity()
                    + " is in " + DriftWords.side(serverInOt ? group.server() : group.client())
                    + " and no declared connection accounts for the session.";
            var subjects = group.subjects(serverInOt);
            out.report(group.discriminator(), detail, subjects, subjects);
        }
    }
}
