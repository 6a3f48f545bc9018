package org.otbridge.analysis.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.otbridge.analysis.Category;
import org.otbridge.analysis.Severity;
import org.otbridge.model.ControlKind;
import org.otbridge.model.Problem;
import org.otbridge.model.SourcePosition;

/** Loading rule files: the built-in catalog, and one clear error per broken rule at the line to change. */
class RuleCatalogTest {

    @TempDir
    Path dir;

    /** A valid rule; {@code %s} is replaced by extra lines. Line 2 is "- id:", line 6 is "when:". */
    private static String rule(String id, String scope, String when, String extra) {
        return """
                rules:
                  - id: %s
                    category: control-fitness
                    severity: high
                    scope: %s
                    when: "%s"
                    title: A rule
                    explanation: Why it matters for operations.
                    recommendation: The OT-fit alternative.
                %s""".formatted(id, scope, when, extra);
    }

    private static RuleCatalog.Loaded read(String text) {
        return RuleCatalog.read("acme.yaml", text);
    }

    private static Problem onlyProblem(RuleCatalog.Loaded loaded) {
        assertThat(loaded.ok()).isFalse();
        assertThat(loaded.problems()).hasSize(1);
        return loaded.problems().get(0);
    }

    @Test
    void builtInCatalogHasTheControlFitnessRulesInCatalogOrder() {
        RuleCatalog catalog = RuleCatalog.builtIn();
        List<String> ids = catalog.rules().stream().map(Rule::id).toList();
        assertThat(ids).hasSizeGreaterThanOrEqualTo(25).startsWith("OTB-FIT-001", "OTB-FIT-002").contains("OTB-FIT-012")
                .isSorted().doesNotHaveDuplicates();
        assertThat(catalog.rules()).allSatisfy(rule -> {
            assertThat(rule.metadata().category()).isEqualTo(Category.CONTROL_FITNESS);
            assertThat(rule.metadata().references()).isNotEmpty().noneMatch(r -> r.contains("(verify)"));
            assertThat(rule.metadata().explanation()).isNotBlank();
            assertThat(rule.metadata().recommendation()).isNotBlank();
            assertThat(rule.itControl()).isNotBlank();
            assertThat(rule.at().file()).isEqualTo("built-in:control-fitness.yaml");
        });
        assertThat(catalog.rule("OTB-FIT-001").orElseThrow().kinds()).containsExactly(ControlKind.PASSWORD_POLICY);
        assertThat(catalog.rule("OTB-FIT-026").orElseThrow().kinds()).containsExactlyInAnyOrder(ControlKind.EDR,
                ControlKind.ANTIVIRUS, ControlKind.MFA, ControlKind.APPLICATION_ALLOWLISTING);
        assertThat(catalog.rule("OTB-FIT-008").orElseThrow().scope()).isEqualTo(RuleScope.ASSET);
        // Every asset-control rule of the catalog names its kinds, so none runs for every control.
        assertThat(catalog.rules()).filteredOn(r -> r.scope() == RuleScope.ASSET_CONTROL)
                .allSatisfy(r -> assertThat(r.kinds()).as(r.id()).isNotEmpty());
    }

    @Test
    void aValidUserRuleLoadsWithItsMetadata() {
        RuleCatalog.Loaded loaded = read(rule("ACME-001", "asset-control",
                "control.kind == 'screen-lock' && 'operator-station' in asset.usage",
                "    references: [IEC 62443-3-3 SR 2.5]\n    attack: [M0801]\n"));
        assertThat(loaded.problems()).isEmpty();
        Rule rule = loaded.catalog().rule("ACME-001").orElseThrow();
        assertThat(rule.metadata().severity()).isEqualTo(Severity.HIGH);
        assertThat(rule.metadata().references()).containsExactly("IEC 62443-3-3 SR 2.5");
        assertThat(rule.metadata().attack()).containsExactly("M0801");
        assertThat(rule.kinds()).containsExactly(ControlKind.SCREEN_LOCK);
        assertThat(rule.at()).isEqualTo(new SourcePosition("acme.yaml", 2, 5));
        assertThat(rule.whenAt()).isEqualTo(new SourcePosition("acme.yaml", 6, 5));
    }

    @Test
    void celSyntaxErrorIsOneProblemAtTheWhenLine() {
        Problem problem = onlyProblem(read(rule("ACME-001", "asset", "asset.type ==", "")));
        assertThat(problem.at()).isEqualTo(new SourcePosition("acme.yaml", 6, 5));
        assertThat(problem.toString()).startsWith("acme.yaml:6:5: condition of rule 'ACME-001' does not compile")
                .contains("column 14 of the condition").doesNotContain("\n");
    }

