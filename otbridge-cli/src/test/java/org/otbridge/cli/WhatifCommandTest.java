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

class WhatifCommandTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** One server behind two services, one with a fallback; an office that reaches it. */
    private static final String SMALL = """
            organization: {name: Small Utility}
            zones:
              - {id: corp, domain: it, level: 4}
              - {id: cc, domain: ot, level: 2}
            assets:
              - {id: office, type: workstation, zone: corp}
              - {id: scada, type: scada-server, zone: cc}
              - {id: plc-1, type: plc, zone: cc}
            connections:
              - {id: office-scada, from: asset:office, to: asset:scada, protocol: rdp, auth: password}
            services:
              - id: pumping
                impact: {supply: critical}
                max_tolerable_downtime: 4h
                requires: [asset:scada, asset:plc-1]
                fallback: {description: Local control, capacity: 60%, sustainable_for: 24h}
              - id: billing
                impact: {financial: medium}
                max_tolerable_downtime: 2d
                requires: [asset:scada]
            scenarios:
              - {id: server-dies, name: SCADA server dies, fail: [asset:scada]}
              - {id: phishing, name: Phishing, compromise: [zone:corp]}
            """;

    @TempDir
    Path dir;

    private Path model() throws IOException {
        Path file = dir.resolve("site.yaml");
        Files.writeString(file, SMALL, StandardCharsets.UTF_8);
        return file;
    }

    private static List<String> keys(JsonNode node) {
        return new ArrayList<>(node.propertyNames());
    }

    @Test
    void nothingToTryIsAUsageError() {
        Cli cli = Cli.run("whatif");
        assertThat(cli.exitCode()).isEqualTo(2);
        assertThat(cli.err().lines()).singleElement().asString()
                .contains("give --fail REF, --compromise REF or --scenario ID").contains("see otbridge whatif --help");
        assertThat(cli.out()).isEmpty();
    }

    @Test
    void failingTheServerLosesOneServiceAndDegradesTheOther() throws IOException {
        Cli cli = Cli.run("whatif", model().toString(), "--fail", "asset:scada");
        assertThat(cli.exitCode()).as(cli.err()).isZero();
        assertThat(cli.out()).startsWith("Small Utility: what if asset:scada fails\n")
                .contains("service:billing [medium]: lost at once; tolerable 2d")
                .contains("service:pumping [critical] (fallback at 60%): degraded at once, lost after 1d; tolerable 4h")
                .contains("  after 1d 4h    service:pumping down longer than it can tolerate (4h)");
        assertThat(cli.err()).isEmpty();
    }

    /**
     * An office PC reaches nothing a service needs, but it reaches the UPS card's management
     * interface: the service can still be stopped, and the text must say so.
     */
    @Test
    void aServiceStoppableOnlyThroughAManagementInterfaceIsNamed() throws IOException {
        Path file = dir.resolve("ups.yaml");
        Files.writeString(file, """
                organization: {name: Water Works}
                services:
                  - id: supply
                    impact: {supply: critical}
                    max_tolerable_downtime: 4h
                    requires: [asset:scada-1]
                zones:
                  - {id: office, domain: it, level: 4}
                  - {id: control, domain: ot, level: 2}
                assets:
                  - {id: pc-1, type: workstation, zone: office}
                  - {id: scada-1, type: scada, zone: control, requires: [asset:ups-1]}
                  - {id: ups-1, type: ups, zone: control,
                     management: {zones: [office], protocols: [https], auth: password}}
                """, StandardCharsets.UTF_8);
        Cli cli = Cli.run("whatif", file.toString(), "--compromise", "zone:office");
        assertThat(cli.exitCode()).as(cli.err()).isZero();
        assertThat(cli.out()).doesNotContain("No service needs an asset the attacker reaches")
                .contains("Services the attacker could stop").contains("service:supply: lost at once")
                .contains("asset:ups-1");
    }

    @Test
    void unknownReferenceExitsTwoNamingItWithTheClosestId() throws IOException {
        Cli cli = Cli.run("whatif", model().toString(), "--fail", "asset:scdaa");
        assertThat(cli.exitCode()).isEqualTo(2);
        assertThat(cli.err()).isEqualTo("otbridge whatif: asset:scdaa is not in the model; did you mean asset:scada?\n");
        assertThat(cli.out()).isEmpty();

        Cli kind = Cli.run("whatif", model().toString(), "--fail", "zone:scada");
        assertThat(kind.exitCode()).isEqualTo(2);
        assertThat(kind.err()).contains("zone:scada is not in the model; did you mean asset:scada?");

        Cli bare = Cli.run("whatif", model().toString(), "--compromise", "ofice");
        assertThat(bare.exitCode()).isEqualTo(2);
        assertThat(bare.err()).contains("'ofice' in --compromise is not in the model; did you mean asset:office?");

        Cli prefix = Cli.run("whatif", model().toString(), "--fail", "aset:scada");
        assertThat(prefix.exitCode()).isEqualTo(2);
        assertThat(prefix.err()).contains("unknown kind 'aset'").contains("did you mean 'asset:scada'?");

        Cli wrongKind = Cli.run("whatif", model().toString(), "--compromise", "connection:office-scada");
        assertThat(wrongKind.exitCode()).isEqualTo(2);
        assertThat(wrongKind.err()).contains("connection:office-scada cannot be compromised");
    }

    @Test
    void bareIdsAndCommaListsAreAccepted() throws IOException {
        Cli cli = Cli.run("whatif", model().toString(), "--fail", "scada,plc-1", "--format", "json");
        assertThat(cli.exitCode()).as(cli.err()).isZero();
        JsonNode doc = JSON.readTree(cli.out());
        assertThat(doc.get("fail").values()).extracting(JsonNode::stringValue)
                .containsExactly("asset:scada", "asset:plc-1");
    }

    @Test
    void jsonHasTheWhatifSchemaAndBothParts() throws IOException {
        Cli cli = Cli.run("whatif", model().toString(), "--fail", "asset:scada", "--compromise", "zone:corp",
                "--format", "json");
        assertThat(cli.exitCode()).as(cli.err()).isZero();
        JsonNode doc = JSON.readTree(cli.out());
        assertThat(keys(doc)).containsExactly("schema", "model", "scenario", "fail", "compromise", "notes",
                "down_count", "down", "lost", "degraded", "unsupported", "reached_count", "reached",
                "services_at_risk", "services_stoppable");
        assertThat(doc.get("schema").stringValue()).isEqualTo("otbridge.whatif/1");
        assertThat(doc.get("model").get("name").stringValue()).isEqualTo("Small Utility");
        assertThat(doc.get("scenario").isNull()).isTrue();
        assertThat(doc.get("lost").get(0).get("service").stringValue()).isEqualTo("service:billing");
        assertThat(doc.get("degraded").get(0).get("lost_after").stringValue()).isEqualTo("1d");
        assertThat(doc.get("degraded").get(0).get("restore_within").stringValue()).isEqualTo("28h");
        JsonNode atRisk = doc.get("services_at_risk").get(0);
        assertThat(atRisk.get("service").stringValue()).isEqualTo("service:pumping");
        assertThat(atRisk.get("target").stringValue()).isEqualTo("asset:plc-1");
        assertThat(atRisk.get("steps").values()).extracting(JsonNode::stringValue)
                .containsExactly("zone:corp", "asset:office", "asset:scada", "zone:cc", "asset:plc-1");
    }

    @Test
    void aScenarioOfTheModelRunsByItsId() throws IOException {
        Cli cli = Cli.run("whatif", model().toString(), "--scenario", "server-dies", "--format", "json");
        assertThat(cli.exitCode()).as(cli.err()).isZero();
        JsonNode doc = JSON.readTree(cli.out());
        assertThat(doc.get("scenario").get("id").stringValue()).isEqualTo("server-dies");
        assertThat(doc.get("scenario").get("name").stringValue()).isEqualTo("SCADA server dies");
        assertThat(doc.get("fail").get(0).stringValue()).isEqualTo("asset:scada");
        assertThat(doc.get("down_count").intValue()).isEqualTo(4);

        Cli text = Cli.run("whatif", model().toString(), "--scenario", "phishing");
        assertThat(text.exitCode()).isZero();
        assertThat(text.out()).startsWith("Small Utility: scenario phishing, Phishing\n")
                .contains("  compromise: zone:corp").contains("service:pumping [critical]: asset:plc-1 (plc)");

        Cli more = Cli.run("whatif", model().toString(), "--scenario", "phishing", "--fail", "asset:plc-1",
                "--format", "json");
        JsonNode both = JSON.readTree(more.out());
        assertThat(both.get("scenario").isNull()).as("with extra refs it is a case of its own").isTrue();
        assertThat(both.get("compromise").get(0).stringValue()).isEqualTo("zone:corp");
        assertThat(both.get("fail").get(0).stringValue()).isEqualTo("asset:plc-1");
    }

    @Test
    void unknownScenarioExitsTwoWithASuggestion() throws IOException {
        Cli cli = Cli.run("whatif", model().toString(), "--scenario", "server-die");
        assertThat(cli.exitCode()).isEqualTo(2);
        assertThat(cli.err()).isEqualTo("otbridge whatif: the model has no scenario 'server-die'; did you mean "
                + "'server-dies'?\n");
        Cli far = Cli.run("whatif", model().toString(), "--scenario", "flood");
        assertThat(far.err()).contains("its scenarios: server-dies, phishing");
    }

    @Test
    void bundledExampleByDefault() {
        Cli cli = Cli.run("whatif", "--fail", "asset:scada-hp");
        assertThat(cli.exitCode()).as(cli.err()).isZero();
        assertThat(cli.out()).contains("service:steam-supply").contains("lost at once; tolerable 2h")
                .contains("service:heat-prod");

        Cli scenario = Cli.run("whatif", "--scenario", "telemetrik-gone");
        assertThat(scenario.exitCode()).isZero();
        assertThat(scenario.out()).contains("asset:fep-heat");
    }

    @Test
    void outputFileIsWrittenWholeAndJsonByItsName() throws IOException {
        Path out = dir.resolve("reports/whatif.json");
        Cli cli = Cli.run("whatif", model().toString(), "--fail", "asset:scada", "-o", out.toString());
        assertThat(cli.exitCode()).as(cli.err()).isZero();
        assertThat(cli.out()).startsWith("Wrote " + out + ": 4 down, 1 lost, 1 degraded");
        assertThat(JSON.readTree(Files.readString(out)).get("schema").stringValue()).isEqualTo("otbridge.whatif/1");
        try (Stream<Path> files = Files.list(out.getParent())) {
            assertThat(files.map(p -> p.getFileName().toString()).toList()).containsExactly("whatif.json");
        }
        Path txt = dir.resolve("whatif.txt");
        assertThat(Cli.run("whatif", model().toString(), "--fail", "asset:scada", "-o", txt.toString()).exitCode())
                .isZero();
        assertThat(Files.readString(txt)).startsWith("Small Utility: what if asset:scada fails");
    }

    @Test
    void badInputExitsTwo() throws IOException {
        Path broken = dir.resolve("broken.yaml");
        Files.writeString(broken, "assets:\n  - {id: a, type: plcc}\n", StandardCharsets.UTF_8);
        Cli cli = Cli.run("whatif", broken.toString(), "--fail", "asset:a");
        assertThat(cli.exitCode()).isEqualTo(2);
        assertThat(cli.err()).contains("broken.yaml:2:");

        Cli format = Cli.run("whatif", model().toString(), "--fail", "asset:scada", "--format", "html");
        assertThat(format.exitCode()).isZero();
        assertThat(format.out()).startsWith("<!DOCTYPE html>");
        Cli unknown = Cli.run("whatif", model().toString(), "--fail", "asset:scada", "--format", "pdf");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("unknown format 'pdf'; use --format text or --format json");

        Cli folder = Cli.run("whatif", model().toString(), "--fail", "asset:scada", "-o", dir.toString());
        assertThat(folder.exitCode()).isEqualTo(2);
    }

    @Test
    void optionsAndModelComeInAnyOrder() throws IOException {
        Path site = model();
        Cli before = Cli.run("whatif", site.toString(), "--fail", "asset:scada", "--format", "json");
        Cli after = Cli.run("whatif", "--fail", "asset:scada", "--format", "json", site.toString());
        assertThat(after.exitCode()).as(after.err()).isZero();
        assertThat(after.out()).isEqualTo(before.out()).contains("asset:scada");
    }
}
