package org.otbridge.analysis.architecture;

import java.util.List;
import org.otbridge.analysis.Category;
import org.otbridge.analysis.FindingBuilder;
import org.otbridge.analysis.Mistake;
import org.otbridge.analysis.RuleInfo;
import org.otbridge.analysis.Severity;
import org.otbridge.analysis.WholeWords;

/**
 * OTB-ARCH-016: updates, patches, signatures or licences exchanged directly between OT and
 * enterprise IT or the internet (the purpose says so, in whole words), in either direction.
 */
@RuleInfo(id = "OTB-ARCH-016", category = Category.ARCHITECTURE, severity = Severity.MEDIUM,
        mistake = Mistake.INTEGRATION,
        title = "Updates/signatures pulled by OT from internet or IT directly",
        explanation = "Patches and signatures that flow straight from IT or the internet into OT arrive "
                + "unvetted, on IT's schedule, through a standing path across the boundary. An update the "
                + "control-system vendor has not qualified, or an automatic restart, can take SCADA away in the "
                + "middle of operations.",
        recommendation = "Stage vendor-qualified patches and signatures on a server in the DMZ, check their "
                + "hashes there, and let OT pull them from the DMZ at a time operations choose.",
        references = {"IEC 62443-2-1:2024 COMP 3.1", "IEC 62443-2-1:2024 COMP 3.2", "IEC 62443-2-1:2024 COMP 2.3",
                "IEC 62443-3-3 SR 5.2"},
        attack = {"M0951", "M0930"},
        reads = {"connection.purpose", "connection.from", "connection.to", "asset.zones", "zone.domain"})
public final class UpdatesAcrossBoundary implements ArchitectureRule {

    /** Updates, patches, hotfixes, signatures and licences, as whole words. */
    static final WholeWords UPDATES = WholeWords.of("updat(?:e|es|ed|ing)", "patch(?:es|ed|ing)?", "hotfix(?:es)?",
            "signatures?", "licen[cs](?:e|es|ed|ing)");

    @Override
    public void checkConnection(ConnectionView c, ArchitectureSite site, FindingBuilder out) {
        String purpose = c.connection().purpose();
        if (!c.isNetwork() || !c.joinsOutsideAndOt() || !UPDATES.in(purpose)) {
            return;
        }
        out.report(c.ref().key() + " carries updates (\"" + purpose.strip() + "\") directly between "
                + site.where(c.from()) + " and " + site.where(c.to()) + ".", List.of(c.ref()), site.servicesOf(c));
    }
}
