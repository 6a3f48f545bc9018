package org.otbridge.analysis.drift;

import java.util.List;
import org.otbridge.analysis.Category;
import org.otbridge.analysis.FindingBuilder;
import org.otbridge.analysis.Mistake;
import org.otbridge.analysis.RuleInfo;
import org.otbridge.analysis.Severity;
import org.otbridge.model.Ref;
import org.otbridge.observe.inventory.Operations;

/**
 * OTB-DRIFT-002: writes, program transfers or commands (Modbus writes, DNP3 operate, IEC 104
 * commands, S7 program transfer and the like, as the traffic reader counts them) from a host that
 * the model does not declare as an engineering workstation, SCADA server, HMI or controller.
 */
@RuleInfo(id = "OTB-DRIFT-002", category = Category.DRIFT, severity = Severity.HIGH, mistake = Mistake.INTEGRATION,
        title = "Control commands from a host that is not an engineering workstation, SCADA server or HMI",
        explanation = "Writes, program transfers and commands change what the process does: setpoints, breaker "
                + "and pump states, the logic in a controller. Only the hosts operations keep for that purpose should "
                + "send them. From an office PC, a server, a host the model does not know or the internet, they "
                + "mean someone can move the process from a place nobody watches: an engineer's shortcut, a "
                + "forgotten test script or an intruder, and the controller cannot tell them apart.",
        recommendation = "Ask operations who sent the commands. Move that work to an engineering workstation or the "
                + "SCADA server, or, if the host really is one, declare it in the model with its type; then allow "
                + "writes and program downloads at the controller's zone boundary only from those hosts (a "
                + "protocol-aware firewall passes reads from others) and alert on them from anywhere else.",
        references = {"IEC 62443-3-3 SR 2.1", "IEC 62443-3-3 SR 5.2", "IEC 62443-3-3 SR 6.2",
                "NIST SP 800-82r3 App. F AC-3", "NIST SP 800-82r3 App. F SI-4"},
        attack = {"T0855", "T0843", "T0836", "T0848", "M0937", "M0800"},
        reads = {"asset.ips", "asset.type", "asset.zones", "zone.domain"})
public final class CommandFromUnexpectedHost implements DriftRule {

    @Override
    public void checkSite(DriftSite site, FindingBuilder out) {
        for (FlowGroup group : FlowGroup.of(site.result().flows(), ObservedFlow::unexpectedCommands)) {
            List<Ref> subjects = group.subjects(true);
            Operations ops = group.flows().stream().map(ObservedFlow::operations).reduce(Operations.NONE,
                    Operations::plus);
            String detail = group.clientWords() + " sent " + DriftWords.control(ops) + " over " + group.services()
                    + " to " + group.serverWords() + " (" + group.traffic() + "). " + source(group.client()) + ".";
            out.report(group.discriminator(), detail, subjects, subjects);
        }
    }

    private static String source(Endpoint client) {
        return switch (client.kind()) {
            case ASSET -> "The model declares " + client.asset().key() + " as "
                    + (client.type() == null ? "an asset of no stated type" : "a " + client.type().yamlName());
            case HOST -> "The model does not list " + client.address() + " at all";
            case INTERNET -> "The commands came from the internet";
        };
    }
}
