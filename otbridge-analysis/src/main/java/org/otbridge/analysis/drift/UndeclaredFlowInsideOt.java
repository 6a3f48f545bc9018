package org.otbridge.analysis.drift;

import org.otbridge.analysis.Category;
import org.otbridge.analysis.FindingBuilder;
import org.otbridge.analysis.Mistake;
import org.otbridge.analysis.RuleInfo;
import org.otbridge.analysis.Severity;

/**
 * OTB-DRIFT-005: traffic between two declared OT assets that no declared connection accounts for
 * and no flat zone joins (remote tools are OTB-DRIFT-003's).
 */
@RuleInfo(id = "OTB-DRIFT-005", category = Category.DRIFT, severity = Severity.MEDIUM, mistake = Mistake.INTEGRATION,
        title = "Undeclared traffic between OT assets",
        explanation = "Two OT assets talk where the model declares no connection and no flat zone joins them. Either "
                + "the model misses a dependency, so the failure impact and attack paths are wrong without it, or a "
                + "path exists between zones that segmentation was meant to keep apart, and a fault or intruder in "
                + "one cell reaches the next.",
        recommendation = "Ask operations whether the process needs this traffic. If it does, declare the connection "
                + "(protocol, ports, initiator) so it is reviewed and its failure counted; if not, block it between "
                + "the zones and find what set it up.",
        references = {"IEC 62443-3-2 ZCR 3.1", "IEC 62443-3-3 SR 5.1", "NIST SP 800-82r3 App. F SC-7"},
        attack = {"T0886", "M0930", "M0937"},
        reads = {"asset.ips", "asset.zones", "zone.domain", "zone.flat", "connection.from", "connection.to",
                "connection.protocol", "connection.ports", "connection.initiator"})
public final class UndeclaredFlowInsideOt implements DriftRule {

    @Override
    public void checkSite(DriftSite site, FindingBuilder out) {
        for (FlowGroup group : FlowGroup.of(site.result().flows(), f -> !f.crosses() && !f.remoteTool()
                && (f.status() == FlowStatus.UNDECLARED || f.status() == FlowStatus.REVERSED)
                && f.client().kind() == Endpoint.Kind.ASSET && f.server().kind() == Endpoint.Kind.ASSET
                && f.client().otSide() && f.server().otSide())) {
            StringBuilder detail = new StringBuilder(group.clientWords()).append(" opened ").append(group.services())
                    .append(" to ").append(group.serverWords()).append(" (").append(group.traffic())
                    .append("); no declared connection accounts for it and no flat zone holds both.");
            group.flows().stream().filter(f -> f.status() == FlowStatus.REVERSED).findFirst().ifPresent(f ->
                    detail.append(" ").append(f.connection().key()).append(" joins these ends, but the model has the "
                            + "other side open it."));
            var subjects = group.subjects(true);
            out.report(group.discriminator(), detail.toString(), subjects, subjects);
        }
    }
}