    @Test
    void celTypeErrorsAreReported() {
        Problem wrongType = onlyProblem(read(rule("ACME-001", "asset", "asset.type == 1", "")));
        assertThat(wrongType.at().line()).isEqualTo(6);
        assertThat(wrongType.message()).contains("no matching overload");

        Problem unknownField = onlyProblem(read(rule("ACME-001", "asset", "asset.tpye == 'hmi'", "")));
        assertThat(unknownField.at().line()).isEqualTo(6);
        assertThat(unknownField.message()).contains("undefined field 'tpye'");

        Problem notBoolean = onlyProblem(read(rule("ACME-001", "asset", "asset.id", "")));
        assertThat(notBoolean.message()).contains("bool");
    }

    @Test
    void aWordThatNoFieldCanHoldIsAnError() {
        Problem kind = onlyProblem(read(rule("ACME-001", "asset-control", "control.kind == 'screenlock'", "")));
        assertThat(kind.at().line()).isEqualTo(6);
        assertThat(kind.message()).contains("'screenlock' is never a value of control.kind", "did you mean 'screen-lock'?");

        Problem usage = onlyProblem(read(rule("ACME-001", "asset", "'operater-station' in asset.usage", "")));
        assertThat(usage.message()).contains("asset.usage", "did you mean 'operator-station'?");

        Problem inComprehension = onlyProblem(read(rule("ACME-001", "asset",
                "asset.requires.exists(r, r.domain in ['it', 'office'])", "")));
        assertThat(inComprehension.message()).contains("'office' is never a value of element.domain");
    }

    @Test
    void aVariableOfAnotherScopeIsNamedAsSuch() {
        Problem problem = onlyProblem(read(rule("ACME-001", "asset", "control.kind == 'mfa'", "")));
        assertThat(problem.at().line()).isEqualTo(6);
        assertThat(problem.message()).contains("'control' is not available in scope asset", "asset-control");
    }

    @Test
    void unknownFieldInARuleIsReportedAtItsKey() {
        Problem problem = onlyProblem(read(rule("ACME-001", "asset", "asset.type == 'hmi'",
                "    explaination: typo\n")));
        assertThat(problem.at()).isEqualTo(new SourcePosition("acme.yaml", 10, 5));
        assertThat(problem.message()).contains("unknown field 'explaination' in rule 'ACME-001'",
                "did you mean 'explanation'?");
    }

    @Test
    void wrongScopeAndSeverityAreReportedAtTheirValues() {
        Problem scope = onlyProblem(read(rule("ACME-001", "assets", "asset.type == 'hmi'", "")));
        assertThat(scope.at()).isEqualTo(new SourcePosition("acme.yaml", 5, 12));
        assertThat(scope.message()).contains("unknown scope 'assets'", "did you mean 'asset'?");

        Problem severity = onlyProblem(read(rule("ACME-001", "asset", "asset.type == 'hmi'", "")
                .replace("severity: high", "severity: severe")));
        assertThat(severity.at()).isEqualTo(new SourcePosition("acme.yaml", 4, 15));
        assertThat(severity.message()).contains("unknown severity 'severe'", "critical, high, medium, low, info");

        Problem kinds = onlyProblem(read(rule("ACME-001", "asset", "asset.type == 'hmi'", "    kinds: [mfa]\n")));
        assertThat(kinds.message()).contains("'kinds' in rule 'ACME-001' only applies to scope asset-control");
    }

    @Test
    void aBrokenRuleGivesOneProblemAndOtherRulesStillCount() {
        String text = rule("ACME-001", "asset", "asset.type ==", "    explaination: typo\n    colour: red\n")
                + rule("ACME-002", "zone", "zone.level <= 2", "").replace("rules:\n", "")
                + rule("ACME-003", "service", "service.critical &&", "").replace("rules:\n", "");
        RuleCatalog.Loaded loaded = read(text);
        assertThat(loaded.problems()).extracting(p -> p.at().line()).containsExactly(10, 24);
    }

    @Test
    void duplicateIdIsReportedAtTheSecondRule() {
        String text = rule("ACME-001", "asset", "asset.type == 'hmi'", "")
                + rule("ACME-001", "zone", "zone.level <= 2", "").replace("rules:\n", "");
        Problem problem = onlyProblem(read(text));
        assertThat(problem.at()).isEqualTo(new SourcePosition("acme.yaml", 10, 5));
        assertThat(problem.message()).contains("duplicate rule id 'ACME-001'", "acme.yaml:2:5");
    }

