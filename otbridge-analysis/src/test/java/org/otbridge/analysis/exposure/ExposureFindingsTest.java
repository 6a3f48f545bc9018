package org.otbridge.analysis.exposure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.otbridge.analysis.Finding;
import org.otbridge.analysis.RuleRunner;
import org.otbridge.analysis.Severity;
import org.otbridge.analysis.attack.AttackCatalog;
import org.otbridge.analysis.facts.SiteFacts;
import org.otbridge.analysis.registry.BuiltInRules;
import org.otbridge.model.Ref;

class ExposureFindingsTest {

    private static List<Finding> findings(String yaml) {
        SiteFacts facts = new SiteFacts(ExposureAnalyzerTest.load(yaml));
        return RuleRunner.run(BuiltInRules.EXPOSURE, new ExposureSite(facts, ExposureAnalyzer.analyze(facts)), AttackCatalog.bundled());
    }

    @Test
    void wellBuiltSiteGivesControllerFindingsOnlyFromTheVendorAndNoShortcut() {
        List<Finding> findings = findings(ExposureAnalyzerTest.WELL_BUILT);

        assertThat(findings).filteredOn(f -> f.rule().equals("OTB-EXP-001")).isNotEmpty()
                .allSatisfy(f -> assertThat(f.subjects()).extracting(Ref::key).contains("supplier:vendor"));
        assertThat(findings).filteredOn(f -> f.rule().equals("OTB-EXP-001"))
                .noneSatisfy(f -> assertThat(f.subjects()).extracting(Ref::key).contains("zone:corp"));
    }

    @Test
    void officeShortcutIsAFindingThatNamesItsServicesAndWhatToDo() {
        List<Finding> findings = findings(ExposureAnalyzerTest.WELL_BUILT + """
                  - {id: office-rdp, from: asset:office-pc, to: asset:scada, protocol: rdp, via: [fw], auth: password}
                """);

        Finding shortcut = findings.stream().filter(f -> f.rule().equals("OTB-EXP-002")
                && f.subjects().get(0).key().equals("connection:office-rdp")).findFirst().orElseThrow();
        assertThat(shortcut.services()).extracting(Ref::key).containsExactly("service:supply");
        // High by default, raised one step because the supply impact is critical.
        assertThat(shortcut.severity()).isEqualTo(Severity.CRITICAL);
        assertThat(shortcut.explanation()).contains("connection:office-rdp goes around the DMZ: from zone:corp",
                "which the designed conduits alone do not allow at all");
        assertThat(shortcut.recommendation()).isNotBlank();
        assertThat(shortcut.references()).anyMatch(r -> r.startsWith("IEC 62443"))
                .anyMatch(r -> r.startsWith("ATT&CK ICS T0822"));
        assertThat(findings).filteredOn(f -> f.rule().equals("OTB-EXP-001"))
                .anySatisfy(f -> assertThat(f.subjects()).extracting(Ref::key).contains("zone:corp"));
    }
}
