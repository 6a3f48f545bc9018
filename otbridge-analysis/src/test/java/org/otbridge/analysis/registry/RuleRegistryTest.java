package org.otbridge.analysis.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.otbridge.analysis.Assessor;
import org.otbridge.analysis.Finding;
import org.otbridge.analysis.Mistake;
import org.otbridge.analysis.rules.RuleCatalog;
import org.otbridge.model.Model;
import org.otbridge.model.Problem;
import org.otbridge.model.load.LoadResult;
import org.otbridge.model.load.ModelLoader;
import org.otbridge.model.load.ModelSource;
import org.otbridge.synth.SyntheticModel;

/** The one registry every rule goes through: Java families and CEL rules, built-in and from files. */
class RuleRegistryTest {

    private static final Path EXAMPLE = Path.of("..", "examples", "nordvik-energi");

    private static final String USER_RULE = """
            rules:
              - id: %s
                category: governance
                severity: medium
                scope: asset
                when: "asset.type == 'hmi'"
                title: An HMI
                explanation: Something operations care about.
                recommendation: Something that fits OT.
            """;

    @TempDir
    Path dir;

    private final RuleRegistry registry = RuleRegistry.builtIn();

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void holdsEveryJavaFamilyAndTheBuiltInCatalogUnderUniqueIds() {
        int java = BuiltInRules.ARCHITECTURE.size() + BuiltInRules.EXPOSURE.size() + BuiltInRules.GOVERNANCE.size()
                + BuiltInRules.CONTINGENCY.size() + BuiltInRules.DRIFT.size();
        assertThat(registry.size()).isEqualTo(java + RuleCatalog.builtIn().size()).isGreaterThanOrEqualTo(95);
        assertThat(registry.builtInCount()).isEqualTo(registry.size());
        assertThat(registry.rules()).extracting(RegisteredRule::id).doesNotHaveDuplicates();
        Set<RuleFamily> families = EnumSet.noneOf(RuleFamily.class);
        registry.rules().forEach(r -> families.add(r.family()));
        assertThat(families).containsExactlyInAnyOrder(RuleFamily.ARCH, RuleFamily.EXP, RuleFamily.GOV,
                RuleFamily.CONT, RuleFamily.FIT, RuleFamily.DRIFT);
        for (RegisteredRule rule : registry.rules()) {
            assertThat(rule.id()).as(rule.id()).startsWith(rule.family().prefix());
            assertThat(rule.reads()).as(rule.id()).isNotEmpty();
            assertThat(rule.condition().isPresent()).as(rule.id()).isNotEqualTo(rule.javaClass().isPresent());
        }
        assertThat(registry.rule("OTB-ARCH-016").orElseThrow().mistake()).isEqualTo(Mistake.INTEGRATION);
        assertThat(registry.rule("OTB-GOV-003").orElseThrow().mistake()).isEqualTo(Mistake.ONE_SILO);
        assertThat(registry.rule("OTB-FIT-001").orElseThrow().mistake()).isEqualTo(Mistake.IT_CONTROLS_IN_OT);
    }

    @Test
    void everyFindingAnAssessmentReportsIsARegisteredRule() throws IOException {
        Set<String> reported = new TreeSet<>();
        reported.addAll(rulesReported(load(new ModelLoader().load(EXAMPLE))));
        SyntheticModel.write(dir.resolve("synth"), SyntheticModel.MIN_ASSETS * 3, 7);
        reported.addAll(rulesReported(load(new ModelLoader().load(dir.resolve("synth")))));
        assertThat(reported).hasSizeGreaterThan(40);
        assertThat(reported).allSatisfy(id -> assertThat(registry.rule(id)).as(id).isPresent());
    }

    private static Model load(LoadResult result) {
        assertThat(result.problems()).isEmpty();
        return result.model();
    }

    private static Set<String> rulesReported(Model model) {
        Set<String> ids = new TreeSet<>();
        for (Finding finding : new Assessor(LocalDate.of(2026, 11, 26)).assess(model).findings()) {
            ids.add(finding.rule());
        }
        return ids;
    }

