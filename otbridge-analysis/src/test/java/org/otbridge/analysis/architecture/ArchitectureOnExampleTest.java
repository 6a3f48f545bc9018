package org.otbridge.analysis.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.otbridge.analysis.Finding;
import org.otbridge.analysis.RuleRunner;
import org.otbridge.analysis.attack.AttackCatalog;
import org.otbridge.analysis.facts.SiteFacts;
import org.otbridge.analysis.registry.BuiltInRules;
import org.otbridge.model.Model;
import org.otbridge.model.Ref;
import org.otbridge.model.load.LoadResult;
import org.otbridge.model.load.ModelLoader;

/** The architecture rules on the bundled example (examples/README.md lists its situations). */
class ArchitectureOnExampleTest {

    private static final Path EXAMPLE = Path.of("../examples/nordvik-energi");

    private static List<Finding> findings;

    @BeforeAll
    static void analyze() {
        findings = run();
    }

    private static List<Finding> run() {
        LoadResult result = new ModelLoader().load(EXAMPLE);
        assertThat(result.ok()).as("%s", result.problems()).isTrue();
        Model model = result.model();
        return RuleRunner.run(BuiltInRules.ARCHITECTURE, new ArchitectureSite(new SiteFacts(model)), AttackCatalog.bundled());
    }

    private static Set<String> rulesOn(String subject) {
        return findings.stream().filter(f -> f.subjects().stream().anyMatch(s -> s.key().equals(subject)))
                .map(Finding::rule).collect(Collectors.toSet());
    }

    @Test
    void theOfficeToScadaRdpShortcutIsReported() {
        assertThat(rulesOn("connection:rdp-office-scada"))
                .contains("OTB-ARCH-002", "OTB-ARCH-003", "OTB-ARCH-006", "OTB-ARCH-008");
    }

    @Test
    void theAlwaysOnTeamViewerIsReported() {
        assertThat(rulesOn("connection:tv-nordlys")).contains("OTB-ARCH-006", "OTB-ARCH-007", "OTB-ARCH-008");
    }

    @Test
    void theWellBuiltGridPathIsNotReportedAsRemoteAccessOrInboundProblem() {
        Set<String> remoteAccessRules = Set.of("OTB-ARCH-003", "OTB-ARCH-006", "OTB-ARCH-007", "OTB-ARCH-008");
        for (String connection : List.of("vendor-grid-ra", "jump-grid-ews", "diode-grid")) {
            assertThat(rulesOn("connection:" + connection)).as(connection).doesNotContainAnyElementsOf(remoteAccessRules);
        }
        // The sanctioned heat path's second hop starts at a jump host reached with MFA.
        assertThat(rulesOn("connection:jump-heat-ews")).doesNotContain("OTB-ARCH-006", "OTB-ARCH-008");
    }

    @Test
    void theOtherDeliberateSituationsAreReported() {
        assertThat(rulesOn("connection:usb-ews")).contains("OTB-ARCH-013");
        assertThat(rulesOn("connection:inet-4g-modbus")).contains("OTB-ARCH-005", "OTB-ARCH-017");
        assertThat(rulesOn("asset:rtr-4g-pss")).contains("OTB-ARCH-005");
        assertThat(rulesOn("connection:wsus-ot")).contains("OTB-ARCH-016");
        assertThat(rulesOn("connection:fc-feed")).contains("OTB-ARCH-020");
        assertThat(rulesOn("asset:ews-laptop-1")).contains("OTB-ARCH-004", "OTB-ARCH-025");
        assertThat(rulesOn("asset:wap-hp")).contains("OTB-ARCH-012");
        assertThat(rulesOn("connection:fw-admin")).contains("OTB-ARCH-027");
        assertThat(rulesOn("asset:scada-heat-a")).contains("OTB-ARCH-014");
        assertThat(rulesOn("asset:hist-ot")).contains("OTB-ARCH-014");
    }

    @Test
    void theExpiredExceptionStillMatchesItsFinding() {
        // 12-scenarios.yaml: OTB-ARCH-008 on connection:rdp-office-scada, expired 2025-12-31.
        assertThat(findings).anySatisfy(f -> {
            assertThat(f.rule()).isEqualTo("OTB-ARCH-008");
            assertThat(f.subjects()).extracting(Ref::key).contains("connection:rdp-office-scada");
        });
    }

    @Test
    void everyFindingNamesServicesAndSaysWhyAndWhatToDo() {
        assertThat(findings).isNotEmpty().allSatisfy(f -> {
            assertThat(f.services()).as(f.rule() + " " + f.subjects()).isNotEmpty();
            assertThat(f.explanation()).isNotBlank().contains("service:");
            assertThat(f.recommendation()).isNotBlank();
            assertThat(f.references()).isNotEmpty();
            assertThat(f.accepted()).isFalse();
        });
    }

    @Test
    void idsAreStableAcrossRunsAndFindingsAreInContractOrder() {
        List<String> again = run().stream().map(Finding::id).toList();
        assertThat(again).isEqualTo(findings.stream().map(Finding::id).toList());
        assertThat(again).doesNotHaveDuplicates();
        assertThat(findings).isSortedAccordingTo(Finding.ORDER);
    }
}
