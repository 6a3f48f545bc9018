package org.otbridge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code otbridge diff} on the bundled example and a copy with one new office-to-SCADA connection:
 * exactly that meeting point is new, its findings are new, and --fail-on high fails the run.
 */
class DiffCommandTest {

    static final Path EXAMPLE = Path.of("..", "examples", "nordvik-energi");
    static final String TODAY = "2026-03-01";
    static final String NEW_CONNECTION = """

              - id: office-scada-rdp
                name: Remote desktop from the office to the heat plant SCADA server
                from: zone:corp
                to: asset:scada-hp
                protocol: rdp
                ports: [3389]
                initiator: from
                auth: password
                encrypted: true
                always_on: true
                purpose: Convenience access for the duty engineer from the office.
            """.stripIndent().indent(0);

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    static Path temp;
    static Path before;
    static Path after;

    @BeforeAll
    static void copies() throws IOException {
        before = temp.resolve("before");
        after = temp.resolve("after");
        copy(EXAMPLE, before);
        copy(EXAMPLE, after);
        Path connections = after.resolve("08-connections.yaml");
        Files.writeString(connections, Files.readString(connections) + NEW_CONNECTION.replace("\n  ", "\n  "));
    }

    static void copy(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path file : files.toList()) {
                Files.copy(file, to.resolve(file.getFileName()));
            }
        }
    }

    @Test
    void aNewOfficeToScadaConnectionIsReportedAndFailsThePipeline() {
        Cli run = Cli.run("diff", before.toString(), after.toString(), "--format", "json", "--fail-on", "high",
                "--today", TODAY);
        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isEqualTo(1);
        JsonNode diff = JSON.readTree(run.out());
        assertThat(elements(diff.get("meeting_points_added"))).containsExactly("connection:office-scada-rdp");
        assertThat(diff.get("meeting_points_removed").size()).isZero();
        JsonNode added = diff.get("findings").get("new");
        assertThat(added.size()).isPositive();
        for (JsonNode finding : added) {
            assertThat(finding.get("subjects").toString()).as(finding.get("rule").stringValue())
                    .contains("connection:office-scada-rdp");
        }
        assertThat(added.valueStream().map(f -> f.get("rule").stringValue()))
                .contains("OTB-ARCH-001", "OTB-ARCH-003");
        assertThat(elements(diff.get("shortcuts_added"))).containsExactly("connection:office-scada-rdp");
        // and as the reader counts them: the problems the connection brings, and none fixed
        JsonNode newProblems = diff.get("problems").get("new");
        assertThat(newProblems.size()).isPositive().isLessThan(added.size() + 1);
        for (JsonNode problem : newProblems) {
            assertThat(problem.get("subjects").get(0).stringValue()).isEqualTo("connection:office-scada-rdp");
        }
        assertThat(newProblems.valueStream().map(p -> p.get("severity").stringValue())).contains("critical");
        assertThat(diff.get("problems").get("fixed").size()).isZero();
        Cli text = Cli.run("diff", before.toString(), after.toString(), "--today", TODAY);
        assertThat(text.out()).contains("  problems: " + newProblems.size() + " new, 0 fixed")
                .contains("New problems:\n  CRITICAL  connection:office-scada-rdp: ");
    }

    @Test
    void theSameModelTwiceChangesNothingAndPasses() {
        Cli run = Cli.run("diff", before.toString(), before.toString(), "--fail-on", "info", "--today", TODAY);
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("nothing changed");
    }

    @Test
    void twoJsonResultsCompareLikeTheirModels() throws IOException {
        Path oldJson = temp.resolve("old.json");
        Path newJson = temp.resolve("new.json");
        assertThat(Cli.run("assess", before.toString(), "-o", oldJson.toString(), "--today", TODAY).exitCode()).isZero();
        assertThat(Cli.run("assess", after.toString(), "-o", newJson.toString(), "--today", TODAY).exitCode()).isZero();
        Cli fromJson = Cli.run("diff", oldJson.toString(), newJson.toString(), "--format", "json");
        Cli fromModels = Cli.run("diff", before.toString(), after.toString(), "--format", "json", "--today", TODAY);
        JsonNode a = JSON.readTree(fromJson.out());
        JsonNode b = JSON.readTree(fromModels.out());
        for (String part : List.of("findings", "problems", "meeting_points_added", "shortcuts_added",
                "exposure_changed", "failure_impact_changed", "outage_changed")) {
            assertThat(a.get(part)).as(part).isEqualTo(b.get(part));
        }
        Path markdown = temp.resolve("diff.md");
        Cli md = Cli.run("diff", oldJson.toString(), newJson.toString(), "-o", markdown.toString());
        assertThat(md.exitCode()).isZero();
        assertThat(Files.readString(markdown)).contains("## Meeting points added", "`connection:office-scada-rdp`");
    }

    @Test
    void twoGitRevisionsOfOneFolder() throws IOException, InterruptedException {
        Path repo = temp.resolve("repo");
        Path model = repo.resolve("model");
        copy(EXAMPLE, model);
        git(repo, "init", "-q");
        git(repo, "add", ".");
        git(repo, "-c", "user.name=t", "-c", "user.email=t@example.invalid", "commit", "-q", "-m", "before");
        Files.copy(after.resolve("08-connections.yaml"), model.resolve("08-connections.yaml"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        git(repo, "-c", "user.name=t", "-c", "user.email=t@example.invalid", "commit", "-q", "-am", "after");
        Cli run = Cli.run("diff", "--git", "HEAD~1", "HEAD", model.toString(), "--format", "json", "--fail-on", "high",
                "--today", TODAY);
        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(elements(JSON.readTree(run.out()).get("meeting_points_added"))).containsExactly(
                "connection:office-scada-rdp");
        Cli bad = Cli.run("diff", "--git", "no-such-rev", "HEAD", model.toString());
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err()).startsWith("otbridge diff: git").doesNotContain("\tat ");
    }

    @Test
    void unusableInputIsOneLineAndExitTwo() throws IOException {
        Path broken = temp.resolve("broken.json");
        Files.writeString(broken, "{\"schema\": \"otbridge.assessment/2\",");
        Cli run = Cli.run("diff", broken.toString(), before.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().lines().toList()).hasSize(1).allMatch(l -> l.startsWith(broken + ":"));
        assertThat(Cli.run("diff", before.toString()).exitCode()).isEqualTo(2);
    }

    static List<String> elements(JsonNode list) {
        return list.valueStream().map(n -> n.get("element").stringValue()).toList();
    }

    static void git(Path dir, String... args) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of("git", "-C", dir.toString()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor()).as(output).isZero();
    }
}
