package org.otbridge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.otbridge.analysis.Assessment;
import org.otbridge.analysis.Category;
import org.otbridge.analysis.Finding;
import org.otbridge.analysis.FindingIds;
import org.otbridge.analysis.Mistake;
import org.otbridge.analysis.Severity;
import org.otbridge.model.Model;
import org.otbridge.model.Organization;
import org.otbridge.model.Ref;
import org.otbridge.model.RefKind;
import org.otbridge.model.YamlEnum;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class AssessCommandTest {

    private static final String TODAY = "2026-03-01";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** IT and OT meet at one SQL connection straight from the office network to the historian. */
    private static final String MEETING_MODEL = """
            organization:
              name: Small Utility
              units: [{id: ops, discipline: operations}]
            zones:
              - {id: corp, domain: it}
              - {id: cc, domain: ot}
            assets:
              - {id: erp, type: server, zone: corp}
              - {id: hist, type: historian, zone: cc}
              - {id: plc-1, type: plc, zone: cc}
            connections:
              - {id: erp-hist, from: asset:erp, to: asset:hist, protocol: sql, initiator: from}
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

    /** What --fail-on should give according to the document's own summary. */
    private static int expectedExit(JsonNode doc, Severity threshold) {
        int atOrAbove = 0;
        for (Severity severity : Severity.values()) {
            if (severity.atLeast(threshold)) {
                atOrAbove += doc.get("summary").get(severity.yamlName()).intValue();
            }
        }
        return atOrAbove > 0 ? 1 : 0;
    }

    @Test
    void bundledExampleExitsZeroAndPrintsTheSummary() {
        Cli cli = Cli.run("assess", "--today", TODAY);
        assertThat(cli.exitCode()).isZero();
        assertThat(cli.err()).isEmpty();
        assertThat(cli.outLines().get(0)).startsWith("Nordvik Energi").contains(" assets, ");
        assertThat(cli.out()).contains("Problems: ").contains("--format json");
        assertThat(cli.outLines()).hasSizeLessThanOrEqualTo(40);
    }

    /**
     * The first screen is for the reader who decides: all three mistakes with their state, the
     * first five actions with what each buys, and at least one problem of each mistake by name.
     */
    @Test
    void theFirstScreenShowsTheScorecardTheTopFiveActionsAndAProblemOfEachMistake() {
        Cli cli = Cli.run("assess", "--today", TODAY);
        List<String> screen = cli.outLines().subList(0, Math.min(40, cli.outLines().size()));
        String text = String.join("\n", screen);
        for (Mistake mistake : Mistake.values()) {
            assertThat(screen).as(mistake.title()).anyMatch(l -> l.matches("  (ACT|WATCH|IN ORDER) +"
                    + java.util.regex.Pattern.quote(mistake.title()) + ": .*"));
            // and below the actions, the mistake's heading with at least one problem under it
            int heading = screen.lastIndexOf("  " + mistake.title() + ":");
            assertThat(heading).as("problems of " + mistake.title()).isPositive();
            assertThat(screen.get(heading + 1)).matches("    (CRITICAL|HIGH|MEDIUM|LOW|INFO) +\\S+:\\S+: .*");
        }
        assertThat(text).contains("Do first (5 of 10 actions");
        for (int rank = 1; rank <= 5; rank++) {
            String number = "  " + rank + ". ";
            int at = screen.indexOf(screen.stream().filter(l -> l.startsWith(number)).findFirst().orElseThrow());
            // what it buys, on the lines under it up to the next action
            String buys = String.join(" ", screen.subList(at + 1, Math.min(at + 4, screen.size())).stream()
                    .takeWhile(l -> l.startsWith("     ")).map(String::strip).toList());
            assertThat(buys).as("what action %d buys", rank).matches("Closes .*risk \\d+ -> \\d+\\.");
        }
    }

    @Test
    void jsonToAFileIsWrittenWholeAndLeavesNoTemporaryFile() throws IOException {
        Path report = dir.resolve("out/report.json");
        Cli cli = Cli.run("assess", "--format", "json", "-o", report.toString(), "--today", TODAY);
        assertThat(cli.exitCode()).isZero();
        assertThat(cli.err()).isEmpty();
        assertThat(cli.out()).startsWith("Wrote " + report + ": ").contains(" finding");
        JsonNode doc = JSON.readTree(Files.readString(report));
        assertThat(doc.get("schema").stringValue()).isEqualTo("otbridge.assessment/2");
        assertThat(doc.get("model").get("name").stringValue()).startsWith("Nordvik Energi");
        assertThat(doc.get("meeting_points").size()).isPositive();
        assertThat(filesIn(report.getParent())).containsExactly("report.json");
    }

    @Test
    void outputNamedDotJsonMeansJsonAndOtherNamesMeanText() throws IOException {
        Path report = dir.resolve("report.json");
        assertThat(Cli.run("assess", "-o", report.toString(), "--today", TODAY).exitCode()).isZero();
        assertThat(JSON.readTree(Files.readString(report)).get("schema").stringValue())
                .isEqualTo("otbridge.assessment/2");

        Path summary = dir.resolve("summary.txt");
        assertThat(Cli.run("assess", "-o", summary.toString(), "--today", TODAY).exitCode()).isZero();
        assertThat(Files.readString(summary)).startsWith("Nordvik Energi").contains("--format json");

        Path forced = dir.resolve("forced.json");
        assertThat(Cli.run("assess", "--format", "text", "-o", forced.toString(), "--today", TODAY).exitCode()).isZero();
        assertThat(Files.readString(forced)).startsWith("Nordvik Energi");
        assertThat(filesIn(dir)).containsExactly("forced.json", "report.json", "summary.txt");
    }

    @Test
    void jsonOnStandardOutputIsTheSameBytesOnEveryRun() {
        Cli once = Cli.run("assess", "--format", "json", "--today", TODAY);
        Cli again = Cli.run("assess", "--format", "json", "--today", TODAY);
        assertThat(once.exitCode()).isZero();
        assertThat(once.err()).isEmpty();
        assertThat(JSON.readTree(once.out()).get("schema").stringValue()).isEqualTo("otbridge.assessment/2");
        assertThat(again.out()).isEqualTo(once.out());
    }

    @Test
    void failOnAgreesWithTheSummaryAtEveryLevel() throws IOException {
        Path small = write("small.yaml", MEETING_MODEL);
        for (String model : new String[] {null, small.toString()}) {
            List<String> base = model == null ? List.of("assess") : List.of("assess", model);
            Cli json = Cli.run(Stream.concat(base.stream(), Stream.of("--format", "json", "--today", TODAY))
                    .toArray(String[]::new));
            assertThat(json.exitCode()).as("no --fail-on: always 0").isZero();
            JsonNode doc = JSON.readTree(json.out());
            if (model != null) {
                assertThat(doc.get("meeting_points").size()).as("erp-hist crosses IT/OT").isEqualTo(1);
            }
            for (Severity threshold : Severity.values()) {
                Cli cli = Cli.run(Stream.concat(base.stream(),
                        Stream.of("--fail-on", threshold.yamlName(), "--today", TODAY)).toArray(String[]::new));
                assertThat(cli.exitCode()).as(model + " --fail-on " + threshold.yamlName())
                        .isEqualTo(expectedExit(doc, threshold));
                assertThat(cli.err()).isEmpty();
            }
        }
    }

    @Test
    void failOnCountsOnlyFindingsAtOrAboveItThatAreNotAccepted() {
        Finding high = finding(Severity.HIGH, false);
        Finding acceptedCritical = finding(Severity.CRITICAL, true);
        Assessment assessment = Assessment.of(emptyModel(), List.of(high, acceptedCritical),
                org.otbridge.analysis.Sections.empty());
        assertThat(AssessCommand.exitStatus(assessment, null)).isZero();
        assertThat(AssessCommand.exitStatus(assessment, Severity.CRITICAL)).as("the critical one is accepted").isZero();
        assertThat(AssessCommand.exitStatus(assessment, Severity.HIGH)).isEqualTo(1);
        assertThat(AssessCommand.exitStatus(assessment, Severity.INFO)).isEqualTo(1);
        Assessment clean = Assessment.of(emptyModel(), List.of(), org.otbridge.analysis.Sections.empty());
        for (Severity threshold : Severity.values()) {
            assertThat(AssessCommand.exitStatus(clean, threshold)).isZero();
        }
    }

    @Test
    void failOnAcceptsUpperCaseAndRejectsUnknownSeverities() {
        assertThat(Cli.run("assess", "--fail-on", "HIGH", "--today", TODAY).err()).isEmpty();
        Cli cli = Cli.run("assess", "--fail-on", "severe", "--today", TODAY);
        assertThat(cli.exitCode()).isEqualTo(2);
        assertThat(cli.out()).isEmpty();
        assertThat(cli.err()).contains("unknown severity 'severe'").contains(
                String.join(", ", YamlEnum.names(Severity.class)));
    }

    @Test
    void badModelExitsTwoWithFileLineColumnAndWritesNothing() throws IOException {
        Path model = write("model.yaml", """
                zones:
                  - {id: cc, domain: ot}
                assets:
                  - {id: plc-pump-1, type: plc, zone: cc}
                  - {id: hmi, type: hmi, zone: cc, requires: [asset:plc-pump-9]}
                """);
        Path report = dir.resolve("report.json");
        Cli cli = Cli.run("assess", model.toString(), "--format", "json", "-o", report.toString());
        assertThat(cli.exitCode()).isEqualTo(2);
        assertThat(cli.out()).isEmpty();
        assertThat(cli.err().lines().toList()).containsExactly(
                model + ":5:47: asset:plc-pump-9 is not defined; did you mean asset:plc-pump-1?");
        assertThat(report).doesNotExist();
        assertThat(filesIn(dir)).containsExactly("model.yaml");
    }

    @Test
    void badModelLeavesAnEarlierReportUntouched() throws IOException {
        Path model = write("model.yaml", "zones:\n  - {id: cc, domain: ot\n");
        Path report = write("report.json", "{\"earlier\": true}\n");
        Cli cli = Cli.run("assess", model.toString(), "-o", report.toString());
        assertThat(cli.exitCode()).isEqualTo(2);
        assertThat(cli.err()).startsWith(model + ":3:1: YAML syntax error");
        assertThat(Files.readString(report)).isEqualTo("{\"earlier\": true}\n");
        assertThat(filesIn(dir)).containsExactly("model.yaml", "report.json");
    }

    @Test
    void missingModelIsBadInput() {
        Path missing = dir.resolve("nowhere.yaml");
        Cli cli = Cli.run("assess", missing.toString());
        assertThat(cli.exitCode()).isEqualTo(2);
        assertThat(cli.err()).isEqualTo(missing + ":1:1: no such file or folder" + System.lineSeparator());
        assertThat(cli.out()).isEmpty();
    }

    @Test
    void unknownFormatIsBadInput() {
        Cli cli = Cli.run("assess", "--format", "pdf");
        assertThat(cli.exitCode()).isEqualTo(2);
        assertThat(cli.out()).isEmpty();
        assertThat(cli.err()).contains("unknown format 'pdf'").contains("--format text or --format json");
    }

    @Test
    void everyReportFormatIsChosenByNameOrByTheFileEnding() throws IOException {
        for (var format : org.otbridge.report.format.Formats.assessment().formats()) {
            Path byEnding = dir.resolve("report" + format.fileEndings().get(0));
            Cli cli = Cli.run("assess", "-o", byEnding.toString());
            assertThat(cli.exitCode()).as(format.name()).isZero();
            assertThat(Files.size(byEnding)).as(format.name()).isPositive();
        }
        assertThat(Files.readString(dir.resolve("report.html"))).startsWith("<!DOCTYPE html>");
        assertThat(Files.readString(dir.resolve("report.sarif"))).contains("\"version\":\"2.1.0\"");
        Cli binary = Cli.run("assess", "--format", "xlsx");
        assertThat(binary.exitCode()).isEqualTo(2);
        assertThat(binary.err()).contains("xlsx is a binary format; write it to a file with -o FILE.xlsx");
    }

    @Test
    void outputThatIsAFolderIsBadInput() {
        Cli cli = Cli.run("assess", "-o", dir.toString());
        assertThat(cli.exitCode()).isEqualTo(2);
        assertThat(cli.err()).contains("is a folder");
    }

    @Test
    void malformedTodayIsBadInput() {
        Cli cli = Cli.run("assess", "--today", "yesterday");
        assertThat(cli.exitCode()).isEqualTo(2);
        assertThat(cli.err()).contains("yesterday");
    }

    @Test
    void assessIsListedInTheHelp() {
        Cli cli = Cli.run("--help");
        assertThat(cli.out()).contains("assess");
        Cli help = Cli.run("assess", "--help");
        assertThat(help.out()).contains("--format").contains("--fail-on").contains("--output").contains("--today")
                .contains("--limit").contains("--keep-going");
    }

    private static Model emptyModel() {
        return new Model(List.of("model.yaml"), new Organization("Test", List.of(), List.of()), List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    }

    private static Finding finding(Severity severity, boolean accepted) {
        List<Ref> subjects = List.of(Ref.of(RefKind.ASSET, "plc-" + severity.yamlName()));
        return new Finding(FindingIds.of("OTB-TEST-001", subjects), "OTB-TEST-001", Category.ARCHITECTURE, severity,
                "test", subjects, List.of(), "why", "what instead", List.of(), accepted);
    }
}
