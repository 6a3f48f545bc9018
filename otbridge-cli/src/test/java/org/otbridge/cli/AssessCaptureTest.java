package org.otbridge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code assess MODEL --capture INPUT...}: drift end to end, on public captures, in every format. */
class AssessCaptureTest {

    /** The public test captures of otbridge-observe. */
    private static final Path CAPTURES = Path.of("..", "otbridge-observe", "src", "test", "resources", "captures");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String TODAY = "2026-03-01";

    /** A water plant around zeek/modbus-and-non-modbus-p502.pcap: an office PC that writes Modbus to a PLC. */
    private static final String PLANT = """
            organization:
              name: Vannverk
            services:
              - {id: water, name: Drinking water, impact: {supply: critical}, requires: [asset:plc-1, asset:gateway]}
            zones:
              - {id: office, domain: it, level: 4}
              - {id: ops, domain: ot, level: 3}
              - {id: cell, domain: ot, level: 1, flat: false}
            assets:
              - {id: plc-1, type: plc, zone: cell, ips: [10.0.0.3]}
              - {id: office-pc, type: workstation, zone: office, ips: [10.0.0.9]}
              - {id: gateway, type: server, zone: ops, ips: [192.168.10.111]}
            connections:
              - {id: gw-plc, from: asset:gateway, to: asset:plc-1, protocol: opcua, ports: [4840]}
            """;

    @TempDir
    Path dir;

    private static String capture(String relative) {
        return CAPTURES.resolve(relative).toString();
    }

    private Path model(String yaml) throws IOException {
        Path file = dir.resolve("plant.yaml");
        Files.writeString(file, yaml, StandardCharsets.UTF_8);
        return file;
    }

    private static List<String> schemaErrors(JsonNode doc) throws IOException {
        JsonNode schema = JSON.readTree(Files.readString(Path.of("..", "docs", "schema", "assessment.schema.json")));
        List<String> errors = new ArrayList<>();
        for (Error error : SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(schema)
                .validate(doc)) {
            errors.add(error.toString());
        }
        return errors;
    }

    @Test
    void jsonOfARealCaptureHasTheDriftSectionAndFindingsAndValidates() throws IOException {
        Cli cli = Cli.run("assess", model(PLANT).toString(), "--capture", capture("zeek/modbus-and-non-modbus-p502.pcap"),
                "--format", "json", "--today", TODAY);
        assertThat(cli.exitCode()).as(cli.err()).isZero();
        assertThat(cli.err()).isEmpty();
        JsonNode doc = JSON.readTree(cli.out());
        assertThat(schemaErrors(doc)).isEmpty();
        JsonNode drift = doc.get("drift");
        assertThat(drift.get("observed").get("inputs").get(0).stringValue()).endsWith("modbus-and-non-modbus-p502.pcap");
        assertThat(drift.get("observed").get("packets").intValue()).isEqualTo(86);
        assertThat(drift.get("counts").get("hosts_undeclared").intValue()).isEqualTo(1);
        JsonNode office = null;
        for (JsonNode flow : drift.get("flows")) {
            if (flow.get("client").stringValue().equals("10.0.0.9")) {
                office = flow;
            }
        }
        assertThat(office).isNotNull();
        assertThat(office.get("client_element").stringValue()).isEqualTo("asset:office-pc");
        assertThat(office.get("status").stringValue()).isEqualTo("undeclared");
        assertThat(office.get("crosses").booleanValue()).isTrue();
        assertThat(office.get("unexpected_commands").booleanValue()).isTrue();
        assertThat(office.get("operations").get("write").intValue()).isEqualTo(3);
        assertThat(drift.get("connections").get(0).get("status").stringValue()).isEqualTo("never-seen");
        List<String> rules = new ArrayList<>();
        doc.get("findings").forEach(f -> {
            if (f.get("category").stringValue().equals("drift")) {
                rules.add(f.get("rule").stringValue());
            }
        });
        assertThat(rules).contains("OTB-DRIFT-001", "OTB-DRIFT-002", "OTB-DRIFT-003", "OTB-DRIFT-004", "OTB-DRIFT-007");
    }

    @Test
    void withoutCaptureThereIsNoDrift() throws IOException {
        Cli cli = Cli.run("assess", model(PLANT).toString(), "--format", "json", "--today", TODAY);
        assertThat(cli.exitCode()).isZero();
        JsonNode doc = JSON.readTree(cli.out());
        assertThat(doc.get("drift").isNull()).isTrue();
        doc.get("findings").forEach(f -> assertThat(f.get("category").stringValue()).isNotEqualTo("drift"));
    }

    @Test
    void theSummaryTellsWhatWasReadAndFailOnCountsDriftFindings() throws IOException {
        Cli cli = Cli.run("assess", model(PLANT).toString(), "--capture", capture("zeek/modbus-and-non-modbus-p502.pcap"),
                "--capture", capture("icsnpp-dnp3/dnp3_example.pcap"), "--today", TODAY, "--fail-on", "critical");
        assertThat(cli.exitCode()).as("an office PC writing to the PLC of a critical service").isEqualTo(1);
        assertThat(cli.outLines()).hasSizeLessThanOrEqualTo(40).anySatisfy(l -> assertThat(l).startsWith("Drift: "));
        Cli verbose = Cli.run("assess", model(PLANT).toString(), "--capture", capture("zeek/modbus-and-non-modbus-p502.pcap"),
                "--capture", capture("icsnpp-dnp3/dnp3_example.pcap"), "--today", TODAY, "--verbose");
        assertThat(verbose.out()).contains("Observed traffic (2 inputs, 920 packets)", "OTB-DRIFT-002");
    }

