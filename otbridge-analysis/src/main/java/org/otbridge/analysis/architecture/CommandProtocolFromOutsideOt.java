package org.otbridge.analysis.architecture;

import java.util.List;
import org.otbridge.analysis.Category;
import org.otbridge.analysis.FindingBuilder;
import org.otbridge.analysis.Mistake;
import org.otbridge.analysis.RuleInfo;
import org.otbridge.analysis.Severity;
import org.otbridge.model.Domain;
import org.otbridge.model.PurdueLevel;
import org.otbridge.model.Ref;

/**
 * OTB-ARCH-017: an industrial protocol that can write, operate or program, opened from IT, the
 * outside or the DMZ into level 0-2. The side that opens is the client that sends the commands.
 */
@RuleInfo(id = "OTB-ARCH-017", category = Category.ARCHITECTURE, severity = Severity.CRITICAL,
        mistake = Mistake.INTEGRATION,
        title = "Write-capable industrial protocol entering control levels from outside OT",
        explanation = "Modbus, DNP3, IEC 104, S7 and their kin carry write, operate and program commands, "
                + "mostly without authentication: whoever can open the session can change setpoints, switch "
                + "breakers or load new logic. From outside OT only read-only, replicated data should leave; "
                + "nothing outside should be able to command a controller.",
        recommendation = "Remove the inbound industrial session: let the OT side push data out (replica, broker, "
                + "data diode), keep command sources inside the control zones, and where a command path is "
                + "unavoidable, restrict function codes at a protocol-aware firewall and use the protocol's "
                + "secure variant (DNP3-SA, IEC 62351, OPC UA with signing).",
        references = {"IEC 62443-3-3 SR 5.2", "IEC 62443-3-3 SR 2.1", "NIST SP 800-82r3 App. F AC-4",
                "NIST SP 800-82r3 App. F SC-7"},
        attack = {"T0855", "T0843", "M0937", "M0800"},
        reads = {"connection.protocol", "connection.from", "connection.to", "connection.initiator", "asset.zones",
                "zone.domain", "zone.level"})
public final class CommandProtocolFromOutsideOt implements ArchitectureRule {

    @Override
    public void checkConnection(ConnectionView c, ArchitectureSite site, FindingBuilder out) {
        if (!c.isNetwork() || c.protocol() == null || !Terms.COMMAND_PROTOCOLS.contains(c.protocol())) {
            return;
        }
        if (c.fromOpens() && inbound(c.fromDomain(), c.toDomain(), c.toLevel())) {
            report(c, c.from(), c.to(), site, out);
        } else if (c.toOpens() && inbound(c.toDomain(), c.fromDomain(), c.fromLevel())) {
            report(c, c.to(), c.from(), site, out);
        }
    }

    private static boolean inbound(Domain opener, Domain acceptor, PurdueLevel acceptorLevel) {
        return Terms.isLowerTrust(opener) && Terms.isOt(acceptor) && acceptorLevel != null
                && acceptorLevel.value() <= 2;
    }

    private static void report(ConnectionView c, Ref opener, Ref acceptor, ArchitectureSite site, FindingBuilder out) {
        out.report(c.ref().key() + " lets " + site.where(opener) + " send " + c.protocol().yamlName() + " to "
                + site.where(acceptor) + Words.through(c) + ".", List.of(c.ref()), site.servicesOf(c));
    }
}
