package org.otbridge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckCommandTest {

    @TempDir
    Path dir;

    private Path write(String name, String yaml) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, yaml, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void withoutAModelItChecksTheBundledExample() {
        Cli cli = Cli.run("check");
        assertThat(cli.outLines()).as("output of 'otbridge check' on the bundled example").hasSize(1);
        assertThat(cli.outLines().get(0)).startsWith("OK ").contains(" assets", " zones", " services")
                .matches("OK .+: \\d+ assets, .* in \\d+ files");
        assertThat(cli.err()).isEmpty();
        assertThat(cli.exitCode()).isZero();
    }

    @Test
    void validModelPrintsOneOkLineWithCounts() throws IOException {
        Path model = write("model.yaml", """
                organization:
                  name: Test Utility
                  units: [{id: ops, discipline: operations}]
                zones:
                  - {id: cc, domain: ot}
                assets:
                  - {id: plc-1, type: plc, zone: cc}
                  - {id: plc-2, type: plc, zone: cc}
                """);
        Cli cli = Cli.run("check", model.toString());
        assertThat(cli.out()).isEqualTo("OK Test Utility: 2 assets, 1 zones, 0 connections, 0 services, 0 suppliers, "
                + "0 controls, 0 people, 1 units, 0 responsibilities, 0 scenarios, 0 exceptions in 1 file"
                + System.lineSeparator());
        assertThat(cli.err()).isEmpty();
        assertThat(cli.exitCode()).isZero();
    }

    @Test
    void anOtAssetNoServiceNeedsIsAWarningBeforeTheOkLineAndNoFailure() throws IOException {
        Path model = write("model.yaml", """
                zones:
                  - {id: cc, domain: ot}
                  - {id: sub, domain: ot, flat: false}
                  - {id: corp, domain: it}
                assets:
                  - {id: scada, type: scada-server, zone: cc}
                  - {id: hmi, type: hmi, zone: cc}
                  - {id: relay, type: protection-relay, zone: sub}
                  - {id: pc, type: workstation, zone: corp}
                services:
                  - {id: heat, impact: {supply: critical}, requires: [asset:scada]}
                """);
        Cli cli = Cli.run("check", model.toString());
        // hmi shares the flat zone cc with scada, and pc is not OT: only the relay has no consequence.
        assertThat(cli.outLines()).hasSize(2);
        assertThat(cli.outLines().get(0)).isEqualTo("warning: " + model + ":8:5: asset 'relay' sits in ot zone 'sub' "
                + "but no service requires it, nor anything it shares a flat zone with or connects to, so its findings "
                + "are judged as touching no service (lower severity); add it to the requires of the services that "
                + "need it");
        assertThat(cli.outLines().get(1)).startsWith("OK model: 4 assets");
        assertThat(cli.exitCode()).isZero();
    }

    @Test
    void folderIsCheckedAsOneModel() throws IOException {
        write("site/zones.yaml", "zones:\n  - {id: cc, domain: ot}\n");
        write("site/assets.yml", "assets:\n  - {id: plc-1, type: plc, zone: cc}\n");
        Cli cli = Cli.run("check", dir.resolve("site").toString());
        assertThat(cli.outLines()).singleElement().asString().startsWith("OK model: 1 assets, 1 zones").endsWith(" in 2 files");
        assertThat(cli.exitCode()).isZero();
    }

    @Test
    void danglingReferenceIsOneLineWithFileLineColumnAndSuggestion() throws IOException {
        Path model = write("model.yaml", """
                zones:
                  - {id: cc, domain: ot}
                assets:
                  - {id: plc-pump-1, type: plc, zone: cc}
                  - {id: hmi, type: hmi, zone: cc, requires: [asset:plc-pump-9]}
                """);
        Cli cli = Cli.run("check", model.toString());
        assertThat(cli.outLines()).containsExactly(
                model + ":5:47: asset:plc-pump-9 is not defined; did you mean asset:plc-pump-1?");
        assertThat(cli.err()).isEmpty();
        assertThat(cli.exitCode()).isEqualTo(2);
    }

    @Test
    void misspeltFieldIsOneLineWithDidYouMean() throws IOException {
        Path model = write("model.yaml", """
                connections:
                  - id: vendor-ra
                    from: internet
                    to: removable-media
                    initator: from
                """);
        Cli cli = Cli.run("check", model.toString());
        assertThat(cli.outLines()).containsExactly(
                model + ":5:5: unknown field 'initator' in connection 'vendor-ra'; did you mean 'initiator'?");
        assertThat(cli.err()).isEmpty();
        assertThat(cli.exitCode()).isEqualTo(2);
    }

    @Test
    void everyProblemIsPrintedInFileOrder() throws IOException {
        write("site/a.yaml", "zones:\n  - {id: cc, domain: otx}\n");
        write("site/b.yaml", "assets:\n  - {id: a, type: plc, zone: cx}\n");
        Cli cli = Cli.run("check", dir.resolve("site").toString());
        assertThat(cli.outLines()).containsExactly(
                dir.resolve("site/a.yaml") + ":2:22: unknown domain 'otx' in zone 'cc'; did you mean 'ot'? "
                        + "(one of: it, dmz, ot, safety, external)",
                dir.resolve("site/b.yaml") + ":2:30: zone:cx is not defined; did you mean zone:cc?");
        assertThat(cli.exitCode()).isEqualTo(2);
    }

    @Test
    void elementsWithoutTheirIdAreBadInputNotAnInternalError() throws IOException {
        Path model = write("model.yaml", """
                organization:
                  units:
                    - {name: Operations, discipline: operations}
                  people:
                    - {id: anna, unit: ops}
                """);
        Cli cli = Cli.run("check", model.toString());
        assertThat(cli.outLines()).containsExactly(
                model + ":3:7: unit of organization is missing the required field 'id'",
                model + ":5:24: unit:ops is not defined; no unit is defined");
        assertThat(cli.err()).isEmpty();
        assertThat(cli.exitCode()).isEqualTo(2);
    }

    @Test
    void malformedYamlIsOneLineNamingTheLine() throws IOException {
        Path model = write("model.yaml", "zones:\n  - {id: cc, domain: ot\n");
        Cli cli = Cli.run("check", model.toString());
        assertThat(cli.outLines()).singleElement().asString().startsWith(model + ":3:1: YAML syntax error: ")
                .contains("line 2");
        assertThat(cli.err()).isEmpty();
        assertThat(cli.exitCode()).isEqualTo(2);
    }

    @Test
    void nonexistentPathIsOneLineNamingIt() {
        Path missing = dir.resolve("no-such-model.yaml");
        Cli cli = Cli.run("check", missing.toString());
        assertThat(cli.outLines()).containsExactly(missing + ":1:1: no such file or folder");
        assertThat(cli.err()).isEmpty();
        assertThat(cli.exitCode()).isEqualTo(2);
    }

    @Test
    void unknownOptionIsOneLineOnStandardErrorPointingToHelp() {
        Cli cli = Cli.run("check", "--frobnicate");
        assertThat(cli.exitCode()).isEqualTo(2);
        assertThat(cli.out()).isEmpty();
        assertThat(cli.err().lines()).singleElement().asString()
                .isEqualTo("otbridge check: Unknown option: '--frobnicate' (see otbridge check --help)");
    }
}