    @Test
    void everyFormatIsWrittenWithDrift() throws IOException {
        Path plant = model(PLANT);
        for (String name : List.of("report.html", "findings.sarif", "findings.csv", "report.xlsx", "summary.md")) {
            Path out = dir.resolve(name);
            Cli cli = Cli.run("assess", plant.toString(), "--capture", capture("zeek/modbus-and-non-modbus-p502.pcap"),
                    "--today", TODAY, "-o", out.toString());
            assertThat(cli.exitCode()).as(name + ": " + cli.err()).isZero();
            assertThat(Files.size(out)).as(name).isPositive();
            if (!name.endsWith(".xlsx")) {
                assertThat(Files.readString(out, StandardCharsets.UTF_8)).as(name).contains("OTB-DRIFT-002");
            }
        }
        assertThat(Files.readString(dir.resolve("report.html"))).contains("Observed against declared");
        assertThat(Files.readString(dir.resolve("summary.md"))).contains("## Observed traffic");
    }

    @Test
    void aDiscoveredInventoryAndAFolderOfThemAreInputsToo() throws IOException {
        Path inventories = Files.createDirectories(dir.resolve("fleet"));
        for (String[] part : new String[][] {{"zeek/modbus-and-non-modbus-p502.pcap", "a.json"},
            {"icsnpp-dnp3/dnp3_example.pcap", "b.json"}}) {
            Cli discover = Cli.run("discover", capture(part[0]), "-o", inventories.resolve(part[1]).toString());
            assertThat(discover.exitCode()).as(discover.err()).isZero();
        }
        Path plant = model(PLANT);
        Cli fromCaptures = Cli.run("assess", plant.toString(), "--capture", capture("zeek/modbus-and-non-modbus-p502.pcap"),
                "--capture", capture("icsnpp-dnp3/dnp3_example.pcap"), "--format", "json", "--today", TODAY);
        Cli fromFolder = Cli.run("assess", plant.toString(), "--capture", inventories.toString(), "--format", "json",
                "--today", TODAY);
        assertThat(fromFolder.exitCode()).as(fromFolder.err()).isZero();
        JsonNode a = JSON.readTree(fromCaptures.out());
        JsonNode b = JSON.readTree(fromFolder.out());
        assertThat(b.get("findings")).isEqualTo(a.get("findings"));
        assertThat(b.get("drift").get("counts")).isEqualTo(a.get("drift").get("counts"));
        assertThat(b.get("drift").get("flows")).isEqualTo(a.get("drift").get("flows"));
    }

    @Test
    void anUnreadableCaptureIsOneLineExit2AndNothingWritten() throws IOException {
        Path notes = dir.resolve("notes.txt");
        Files.writeString(notes, "not a capture", StandardCharsets.UTF_8);
        Path out = dir.resolve("out.json");
        Cli cli = Cli.run("assess", model(PLANT).toString(), "--capture", notes.toString(), "-o", out.toString());
        assertThat(cli.exitCode()).isEqualTo(2);
        assertThat(cli.err().lines()).singleElement().asString().startsWith(notes + ": not a capture");
        assertThat(out).doesNotExist();

        Path broken = dir.resolve("inventory.json");
        Files.writeString(broken, "{\"schema\": \"otbridge.inventory/1\",\n \"flows\": [{\"src\": \"x\"}]}",
                StandardCharsets.UTF_8);
        Cli bad = Cli.run("assess", model(PLANT).toString(), "--capture", broken.toString());
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err().lines()).containsExactly(broken + ":2:20: 'x' is neither an IP nor a MAC address");
    }

    @Test
    void theOutputMayNotOverwriteACapture() {
        Path capture = CAPTURES.resolve("icsnpp-dnp3/dnp3_example.pcap");
        Cli cli = Cli.run("assess", "--capture", capture.toString(), "-o", capture.toString(), "--format", "json");
        assertThat(cli.exitCode()).isEqualTo(2);
        assertThat(cli.err()).contains("is the input");
    }

    @Test
    void diffAssessesBothModelsAgainstTheSameTraffic() throws IOException {
        Path old = model(PLANT);
        Path fixed = dir.resolve("fixed.yaml");
        Files.writeString(fixed, PLANT.replace("type: workstation", "type: engineering-workstation"), StandardCharsets.UTF_8);
        Cli cli = Cli.run("diff", old.toString(), fixed.toString(), "--capture", capture("zeek/modbus-and-non-modbus-p502.pcap"),
                "--today", TODAY, "--format", "json");
        assertThat(cli.exitCode()).as(cli.err()).isZero();
        JsonNode diff = JSON.readTree(cli.out());
        List<String> fixedRules = new ArrayList<>();
        diff.get("findings").get("fixed").forEach(f -> fixedRules.add(f.get("rule").stringValue()));
        assertThat(fixedRules).contains("OTB-DRIFT-002");
        boolean commands = false;
        for (JsonNode change : diff.get("drift_changed")) {
            if (change.get("count").stringValue().equals("unexpected_command_flows")) {
                commands = true;
                assertThat(change.get("before").intValue()).isEqualTo(1);
                assertThat(change.get("after").intValue()).isZero();
            }
        }
        assertThat(commands).isTrue();
    }
}
