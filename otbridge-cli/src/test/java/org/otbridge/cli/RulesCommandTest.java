package org.otbridge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code otbridge rules} and {@code otbridge assess --rules}: user rule files with CEL conditions. */
class RulesCommandTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final String MODEL = """
            services:
              - {id: water, name: Drinking water, impact: {supply: critical}, requires: [asset:scada-1, asset:hmi-1]}
            zones:
              - {id: corp, name: Office, domain: it, level: 4}
              - {id: cc, name: Control room, domain: ot, level: 2}
            assets:
              - {id: scada-1, type: scada-server, zone: cc, usage: [time-critical]}
              - {id: hmi-1, type: hmi, zone: cc, usage: [operator-station], controls: [lock-5]}
              - {id: ws-1, type: workstation, zone: corp, controls: [lock-5]}
            controls:
              - {id: lock-5, kind: screen-lock, timeout: 5m, view_only_when_locked: true}
            """;

    /** Fires on hmi-1 only: the lock applies to ws-1 too, but ws-1 is no operator station. Line 6 is "when:". */
    private static final String USER_RULES = """
            rules:
              - id: ACME-001
                category: control-fitness
                severity: medium
                scope: asset-control
                when: "control.kind == 'screen-lock' && 'operator-station' in asset.usage && control.timeout < duration('10m')"
                title: Screen lock shorter than ten minutes on an operator station
                explanation: Operators lose seconds unlocking during an alarm.
                recommendation: A longer, view-only lock and physical access control of the control room.
                references: [IEC 62443-3-3 SR 2.5]
            """;

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    private List<String> filesIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static List<JsonNode> findings(String json, String rule) {
        List<JsonNode> found = new ArrayList<>();
        for (JsonNode finding : JSON.readTree(json).get("findings")) {
            if (finding.get("rule").asString().equals(rule)) {
                found.add(finding);
            }
        }
        return found;
    }

    @Test
    void rulesListsEveryRuleTheAssessmentCanReportGroupedByMistake() {
        Cli cli = Cli.run("rules");
        assertThat(cli.exitCode()).as(cli.err()).isZero();
        assertThat(cli.outLines().get(0)).startsWith("ID").contains("SEVERITY", "FAMILY", "TITLE");
        assertThat(cli.out()).containsPattern("OTB-FIT-001 +high +fit +Long/complex password")
                .containsPattern("OTB-ARCH-001 +critical +arch +Direct flow")
                .containsPattern("OTB-EXP-002 +high +exp +A bypass is a shortcut")
                .containsPattern("OTB-GOV-004 +high +gov +Nobody holds a mandate")
                .containsPattern("OTB-CONT-010 +medium +cont +No tested OT incident response plan");
        List<String> lines = cli.outLines();
        int fit = indexOf(lines, "(it-controls-in-ot)");
        int integration = indexOf(lines, "(integration)");
        int silo = indexOf(lines, "(one-silo)");
        assertThat(fit).isLessThan(integration);
        assertThat(integration).isLessThan(silo);
        // Each rule under its mistake: control fitness first, governance last.
        assertThat(lines.subList(fit, integration)).allMatch(l -> !l.startsWith("OTB-") || l.startsWith("OTB-FIT-"));
        assertThat(lines.subList(silo, lines.size())).allMatch(l -> !l.startsWith("OTB-") || l.startsWith("OTB-GOV-"));
        long listed = lines.stream().filter(l -> l.startsWith("OTB-")).count();
        assertThat(listed).isGreaterThanOrEqualTo(95);
        assertThat(lines.get(lines.size() - 1)).isEqualTo(listed + " rules (" + listed + " built-in)");
    }

    private static int indexOf(List<String> lines, String part) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(part)) {
                return i;
            }
        }
        throw new AssertionError("no line with " + part);
    }

    @Test
    void everyRuleAnAssessmentOfTheExampleReportsIsListed() {
        Cli rules = Cli.run("rules", "--format", "json");
        assertThat(rules.exitCode()).as(rules.err()).isZero();
        List<String> ids = new ArrayList<>();
        JSON.readTree(rules.out()).get("rules").forEach(r -> ids.add(r.get("id").asString()));
        Cli assess = Cli.run("assess", "--format", "json", "--today", "2026-11-26");
        List<String> reported = new ArrayList<>();
        JSON.readTree(assess.out()).get("findings").forEach(f -> reported.add(f.get("rule").asString()));
        assertThat(reported).isNotEmpty();
        assertThat(ids).containsAll(reported).doesNotHaveDuplicates();
    }

    @Test
    void jsonHasEveryRuleWithItsMistakeReadsAndReferences() {
        Cli cli = Cli.run("rules", "--format", "json");
        assertThat(cli.exitCode()).as(cli.err()).isZero();
        JsonNode root = JSON.readTree(cli.out());
        assertThat(root.get("schema").asString()).isEqualTo("otbridge.rules/1");
        assertThat(root.get("count").asInt()).isEqualTo(root.get("rules").size()).isGreaterThanOrEqualTo(95);
        for (JsonNode rule : root.get("rules")) {
            assertThat(rule.get("mistake").asString()).isIn("it-controls-in-ot", "integration", "one-silo");
            assertThat(rule.get("reads").size()).as(rule.get("id").asString()).isPositive();
            assertThat(rule.get("references").size()).as(rule.get("id").asString()).isPositive();
            assertThat(rule.get("source").asString()).isEqualTo("built-in");
        }
        JsonNode arch = find(root, "OTB-ARCH-016");
        assertThat(arch.get("family").asString()).isEqualTo("arch");
        assertThat(arch.get("mistake").asString()).isEqualTo("integration");
        assertThat(arch.get("reads").toString()).contains("connection.purpose");
        assertThat(arch.get("condition").isNull()).isTrue();
        JsonNode fit = find(root, "OTB-FIT-002");
        assertThat(fit.get("mistake").asString()).isEqualTo("it-controls-in-ot");
        assertThat(fit.get("scope").asString()).isEqualTo("asset-control");
        assertThat(fit.get("condition").asString()).contains("account-lockout");
        assertThat(find(root, "OTB-GOV-003").get("mistake").asString()).isEqualTo("one-silo");
    }

    private static JsonNode find(JsonNode root, String id) {
        for (JsonNode rule : root.get("rules")) {
            if (rule.get("id").asString().equals(id)) {
                return rule;
            }
        }
        throw new AssertionError("no rule " + id);
    }

    @Test
    void familyFilterAndNamedRules() {
        Cli arch = Cli.run("rules", "--family", "arch");
        assertThat(arch.exitCode()).as(arch.err()).isZero();
        List<String> ids = arch.outLines().stream().filter(l -> l.startsWith("OTB-")).toList();
        assertThat(ids).hasSizeGreaterThanOrEqualTo(23).allMatch(l -> l.startsWith("OTB-ARCH-"));
        assertThat(arch.outLines().get(arch.outLines().size() - 1)).matches(ids.size() + " of \\d+ rules .*");

        Cli one = Cli.run("rules", "OTB-ARCH-001");
        assertThat(one.exitCode()).as(one.err()).isZero();
        assertThat(one.outLines().get(0)).startsWith("OTB-ARCH-001  Direct flow");
        assertThat(one.out()).contains("mistake:", "integration", "reads:", "connection.via", "why:", "instead:",
                "references:", "IEC 62443-3-3 SR 5.1");
        assertThat(Cli.run("rules", "--id", "OTB-ARCH-001").out()).isEqualTo(one.out());

        Cli unknown = Cli.run("rules", "OTB-ARCH-999");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("no rule 'OTB-ARCH-999'; did you mean 'OTB-ARCH-009'?");
        assertThat(Cli.run("rules", "--family", "architecture").exitCode()).isEqualTo(2);
    }

    @Test
    void rulesListsUserRulesToo() throws IOException {
        Path rules = write("acme.yaml", USER_RULES);
        Cli cli = Cli.run("rules", "--rules", rules.toString());
        assertThat(cli.exitCode()).as(cli.err()).isZero();
        assertThat(cli.out()).containsPattern("ACME-001 +medium +user +Screen lock shorter")
                .contains("1 from 1 file)");
        Cli json = Cli.run("rules", "ACME-001", "--rules", rules.toString(), "--format", "json");
        JsonNode acme = JSON.readTree(json.out()).get("rules").get(0);
        assertThat(acme.get("source").asString()).isEqualTo(rules + ":2:5");
        assertThat(acme.get("mistake").asString()).isEqualTo("it-controls-in-ot");
        assertThat(acme.get("reads").toString()).isEqualTo("[\"control.kind\",\"asset.usage\",\"control.timeout\"]");
    }

    @Test
    void aUserRuleReusingABuiltInIdOfAnyFamilyIsOneLinePerRuleAndExit2() throws IOException {
        String again = USER_RULES.replace("rules:\n", "");
        Path rules = write("mine.yaml", USER_RULES + again.replace("ACME-001", "OTB-ARCH-001")
                + again.replace("ACME-001", "OTB-FIT-002"));
        for (String command : List.of("rules", "assess")) {
            Cli cli = Cli.run(command, "--rules", rules.toString());
            assertThat(cli.exitCode()).isEqualTo(2);
            assertThat(cli.err().lines().toList()).containsExactly(
                    rules + ":11:5: duplicate rule id 'OTB-ARCH-001': the built-in rule OTB-ARCH-001 (Direct flow "
                            + "between enterprise/external and control zones (DMZ bypassed)) has it already; give this "
                            + "rule an id of its own",
                    rules + ":20:5: duplicate rule id 'OTB-FIT-002': the built-in rule at "
                            + "built-in:control-fitness.yaml:50:5 has it already; give this rule an id of its own");
            assertThat(cli.out()).isEmpty();
        }
    }

    @Test
    void userRuleIdsMayNotTakeTheBuiltInPrefix() throws IOException {
        Path rules = write("mine.yaml", USER_RULES.replace("ACME-001", "OTB-ACME-001"));
        Cli cli = Cli.run("rules", "--rules", rules.toString());
        assertThat(cli.exitCode()).isEqualTo(2);
        assertThat(cli.err()).startsWith(rules + ":2:5: rule id 'OTB-ACME-001' starts with OTB-");
    }

    @Test
    void anExceptionForAnUnknownRuleIsALocatedProblemWithASuggestion() throws IOException {
        Path model = write("model/site.yaml", MODEL + """
                exceptions:
                  - subject: asset:hmi-1
                    rule: OTB-ARCH-999
                    reason: nobody knows
                  - {rule: ACME-002, subject: asset:hmi-1}
                """);
        String expected = model + ":14:11: unknown rule 'OTB-ARCH-999' in the exception on asset:hmi-1; "
                + "did you mean 'OTB-ARCH-009'?";
        Cli check = Cli.run("check", model.toString());
        assertThat(check.exitCode()).isEqualTo(2);
        // check knows no rule files, so the user's own id ACME-002 is left alone.
        assertThat(check.outLines()).containsExactly(expected);

        Cli assess = Cli.run("assess", model.toString(), "--rules", write("acme.yaml", USER_RULES).toString());
        assertThat(assess.exitCode()).isEqualTo(2);
        assertThat(assess.err().lines().toList()).containsExactly(expected,
                model + ":16:12: unknown rule 'ACME-002' in the exception on asset:hmi-1: no rule file given with "
                        + "--rules has it; did you mean 'ACME-001'?");
        assertThat(assess.out()).isEmpty();
    }

    @Test
    void brokenRuleFileIsOneLineWithFileAndLineAndExit2() throws IOException {
        Path bad = write("bad.yaml", USER_RULES.replace("control.timeout < duration('10m')", "control.timeout <"));
        Cli cli = Cli.run("rules", "--rules", bad.toString());
        assertThat(cli.exitCode()).isEqualTo(2);
        assertThat(cli.err().lines().toList()).singleElement().asString()
                .startsWith(bad + ":6:5: condition of rule 'ACME-001' does not compile");
        assertThat(cli.out()).isEmpty();
    }

    @Test
    void assessWithUserRulesAddsTheirFindings() throws IOException {
        Path model = write("model/site.yaml", MODEL);
        Path rules = write("acme.yaml", USER_RULES);

        Cli without = Cli.run("assess", model.toString(), "--format", "json", "--today", "2026-03-01");
        assertThat(without.exitCode()).as(without.err()).isZero();
        assertThat(findings(without.out(), "ACME-001")).isEmpty();

        Cli with = Cli.run("assess", model.toString(), "--rules", rules.toString(), "--format", "json",
                "--today", "2026-03-01", "--fail-on", "high");
        assertThat(with.err()).isEmpty();
        List<JsonNode> acme = findings(with.out(), "ACME-001");
        assertThat(acme).singleElement().satisfies(f -> {
            assertThat(f.get("subjects").toString()).isEqualTo("[\"asset:hmi-1\",\"control:lock-5\"]");
            assertThat(f.get("category").asString()).isEqualTo("control-fitness");
            assertThat(f.get("severity").asString()).isEqualTo("high"); // medium, raised: water is critical
            assertThat(f.get("services").toString()).isEqualTo("[\"service:water\"]");
            assertThat(f.get("references").toString()).contains("IEC 62443-3-3 SR 2.5");
        });
        assertThat(with.exitCode()).isEqualTo(1); // --fail-on high counts the user rule's finding
    }

    @Test
    void assessWithABrokenRuleFileWritesNothingAndExits2() throws IOException {
        Path model = write("model/site.yaml", MODEL);
        Path good = write("good.yaml", USER_RULES);
        Path bad = write("bad.yaml", USER_RULES.replace("ACME-001", "ACME-002").replace("    title:", "    titel:"));
        Path out = dir.resolve("out/report.json");
        Files.createDirectories(out.getParent());
        Cli cli = Cli.run("assess", model.toString(), "--rules", good.toString(), "--rules", bad.toString(),
                "-o", out.toString());
        assertThat(cli.exitCode()).isEqualTo(2);
        assertThat(cli.err().lines().toList()).singleElement().asString()
                .startsWith(bad + ":7:5: unknown field 'titel' in rule 'ACME-002'");
        assertThat(filesIn(out.getParent())).isEmpty();
        assertThat(cli.out()).isEmpty();
    }

    @Test
    void assessOfTheBundledExampleReportsTheHmiPasswordPolicy() {
        Cli cli = Cli.run("assess", "--format", "json", "--today", "2026-11-26");
        assertThat(cli.exitCode()).as(cli.err()).isZero();
        assertThat(findings(cli.out(), "OTB-FIT-001")).extracting(f -> f.get("subjects").get(0).asString())
                .containsExactlyInAnyOrder("asset:hmi-cc-1", "asset:hmi-cc-2", "asset:hmi-cc-3");
        assertThat(findings(cli.out(), "OTB-FIT-012")).extracting(f -> f.get("subjects").get(0).asString())
                .contains("asset:scada-heat-a", "asset:scada-heat-b");
    }
}
