package org.otbridge.analysis.exposure;

import java.util.List;
import java.util.stream.Collectors;
import org.otbridge.analysis.Category;
import org.otbridge.analysis.FindingBuilder;
import org.otbridge.analysis.Mistake;
import org.otbridge.analysis.RuleInfo;
import org.otbridge.analysis.Severity;
import org.otbridge.model.Ref;

/**
 * OTB-EXP-001: a controller or safety system of a critical service can be reached from an entry
 * point: the cheapest attack path of each entry and target (ExposureAnalyzer, docs/exposure.md).
 */
@RuleInfo(id = "OTB-EXP-001", category = Category.EXPOSURE, severity = Severity.HIGH,
        mistake = Mistake.INTEGRATION,
        title = "Controller of a critical service reachable from an entry point",
        explanation = "Whoever holds the entry point can walk this path to a device that moves the process. "
                + "Controllers accept commands without asking who sends them, so the last step costs nothing: "
                + "every credential and conduit on the way is all that stands between the entry and a pump, "
                + "breaker or boiler doing what the attacker wants.",
        recommendation = "Break the path where it is cheapest for you: remove or broker the shortcut connections "
                + "on it (see the shortcuts), end IT-initiated sessions in the DMZ, put vendor access behind a "
                + "jump host with MFA and per-session approval, and segment the controller's zone so that one "
                + "foothold does not reach every device in it.",
        references = {"IEC 62443-3-2 ZCR 3.1", "IEC 62443-3-3 SR 5.1", "IEC 62443-3-3 SR 5.2"},
        attack = {"T0886", "T0855", "M0930"},
        reads = {"connection.from", "connection.to", "connection.initiator", "connection.via", "connection.auth",
                "connection.encrypted", "connection.protocol", "connection.always_on", "asset.type", "asset.zones",
                "asset.internet_exposed", "zone.flat", "service.requires", "service.impact"})
public final class ReachableController implements ExposureRule {

    @Override
    public void checkSite(ExposureSite site, FindingBuilder out) {
        for (AttackPath path : site.result().paths()) {
            if (path.rank() == 0 && site.isController(path.target()) && site.servesCritical(path)) {
                report(path, out);
            }
        }
    }

    private static void report(AttackPath path, FindingBuilder out) {
        String steps = path.steps().stream().map(Ref::key).collect(Collectors.joining(" -> "));
        out.report("From " + path.entry().key() + " an attacker reaches " + path.target().key() + " in "
                + (path.steps().size() - 1) + " steps at cost " + path.cost() + ": " + steps + " ("
                + String.join(", ", path.techniques()) + ").",
                List.of(path.target(), path.entry()), path.services());
    }
}
