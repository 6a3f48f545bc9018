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
    void rulesListsTheBuiltInCatalog() {
        Cli cli = Cli.run("rules");
        assertThat(cli.exitCode()).as(cli.err()).isZero();
        assertThat(cli.outLines().get(0)).startsWith("ID").contains("SEVERITY", "SCOPE", "TITLE");
        assertThat(cli.out()).containsPattern("OTB-FIT-001 +high +asset-control +Long/complex password")
                .containsPattern("OTB-FIT-008 +high +asset +OT hosts authenticate");
        assertThat(cli.outLines().get(cli.outLines().size() - 1)).matches("\\d+ rules \\(\\d+ built-in\\)");
    }

    @Test
    void rulesListsUserRulesToo() throws IOException {
        Path rules = write("acme.yaml", USER_RULES);
        Cli cli = Cli.run("rules", "--rules", rules.toString());
        assertThat(cli.exitCode()).as(cli.err()).isZero();
        assertThat(cli.out()).containsPattern("ACME-001 +medium +asset-control +Screen lock shorter")
                .contains("1 from 1 file)");
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
