package org.otbridge.analysis.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.otbridge.analysis.Category;
import org.otbridge.analysis.Finding;
import org.otbridge.analysis.Severity;
import org.otbridge.model.Ref;
import org.otbridge.model.RefKind;

/** The built-in control-fitness rules on the bundled example (examples/README.md, situations 1 and 2, the grid side). */
class FitOnExampleTest {

    private static List<Finding> findings;

    @BeforeAll
    static void assess() {
        findings = new RuleEngine(RuleCatalog.builtIn(), Models.EXAMPLE_DAY).evaluate(Models.example());
    }

    private static List<Finding> of(String rule, String asset) {
        Ref ref = Ref.of(RefKind.ASSET, asset);
        return findings.stream().filter(f -> f.rule().equals(rule) && f.subjects().contains(ref)).toList();
    }

    @Test
    void theExampleShowsTheHeatSidesItBaselineAndItsLegacyHosts() {
        assertThat(findings).extracting(Finding::rule).containsOnly("OTB-FIT-001", "OTB-FIT-002", "OTB-FIT-008",
                "OTB-FIT-012", "OTB-FIT-018", "OTB-FIT-019", "OTB-FIT-026", "OTB-FIT-034");
        // The dual-homed engineering laptop gets the corporate EDR with automatic isolation (README, "Also in the model").
        assertThat(of("OTB-FIT-019", "ews-laptop-1")).hasSize(1);
        // OT hosts that log on against the IT domain controllers.
        assertThat(findings).filteredOn(f -> f.rule().equals("OTB-FIT-008")).extracting(f -> f.subjects().get(0).id())
                .contains("hmi-cc-1", "scada-heat-a", "scada-hp", "hist-ot", "ews-heat");
        // Out of support and needed: the legacy HMI has an exception, which the assessor applies.
        assertThat(of("OTB-FIT-034", "hmi-hp-legacy")).hasSize(1);
        assertThat(findings).allSatisfy(f -> assertThat(f.category()).isEqualTo(Category.CONTROL_FITNESS));
    }

    @Test
    void hmiPasswordPolicyAndLockoutOnShiftOperatedConsoles() {
        for (String hmi : List.of("hmi-cc-1", "hmi-cc-2", "hmi-cc-3")) {
            assertThat(of("OTB-FIT-001", hmi)).as(hmi).singleElement().satisfies(f -> {
                assertThat(f.subjects()).containsExactly(Ref.of(RefKind.ASSET, hmi), Ref.of(RefKind.CONTROL, "pw-it-13"));
                assertThat(f.category()).isEqualTo(Category.CONTROL_FITNESS);
                assertThat(f.services()).contains(Ref.of(RefKind.SERVICE, "heat-dist"));
                assertThat(f.severity()).isEqualTo(Severity.CRITICAL); // high, raised: heat-dist has critical supply impact
                assertThat(f.explanation()).contains("control:pw-it-13", "min_length 13", "asset:hmi-cc-1".replace("hmi-cc-1", hmi));
                assertThat(f.recommendation()).contains("badge");
            });
            assertThat(of("OTB-FIT-002", hmi)).as(hmi).singleElement().satisfies(f -> {
                assertThat(f.subjects()).contains(Ref.of(RefKind.CONTROL, "lockout-5"));
                assertThat(f.severity()).isEqualTo(Severity.CRITICAL);
            });
        }
    }

    @Test
    void scadaAutoPatchingWithAutomaticReboot() {
        for (String scada : List.of("scada-heat-a", "scada-heat-b")) {
            assertThat(of("OTB-FIT-012", scada)).as(scada).singleElement()
                    .satisfies(f -> assertThat(f.subjects()).contains(Ref.of(RefKind.CONTROL, "autopatch-it")));
        }
    }

    @Test
    void wellBuiltGridConsolesAndServersGiveNoControlFitnessFinding() {
        for (String asset : List.of("hmi-grid-1", "hmi-grid-2", "scada-grid-a", "scada-grid-b", "ews-grid", "dc-grid")) {
            Ref ref = Ref.of(RefKind.ASSET, asset);
            assertThat(findings).as(asset).noneMatch(f -> f.subjects().contains(ref));
        }
    }

    @Test
    void officeAssetsWithTheItBaselineAreNotFlagged() {
        // The IT baseline belongs in zone:corp; only OT context makes it a finding.
        Ref itZoneWorkstation = Ref.of(RefKind.ASSET, "ws-duty-eng");
        assertThat(findings).noneMatch(f -> f.subjects().contains(itZoneWorkstation));
    }
}
