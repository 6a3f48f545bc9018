package org.otbridge.analysis.governance;

import org.otbridge.analysis.Category;
import org.otbridge.analysis.FindingBuilder;
import org.otbridge.analysis.Mistake;
import org.otbridge.analysis.RuleInfo;
import org.otbridge.analysis.Severity;
import org.otbridge.model.Connection;

/**
 * OTB-GOV-015: an IT/OT connection (a meeting point with an end on the OT side, see
 * {@link GovernanceSite}) without exactly one accountable person.
 */
@RuleInfo(id = "OTB-GOV-015", category = Category.GOVERNANCE, severity = Severity.MEDIUM,
        mistake = Mistake.ONE_SILO,
        title = "IT/OT connection without exactly one accountable person",
        explanation = "A conduit between IT and OT that nobody owns is kept open because nobody is sure it can be "
                + "closed: firewall rules for it are added on request and never reviewed, and when it breaks or is "
                + "abused, nobody decides whether cutting it is worse for operations than leaving it.",
        recommendation = "Give every connection across the IT/OT boundary one accountable person, normally the owner "
                + "of the OT end, with the IT or network team that runs the boundary responsible and operations "
                + "consulted before any change; review the list of conduits with that person once a year.",
        references = {"NIST CSF 2.0 GV.RR-02", "IEC 62443-2-1:2024 ORG 1.3", "IEC 62443-3-2 ZCR 7.1",
                "CISA CPG 2.0 1.A"},
        reads = {"connection.from", "connection.to", "asset.zones", "zone.domain", "responsibility.subject",
                "responsibility.accountable"})
public final class ConnectionWithoutOneAccountablePerson implements GovernanceRule {

    @Override
    public void checkConnection(Connection connection, GovernanceSite site, FindingBuilder out) {
        if (!site.isItOt(connection)) {
            return;
        }
        site.accountabilityGap(connection.ref()).ifPresent(gap -> out.report(
                site.where(connection.ref()) + " has no single accountable person: " + gap + ".", connection.ref()));
    }
}