    @Test
    void userRuleCannotReuseABuiltInId() throws IOException {
        Path file = write("mine.yaml", rule("OTB-FIT-001", "asset", "asset.type == 'hmi'", ""));
        RuleCatalog.Loaded loaded = RuleCatalog.withUserRules(List.of(file));
        Problem problem = onlyProblem(loaded);
        assertThat(problem.at()).isEqualTo(new SourcePosition(file.toString(), 2, 5));
        assertThat(problem.message()).contains("duplicate rule id 'OTB-FIT-001'", "built-in rule");
    }

    @Test
    void userFilesAddToTheBuiltInRules() throws IOException {
        Path a = write("a.yaml", rule("ACME-001", "asset", "asset.type == 'hmi'", ""));
        Path b = write("b.yaml", rule("ACME-002", "connection", "connection.protocol == 'modbus'", ""));
        RuleCatalog.Loaded loaded = RuleCatalog.withUserRules(List.of(a, b));
        assertThat(loaded.problems()).isEmpty();
        assertThat(loaded.catalog().size()).isEqualTo(RuleCatalog.builtIn().size() + 2);
        assertThat(loaded.catalog().rules().get(loaded.catalog().size() - 1).id()).isEqualTo("ACME-002");
        assertThat(RuleCatalog.load(a).catalog().rules()).extracting(Rule::id).containsExactly("ACME-001");
    }

    @Test
    void yamlSyntaxErrorAndMissingFileCarryTheirPlace() throws IOException {
        Path bad = write("bad.yaml", "rules:\n  - id: ACME-001\n    title: [unclosed\n");
        Problem syntax = onlyProblem(RuleCatalog.load(bad));
        assertThat(syntax.at().file()).isEqualTo(bad.toString());
        assertThat(syntax.at().line()).isGreaterThanOrEqualTo(3);
        assertThat(syntax.message()).startsWith("YAML syntax error");

        Problem missing = onlyProblem(RuleCatalog.load(dir.resolve("nope.yaml")));
        assertThat(missing.toString()).isEqualTo(dir.resolve("nope.yaml") + ":1:1: no such rule file");
    }

    @Test
    void missingFieldsUnknownAttackIdsAndBadTopLevelKeys() {
        Problem missing = onlyProblem(read(rule("ACME-001", "asset", "asset.type == 'hmi'", "")
                .replace("    title: A rule\n", "")));
        assertThat(missing.at().line()).isEqualTo(2);
        assertThat(missing.message()).contains("missing the required field 'title'");

        Problem attack = onlyProblem(read(rule("ACME-001", "asset", "asset.type == 'hmi'", "    attack: [T9999]\n")));
        assertThat(attack.at().line()).isEqualTo(10);
        assertThat(attack.message()).contains("'T9999'", "ATT&CK");

        Problem topLevel = onlyProblem(read("rule:\n  - id: x\n"));
        assertThat(topLevel.at()).isEqualTo(new SourcePosition("acme.yaml", 1, 1));
        assertThat(topLevel.message()).contains("did you mean 'rules'?");
    }

    @Test
    void kindsComeFromTheConditionOrTheKindsField() {
        assertThat(kinds("control.kind in ['edr', 'mfa'] && asset.type == 'hmi'", ""))
                .containsExactlyInAnyOrder(ControlKind.EDR, ControlKind.MFA);
        assertThat(kinds("(control.kind == 'edr' || control.kind == 'antivirus') && control.cloud_required == true", ""))
                .containsExactlyInAnyOrder(ControlKind.EDR, ControlKind.ANTIVIRUS);
        assertThat(kinds("'mfa' == control.kind", "")).containsExactly(ControlKind.MFA);
        assertThat(kinds("control.kind == 'mfa' || asset.type == 'hmi'", "")).isEmpty();
        assertThat(kinds("asset.type == 'hmi'", "")).isEmpty();
        assertThat(kinds("asset.type == 'hmi'", "    kinds: [screen-lock, mfa]\n"))
                .containsExactlyInAnyOrder(ControlKind.SCREEN_LOCK, ControlKind.MFA);
        assertThat(kinds("control.kind in ['edr', 'mfa']", "    kinds: [mfa, backup]\n")).containsExactly(ControlKind.MFA);

        Problem never = onlyProblem(read(rule("ACME-001", "asset-control", "control.kind == 'edr'",
                "    kinds: [mfa]\n")));
        assertThat(never.message()).contains("can never fire");
        Problem contradiction = onlyProblem(read(rule("ACME-001", "asset-control",
                "control.kind == 'edr' && control.kind == 'mfa'", "")));
        assertThat(contradiction.message()).contains("can never fire");
    }

    private static Set<ControlKind> kinds(String when, String extra) {
        RuleCatalog.Loaded loaded = read(rule("ACME-001", "asset-control", when, extra));
        assertThat(loaded.problems()).as(when).isEmpty();
        return loaded.catalog().rules().get(0).kinds();
    }

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }
}