    @Test
    void aUserRuleTakingTheIdOfAJavaRuleIsAProblemAtTheRule() throws IOException {
        Path file = write("mine.yaml", USER_RULE.formatted("OTB-GOV-004"));
        RuleRegistry.Loaded loaded = RuleRegistry.withUserRules(List.of(file));
        assertThat(loaded.ok()).isFalse();
        assertThat(loaded.problems()).singleElement().satisfies(p -> {
            assertThat(p.at().file()).isEqualTo(file.toString());
            assertThat(p.at().line()).isEqualTo(2);
            assertThat(p.message()).isEqualTo("duplicate rule id 'OTB-GOV-004': the built-in rule OTB-GOV-004 "
                    + "(Nobody holds a mandate for the OT security programme) has it already; give this rule an id "
                    + "of its own");
        });
        assertThat(loaded.registry()).isSameAs(RuleRegistry.builtIn());
    }

    @Test
    void aUserRuleJoinsTheRegistryAsAUserRuleOfItsCategorysMistake() throws IOException {
        RuleRegistry.Loaded loaded = RuleRegistry.withUserRules(List.of(write("mine.yaml", USER_RULE.formatted("ACME-1"))));
        assertThat(loaded.problems()).isEmpty();
        RegisteredRule rule = loaded.registry().rule("ACME-1").orElseThrow();
        assertThat(rule.family()).isEqualTo(RuleFamily.USER);
        assertThat(rule.builtIn()).isFalse();
        assertThat(rule.mistake()).isEqualTo(Mistake.ONE_SILO);
        assertThat(rule.reads()).containsExactly("asset.type");
        assertThat(loaded.registry().size()).isEqualTo(registry.size() + 1);
        assertThat(loaded.registry().catalog().rule("ACME-1")).isPresent();
    }

    @Test
    void anExceptionForAnUnknownRuleIsAProblemAtItsRuleIdWithTheNearestIdOfItsFamily() {
        String yaml = """
                zones:
                  - {id: cc, name: Control centre, domain: ot, level: 2}
                assets:
                  - {id: hmi-1, type: hmi, zone: cc}
                exceptions:
                  - {rule: OTB-FIT-001, subject: asset:hmi-1}
                  - subject: asset:hmi-1
                    rule: OTB-ARCH-999
                  - {rule: OTB-FIT-01, subject: asset:hmi-1}
                  - {rule: ACME-7, subject: asset:hmi-1}
                """;
        Model model = load(new ModelLoader().load(List.of(new ModelSource("site.yaml", yaml))));
        List<Problem> problems = registry.checkExceptions(model);
        assertThat(problems).extracting(Problem::toString).containsExactly(
                "site.yaml:8:11: unknown rule 'OTB-ARCH-999' in the exception on asset:hmi-1; "
                        + "did you mean 'OTB-ARCH-009'?",
                "site.yaml:9:12: unknown rule 'OTB-FIT-01' in the exception on asset:hmi-1; "
                        + "did you mean 'OTB-FIT-001'?");
    }

    @Test
    void conditionReadsFollowMacroVariablesAndSkipStrings() {
        assertThat(ConditionReads.of("zone.domain in ['ot'] && connections.exists(c, c.to.ref == asset.ref && "
                + "c.purpose != null && c.purpose.matches('asset.type'))"))
                .containsExactly("zone.domain", "connections", "connection.to", "asset.ref", "connection.purpose");
        assertThat(ConditionReads.of("critical_service && asset.requires.exists(r, r.domain == 'it') && "
                + "asset.end_of_support < now"))
                .containsExactly("critical_service", "asset.requires", "asset.end_of_support", "now");
        assertThat(ConditionReads.of("control.kind == 'mfa' && control.params.?x.orValue(false)"))
                .containsExactly("control.kind", "control.params");
    }
}
