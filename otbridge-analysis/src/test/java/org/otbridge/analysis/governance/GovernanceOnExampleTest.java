package org.otbridge.analysis.governance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.otbridge.analysis.Finding;
import org.otbridge.analysis.RuleRunner;
import org.otbridge.analysis.Severity;
import org.otbridge.analysis.attack.AttackCatalog;
import org.otbridge.analysis.facts.SiteFacts;
import org.otbridge.analysis.registry.BuiltInRules;
import org.otbridge.model.Model;
import org.otbridge.model.Ref;
import org.otbridge.model.load.LoadResult;
import org.otbridge.model.load.ModelLoader;

/**
 * The governance rules on the bundled example (examples/README.md, situations 3, 4, 5 and 7 and
 * the exceptions), and on a well-kept model for contrast.
 */
class GovernanceOnExampleTest {

    private static final Path EXAMPLE = Path.of("../examples/nordvik-energi");

    private static List<Finding> findings;

    @BeforeAll
    static void analyze() {
        LoadResult result = new ModelLoader().load(EXAMPLE);
        assertThat(result.ok()).as("%s", result.problems()).isTrue();
        findings = run(result.model());
    }

    private static List<Finding> run(Model model) {
        return RuleRunner.run(BuiltInRules.GOVERNANCE, new GovernanceSite(new SiteFacts(model), GovTesting.TODAY),
                AttackCatalog.bundled());
    }

    private static Set<String> rulesOn(String subject) {
        return findings.stream().filter(f -> f.subjects().stream().anyMatch(s -> s.key().equals(subject)))
                .map(Finding::rule).collect(Collectors.toSet());
    }

    private static List<String> subjectsOf(String rule) {
        return findings.stream().filter(f -> f.rule().equals(rule)).map(f -> f.subjects().get(0).key()).toList();
    }

    @Test
    void theOtZonesRunByItAloneAreReported() {
        assertThat(subjectsOf("OTB-GOV-017")).containsExactlyInAnyOrder("zone:cc", "zone:ot-srv", "zone:dmz");
        Finding cc = findings.stream().filter(f -> f.rule().equals("OTB-GOV-017")
                && f.subjects().get(0).key().equals("zone:cc")).findFirst().orElseThrow();
        assertThat(cc.explanation()).contains("person:ingrid-lie (IT)", "unit:it-infra (IT)", "only informed: unit:ops-heat");
        assertThat(cc.services()).extracting(Ref::key).contains("service:heat-dist");
        // The grid zones and the plant are run by operations with engineering.
        for (String zone : List.of("zone:gcc", "zone:sub", "zone:hp", "zone:eng")) {
            assertThat(rulesOn(zone)).as(zone).doesNotContain("OTB-GOV-017", "OTB-GOV-001");
        }
    }

    @Test
    void theMissingProgrammeMandateIsReported() {
        assertThat(rulesOn("program:ot-security")).contains("OTB-GOV-004", "OTB-GOV-018", "OTB-GOV-014");
        Finding mandate = findings.stream().filter(f -> f.rule().equals("OTB-GOV-004")).findFirst().orElseThrow();
        assertThat(mandate.severity()).isEqualTo(Severity.HIGH);
        assertThat(mandate.explanation()).contains("person:sara-nilsen", "not a mandate");
        assertThat(mandate.services()).hasSize(6);
        assertThat(findings).filteredOn(f -> f.rule().equals("OTB-GOV-018")).singleElement()
                .satisfies(f -> assertThat(f.subjects()).extracting(Ref::key)
                        .containsExactly("program:ot-security", "person:sara-nilsen"));
    }

    @Test
    void theSiloedConduitsAreReportedAndTheGridConduitsAreNot() {
        assertThat(subjectsOf("OTB-GOV-003")).containsExactlyInAnyOrder("connection:hist-repl",
                "connection:rdp-office-scada", "connection:tv-nordlys", "connection:fc-feed");
        for (String grid : List.of("vendor-grid-ra", "diode-grid", "iec104-a", "iec104-b")) {
            assertThat(rulesOn("connection:" + grid)).as(grid).doesNotContain("OTB-GOV-003", "OTB-GOV-015");
        }
        // Conduits nobody owns, such as the WSUS and directory flows into the heat control centre.
        assertThat(subjectsOf("OTB-GOV-015")).contains("connection:wsus-ot", "connection:ad-cc-1",
                "connection:bkp-cc", "connection:inet-4g-modbus");
    }

    @Test
    void theIntegratorsTeamViewerLacksSupplierManagement() {
        assertThat(findings).filteredOn(f -> f.rule().equals("OTB-GOV-005")).anySatisfy(f -> {
            assertThat(f.subjects()).extracting(Ref::key).startsWith("supplier:nordlys", "connection:tv-nordlys");
            assertThat(f.explanation()).contains("supplier management is not involved");
        });
        assertThat(rulesOn("supplier:hitachi-energy")).doesNotContain("OTB-GOV-005", "OTB-GOV-016");
    }

    @Test
    void theExpiredExceptionIsAFindingAndSoIsTheOneApprovedWithoutAuthority() {
        assertThat(findings).filteredOn(f -> f.rule().equals("OTB-GOV-008")).singleElement().satisfies(f -> {
            assertThat(f.subjects()).extracting(Ref::key).containsExactly("connection:rdp-office-scada");
            assertThat(f.explanation()).contains("OTB-ARCH-008", "expired on 2025-12-31");
        });
        assertThat(findings).filteredOn(f -> f.rule().equals("OTB-GOV-020")).singleElement().satisfies(f -> {
            assertThat(f.subjects()).extracting(Ref::key).containsExactly("asset:hist-ot", "person:jonas-berg");
            assertThat(f.explanation()).contains("OTB-CONT-004", "person:hanne-moe owns asset:hist-ot",
                    "person:ingrid-lie is accountable for zone:ot-srv");
        });
        // Approved by its accountable owner and still valid.
        assertThat(rulesOn("asset:hmi-hp-legacy")).isEmpty();
    }

    @Test
    void findingsAreSortedWithUniqueIds() {
        assertThat(findings).isSortedAccordingTo(Finding.ORDER);
        assertThat(findings).extracting(Finding::id).doesNotHaveDuplicates();
        assertThat(findings).allSatisfy(f -> assertThat(f.subjects()).isNotEmpty());
    }

    @Test
    void aWellKeptModelHasNoGovernanceFindingAboveLow() {
        List<Finding> wellKept = run(GovTesting.model(GovTesting.SITE, GovTesting.ORG, GovTesting.RACI));
        assertThat(wellKept).noneMatch(f -> f.severity().atLeast(Severity.MEDIUM));
        assertThat(wellKept).isEmpty();
    }
}
