package org.otbridge.analysis.contingency;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
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
import org.otbridge.analysis.resilience.ResilienceAnalyzer;
import org.otbridge.model.Ref;
import org.otbridge.model.load.LoadResult;
import org.otbridge.model.load.ModelLoader;

/** The contingency rules on the bundled example (examples/README.md lists its situations). */
class ContingencyOnExampleTest {

    private static final Path EXAMPLE = Path.of("../examples/nordvik-energi");

    /** The day the example's dates were written for. */
    private static final LocalDate ASSESSED = LocalDate.of(2026, 11, 26);

    private static List<Finding> findings;

    @BeforeAll
    static void analyze() {
        findings = run();
    }

    private static List<Finding> run() {
        LoadResult result = new ModelLoader().load(EXAMPLE);
        assertThat(result.ok()).as("%s", result.problems()).isTrue();
        SiteFacts facts = new SiteFacts(result.model());
        return RuleRunner.run(BuiltInRules.CONTINGENCY, new ContingencySite(facts, ResilienceAnalyzer.analyze(facts), ASSESSED),
                AttackCatalog.bundled());
    }

    private static List<Finding> of(String rule) {
        return findings.stream().filter(f -> f.rule().equals(rule)).toList();
    }

    private static Set<String> rulesOn(String subject) {
        return findings.stream().filter(f -> f.subjects().stream().anyMatch(s -> s.key().equals(subject)))
                .map(Finding::rule).collect(Collectors.toSet());
    }

    private static Finding find(String rule, String firstSubject) {
        return of(rule).stream().filter(f -> f.subjects().get(0).key().equals(firstSubject)).findFirst()
                .orElseThrow(() -> new AssertionError(rule + " on " + firstSubject + " not reported"));
    }

    private static List<String> keys(List<Ref> refs) {
        return refs.stream().map(Ref::key).toList();
    }

    @Test
    void theSingleSourceSupplierBehindTheTelemetryFrontEndOfHeatDistributionIsReported() {
        Finding telemetrik = find("OTB-CONT-008", "supplier:telemetrik");
        assertThat(keys(telemetrik.subjects())).contains("asset:fep-heat");
        assertThat(keys(telemetrik.services())).containsExactly("service:heat-dist");
        assertThat(telemetrik.explanation()).contains("single-source", "support_sla of 3d",
                "4h for service:heat-dist");
        // and the front end itself: restore far beyond the 4h, no spare, out of support, fallback too short
        assertThat(rulesOn("asset:fep-heat")).contains("OTB-CONT-002", "OTB-CONT-006", "OTB-CONT-007", "OTB-CONT-016",
                "OTB-CONT-004");
        assertThat(find("OTB-CONT-006", "asset:fep-heat").explanation()).contains("an estimated 16w 1d",
                "lead time 16w", "maximum tolerable downtime of 4h for service:heat-dist");
        assertThat(find("OTB-CONT-002", "service:heat-dist").explanation()).contains("lasts 12h");
    }

    @Test
    void theNeverTestedAndTheStaleFallbacksAndTheServiceWithoutFallbackAreReported() {
        assertThat(find("OTB-CONT-001", "service:heat-opt").explanation()).contains("never been tested");
        assertThat(find("OTB-CONT-001", "service:heat-dist").explanation()).contains("2025-05-20", "18 months");
        assertThat(find("OTB-CONT-001", "service:steam-supply").explanation()).contains("has no fallback");
        // recently exercised fallbacks are fine
        assertThat(of("OTB-CONT-001")).noneMatch(f -> f.subjects().get(0).key().equals("service:heat-prod")
                || f.subjects().get(0).key().equals("service:grid-ops"));
    }

    @Test
    void theMissingBackupTheOldRestoreTestsAndTheItDependencyAreReported() {
        assertThat(of("OTB-CONT-003")).extracting(f -> f.subjects().get(0).key()).containsExactly("asset:scada-hp");
        Set<String> restoreNotProven = of("OTB-CONT-004").stream().map(f -> f.subjects().get(0).key())
                .collect(Collectors.toSet());
        assertThat(restoreNotProven).contains("asset:hist-ot", "asset:scada-heat-a", "asset:scada-heat-b",
                "asset:fep-heat", "asset:plc-oil", "asset:fw-it-ot", "asset:rtu-psn-1")
                .doesNotContain("asset:plc-boiler-1", "asset:scada-grid-a");
        assertThat(rulesOn("control:bkp-veeam")).contains("OTB-CONT-005");
        assertThat(rulesOn("control:bkp-grid")).doesNotContain("OTB-CONT-005");
        assertThat(keys(find("OTB-CONT-009", "service:steam-supply").subjects())).contains("zone:corp");
        assertThat(rulesOn("control:ot-ir-plan")).contains("OTB-CONT-010");
        assertThat(of("OTB-CONT-015")).isEmpty();
    }

    @Test
    void theSingleTelemetryPathSouthAndTheSharedUpsAreReported() {
        assertThat(rulesOn("asset:tl-fibre-south")).contains("OTB-CONT-011");
        assertThat(find("OTB-CONT-019", "asset:ups-cc-a").explanation()).contains("asset:fep-heat",
                "asset:rtr-wan-heat");
        assertThat(rulesOn("asset:rtu-psn-1")).contains("OTB-CONT-021");
        assertThat(of("OTB-CONT-012")).extracting(f -> keys(f.subjects()))
                .contains(List.of("asset:scada-heat-a", "asset:scada-heat-b"),
                        List.of("asset:scada-grid-a", "asset:scada-grid-b"));
    }

    @Test
    void theWellBuiltGridSideRaisesNoRestoreOrSpareFindings() {
        for (String asset : List.of("scada-grid-a", "scada-grid-b", "fw-grid", "rtu-sub-sentrum", "hmi-grid-1")) {
            assertThat(rulesOn("asset:" + asset)).as(asset)
                    .doesNotContain("OTB-CONT-003", "OTB-CONT-004", "OTB-CONT-006", "OTB-CONT-007", "OTB-CONT-021");
        }
        assertThat(rulesOn("service:grid-ops")).doesNotContain("OTB-CONT-001", "OTB-CONT-002");
    }

    @Test
    void everyFindingNamesServicesExplanationRecommendationAndReferences() {
        assertThat(findings).isNotEmpty();
        for (Finding finding : findings) {
            assertThat(finding.rule()).startsWith("OTB-CONT-");
            assertThat(finding.subjects()).isNotEmpty();
            assertThat(finding.explanation()).isNotBlank();
            assertThat(finding.recommendation()).isNotBlank();
            assertThat(finding.references()).isNotEmpty();
            assertThat(finding.accepted()).isFalse();
            if (!finding.subjects().get(0).key().equals("asset:hist-ot")
                    && !List.of("asset:plc-psn-1", "asset:plc-psn-2", "asset:plc-pss-1", "asset:ews-heat")
                            .contains(finding.subjects().get(0).key())) {
                assertThat(finding.services()).as("%s %s", finding.rule(), finding.subjects()).isNotEmpty();
            }
        }
        assertThat(findings).isSortedAccordingTo(Finding.ORDER);
    }

    @Test
    void idsAndOrderAreStableAcrossRuns() {
        List<Finding> again = run();
        assertThat(again).extracting(Finding::id).containsExactlyElementsOf(findings.stream().map(Finding::id).toList());
        assertThat(again).isEqualTo(findings);
        assertThat(findings.stream().map(Finding::id).distinct().count()).isEqualTo(findings.size());
    }
}
