package org.otbridge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.otbridge.model.schema.JsonSchemaWriter;

class InitCommandTest {

    @TempDir
    Path dir;

    private static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    private static String starterResource() throws IOException {
        return read(Path.of("src", "main", "resources", "org", "otbridge", "cli", "init", "model.yaml"));
    }

    @Test
    void writesTheStarterModelAndTheSchema() throws IOException {
        Cli cli = Cli.run("init", dir.toString());
        assertThat(cli.exitCode()).isZero();
        assertThat(cli.err()).isEmpty();
        assertThat(read(dir.resolve("model.yaml"))).isEqualTo(starterResource());
        assertThat(read(dir.resolve("otbridge.schema.json"))).isEqualTo(new JsonSchemaWriter().toJson());
        assertThat(cli.out()).contains("model.yaml", "otbridge.schema.json", "otbridge check");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .as("nothing but the two files, no temporary leftovers")
                    .containsExactlyInAnyOrder("model.yaml", "otbridge.schema.json");
        }
    }

    @Test
    void theWrittenModelPassesCheck() {
        assertThat(Cli.run("init", dir.toString()).exitCode()).isZero();
        Cli check = Cli.run("check", dir.toString());
        assertThat(check.outLines()).singleElement().asString().startsWith("OK My Utility: ");
        assertThat(check.exitCode()).isZero();
    }

    @Test
    void theStarterModelReportsOnlyTheFindingItTeaches() throws IOException {
        Cli.run("init", dir.toString());
        String starter = Files.readString(dir.resolve(InitCommand.MODEL_FILE));
        Cli cli = Cli.run("assess", dir.toString(), "--format", "json", "--today", "2026-12-04");
        assertThat(cli.exitCode()).as(cli.err()).isZero();
        JsonNode doc = JsonMapper.builder().build().readTree(cli.out());
        List<String> findings = new ArrayList<>();
        doc.get("findings").forEach(f -> findings.add(f.get("rule").stringValue()));
        // Each finding the starter keeps is explained in a comment where it arises.
        assertThat(findings).containsExactly("OTB-CONT-019");
        assertThat(starter).contains("Taught on purpose", "OTB-CONT-019");
    }

    @Test
    void theStarterModelPointsEditorsAtTheSchemaItWrites() throws IOException {
        Cli.run("init", dir.toString());
        assertThat(read(dir.resolve("model.yaml"))).startsWith("# yaml-language-server: $schema=otbridge.schema.json");
    }

    @Test
    void aSecondInitRefusesAndLeavesTheFilesAlone() throws IOException {
        assertThat(Cli.run("init", dir.toString()).exitCode()).isZero();
        Files.writeString(dir.resolve("model.yaml"), "# my own model\n", StandardCharsets.UTF_8);
        String schema = read(dir.resolve("otbridge.schema.json"));

        Cli again = Cli.run("init", dir.toString());

        assertThat(again.exitCode()).isEqualTo(2);
        assertThat(again.err()).contains("model.yaml").contains("exists; nothing written");
        assertThat(again.out()).isEmpty();
        assertThat(read(dir.resolve("model.yaml"))).isEqualTo("# my own model\n");
        assertThat(read(dir.resolve("otbridge.schema.json"))).isEqualTo(schema);
    }

    @Test
    void anExistingSchemaAloneAlsoStopsInitBeforeWritingAnything() throws IOException {
        Files.writeString(dir.resolve("otbridge.schema.json"), "{}", StandardCharsets.UTF_8);
        Cli cli = Cli.run("init", dir.toString());
        assertThat(cli.exitCode()).isEqualTo(2);
        assertThat(cli.err()).contains("otbridge.schema.json").contains("exists; nothing written");
        assertThat(dir.resolve("model.yaml")).doesNotExist();
        assertThat(read(dir.resolve("otbridge.schema.json"))).isEqualTo("{}");
    }

    @Test
    void createsTheFolderWhenItDoesNotExistYet() {
        Path site = dir.resolve("sites/north");
        assertThat(Cli.run("init", site.toString()).exitCode()).isZero();
        assertThat(site.resolve("model.yaml")).isRegularFile();
        assertThat(site.resolve("otbridge.schema.json")).isRegularFile();
    }
}
