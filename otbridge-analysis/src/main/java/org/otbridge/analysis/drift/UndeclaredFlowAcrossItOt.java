package org.otbridge.analysis.drift;

import org.otbridge.analysis.Category;
import org.otbridge.analysis.FindingBuilder;
import org.otbridge.analysis.Mistake;
import org.otbridge.analysis.RuleInfo;
import org.otbridge.analysis.Severity;

/**
 * OTB-DRIFT-001: traffic between OT and IT, the DMZ or the outside that no declared connection
 * accounts for (or that a declared one allows only the other way round). Remote tools are left to
 * OTB-DRIFT-003.
 */
@RuleInfo(id = "OTB-DRIFT-001", category = Category.DRIFT, severity = Severity.HIGH, mistake = Mistake.INTEGRATION,
        title = "Undeclared traffic between OT and IT, the DMZ or outside",
        explanation = "Traffic crosses the boundary of OT where the model declares no connection: a path into the "
                + "plant that nobody manages. No owner, firewall review or monitoring expects it, so it stays open "
                + "while the known conduits are hardened, and it is the kind of shortcut an intruder from IT or "
                + "outside takes to the operator stations and controllers that keep the process running.",
        recommendation = "Find out who set the path up and why. If operations need it, declare it in the model "
                + "(from, to, protocol, ports, initiator), route it through the DMZ and give it an owner; if not, "
                + "block it at the boundary and remove what uses it. Keep passive monitoring at the boundary so a "
                + "new path is noticed within days rather than at the next audit.",
        references = {"IEC 62443-3-3 SR 5.1", "IEC 62443-3-3 SR 5.2", "IEC 62443-3-3 SR 6.2",
                "NIST SP 800-82r3 App. F AC-4", "NIST SP 800-82r3 App. F SI-4"},
        attack = {"T0886", "T0822", "M0930", "M0937", "M0807"},
        reads = {"asset.ips", "asset.zones", "zone.domain", "zone.flat", "connection.from", "connection.to",
                "connection.protocol", "connection.ports", "connection.initiator"})
public final class UndeclaredFlowAcrossItOt implements DriftRule {

    @Override
    public void checkSite(DriftSite site, FindingBuilder out) {
        for (FlowGroup group : FlowGroup.of(site.result().flows(), f -> f.crosses() && !f.remoteTool()
                && (f.status() == FlowStatus.UNDECLARED || f.status() == FlowStatus.REVERSED))) {
            StringBuilder detail = new StringBuilder(group.clientWords()).append(" opened ").append(group.services())
                    .append(" to ").append(group.serverWords()).append(" (").append(group.traffic())
                    .append("), from ").append(DriftWords.side(group.client())).append(" into ")
                    .append(DriftWords.side(group.server())).append("; no declared connection accounts for it.");
            group.flows().stream().filter(f -> f.status() == FlowStatus.REVERSED).findFirst().ifPresent(f ->
                    detail.append(" ").append(f.connection().key()).append(" joins these ends, but the model has the "
                            + "other side open it."));
            var subjects = group.subjects(group.server().otSide());
            out.report(group.discriminator(), detail.toString(), subjects, subjects);
        }
    }
}
