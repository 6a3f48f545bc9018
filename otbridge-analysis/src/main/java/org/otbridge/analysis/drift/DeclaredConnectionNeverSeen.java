package org.otbridge.analysis.drift;

import org.otbridge.analysis.Category;
import org.otbridge.analysis.FindingBuilder;
import org.otbridge.analysis.Mistake;
import org.otbridge.analysis.RuleInfo;
import org.otbridge.analysis.Severity;
import org.otbridge.model.Connection;

/**
 * OTB-DRIFT-007: a declared network connection that no observed flow fits although the traffic
 * shows both its ends. A connection an end of which the traffic does not show is not reported: the
 * capture says nothing about it.
 */
@RuleInfo(id = "OTB-DRIFT-007", category = Category.DRIFT, severity = Severity.LOW, mistake = Mistake.INTEGRATION,
        title = "Declared connection not seen in the traffic",
        explanation = "The traffic shows both ends of a declared connection but never the connection itself. Either "
                + "the model is out of date, and the meeting points, attack paths and failure impact reason over a "
                + "path that does not exist, or it is standing access nobody uses: a firewall rule, account or "
                + "remote path that stays open for an intruder while operations gain nothing from it.",
        recommendation = "Ask the connection's owner whether it is still needed. If it runs only now and then "
                + "(monthly backups, vendor visits), say so in its purpose and consider opening it on demand; if it "
                + "is no longer needed, remove it from the model and close the firewall rule and accounts behind it. "
                + "A capture over a longer period settles doubt.",
        references = {"IEC 62443-3-3 SR 7.7", "NIST SP 800-82r3 App. F CM-7"},
        attack = {"M0942", "M0807"},
        reads = {"asset.ips", "asset.zones", "connection.from", "connection.to", "connection.protocol",
                "connection.ports", "connection.initiator", "connection.always_on"})
public final class DeclaredConnectionNeverSeen implements DriftRule {

    @Override
    public void checkConnection(Connection connection, DriftSite site, FindingBuilder out) {
        site.drift(connection.ref()).filter(d -> d.status() == ConnectionStatus.NEVER_SEEN).ifPresent(d ->
                out.report(connection.ref().key() + " (" + DriftWords.declared(connection)
                        + (connection.alwaysOn() ? ", declared always on" : "") + ") was not seen in "
                        + site.extent() + ", although the traffic shows both " + connection.from().key() + " and "
                        + connection.to().key() + ".", connection));
    }
}
