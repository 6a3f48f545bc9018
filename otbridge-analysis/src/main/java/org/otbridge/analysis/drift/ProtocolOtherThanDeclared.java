package org.otbridge.analysis.drift;

import java.util.List;
import org.otbridge.analysis.Category;
import org.otbridge.analysis.FindingBuilder;
import org.otbridge.analysis.Mistake;
import org.otbridge.analysis.RuleInfo;
import org.otbridge.analysis.Severity;
import org.otbridge.model.Connection;

/**
 * OTB-DRIFT-006: the ends of a declared connection talk, in a direction it allows, over a protocol
 * or port it does not declare (remote tools are OTB-DRIFT-003's).
 */
@RuleInfo(id = "OTB-DRIFT-006", category = Category.DRIFT, severity = Severity.MEDIUM, mistake = Mistake.INTEGRATION,
        title = "Declared connection carries a protocol or port the model does not declare",
        explanation = "The ends of a declared connection also talk over a protocol or port the model does not give "
                + "it. Firewall rules, reviews and the attack paths rest on the declared protocol; the other one "
                + "passes unreviewed, and a write-capable industrial protocol where a read-only one was declared "
                + "changes what the connection can do to the process.",
        recommendation = "Find out what uses the other protocol. If operations need it, declare it as a connection of "
                + "its own or correct the declared protocol and ports, so it is reviewed; if not, restrict the "
                + "conduit's firewall rule to the declared protocol and ports.",
        references = {"IEC 62443-3-3 SR 5.2", "IEC 62443-3-3 SR 7.7", "NIST SP 800-82r3 App. F CM-7"},
        attack = {"T0886", "M0937", "M0807"},
        reads = {"asset.ips", "asset.zones", "connection.from", "connection.to", "connection.protocol",
                "connection.ports", "connection.initiator"})
public final class ProtocolOtherThanDeclared implements DriftRule {

    @Override
    public void checkConnection(Connection connection, DriftSite site, FindingBuilder out) {
        List<ObservedFlow> other = site.flowsOf(connection.ref()).stream()
                .filter(f -> f.status() == FlowStatus.OTHER_PROTOCOL && !f.remoteTool()).toList();
        if (other.isEmpty()) {
            return;
        }
        FlowGroup all = new FlowGroup(other.get(0).client(), other.get(0).server(), other);
        out.report(connection.ref().key() + " is declared as " + DriftWords.declared(connection)
                + "; the traffic between its ends also carried " + all.services() + " (" + all.traffic() + ").",
                connection);
    }
}
