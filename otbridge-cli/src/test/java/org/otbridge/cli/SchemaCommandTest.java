package org.otbridge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.otbridge.model.schema.JsonSchemaWriter;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class SchemaCommandTest {

    @TempDir
    Path dir;

    @Test
    void printsTheSchemaAsJson() {
        Cli cli = Cli.run("schema");
        assertThat(cli.exitCode()).isZero();
        assertThat(cli.err()).isEmpty();
        JsonNode schema = JsonMapper.builder().build().readTree(cli.out());
        assertThat(schema.get("$schema").asString()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
        assertThat(schema.get("$id").asString()).isEqualTo(JsonSchemaWriter.SCHEMA_ID);
        assertThat(schema.path("properties").has("assets")).isTrue();
        assertThat(schema.path("properties").path("connections").path("items").path("properties").has("initiator")).isTrue();
        assertThat(cli.out()).isEqualTo(new JsonSchemaWriter().toJson());
    }

    @Test
    void writesTheSchemaToAFileWithOutput() throws IOException {
        Path file = dir.resolve("editor/otbridge.schema.json");
        Cli cli = Cli.run("schema", "-o", file.toString());
        assertThat(cli.exitCode()).isZero();
        assertThat(cli.out()).isEmpty();
        assertThat(cli.err()).isEmpty();
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(new JsonSchemaWriter().toJson());
        try (Stream<Path> files = Files.list(file.getParent())) {
            assertThat(files).as("no temporary file is left behind").containsExactly(file);
        }
    }

    @Test
    void replacesAnOlderSchemaFile() throws IOException {
        Path file = dir.resolve("otbridge.schema.json");
        Files.writeString(file, "{\"old\": true}", StandardCharsets.UTF_8);
        assertThat(Cli.run("schema", "--output", file.toString()).exitCode()).isZero();
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(new JsonSchemaWriter().toJson());
    }
}
