package org.otbridge.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Commands run as a hostile tester would run them: outputs that are inputs, devices, links and
 * impossible places; rule files that loop, exhaust memory or crash the regex compiler. Each case
 * ends within a generous time budget, with the exit code the case deserves, one line on standard
 * error (no stack trace), and every file that was there before unchanged, except the output.
 */
class HostileInputTest {

    private static final Duration BUDGET = Duration.ofSeconds(30);

    private static final String MODEL = """
            organization:
              name: Small Utility
              units: [{id: ops, discipline: operations}]
            zones:
              - {id: corp, domain: it, level: 4}
              - {id: cc, domain: ot, level: 2}
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

    /** Every regular file under the folder with a hash of its bytes, links by their target. */
    private Map<String, String> snapshot() throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path path : walk.toList()) {
                String name = dir.relativize(path).toString();
                if (Files.isSymbolicLink(path)) {
                    files.put(name, "-> " + Files.readSymbolicLink(path));
                } else if (Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)) {
                    files.put(name, sha256(Files.readAllBytes(path)));
                }
            }
        }
        return files;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Runs the command within the budget; asserts the files are as before except {@code output}. */
    private Cli run(String output, String... args) throws IOException {
        Map<String, String> before = snapshot();
        Cli cli = assertTimeoutPreemptively(BUDGET, () -> Cli.run(args));
        Map<String, String> after = snapshot();
        if (output != null) {
            before.remove(output);
            after.remove(output);
        }
        assertThat(after).as("files after " + String.join(" ", args)).isEqualTo(before);
        return cli;
    }

    private static void assertOneLine(Cli cli, int exitCode, String contains) {
        assertThat(cli.exitCode()).as(cli.err()).isEqualTo(exitCode);
        assertThat(cli.err().lines()).as("standard error").singleElement().asString().contains(contains)
                .doesNotContain("\tat ").doesNotContain("Exception");
    }

    @Test
    void theModelIsNeverOverwrittenByItsOwnReport() throws IOException {
        Path model = write("m/model.yaml", MODEL);
        Cli cli = run(null, "assess", model.toString(), "-o", model.toString());
        assertOneLine(cli, 2, "-o " + model + " is the input " + model);
        assertThat(cli.out()).isEmpty();
    }

    @Test
    void norThroughALinkOrAsAFileOfAModelFolder() throws IOException {
        Path model = write("m/model.yaml", MODEL);
        Path link = dir.resolve("report.json");
        Files.createSymbolicLink(link, model);
        assertOneLine(run(null, "assess", model.toString(), "-o", link.toString()), 2, "is the input");
        Path hard = dir.resolve("hard.json");
        Files.createLink(hard, model);
        assertOneLine(run(null, "assess", dir.resolve("m").toString(), "-o", hard.toString()), 2, "is the input");
        assertOneLine(run(null, "whatif", model.toString(), "--fail", "asset:hist", "-o", model.toString()), 2,
                "is the input");
    }

    @Test
    void norARuleFileOfTheRun() throws IOException {
        Path model = write("model.yaml", MODEL);
        Path rules = write("rules.yaml", "rules: []\n");
        assertOneLine(run(null, "assess", model.toString(), "--rules", rules.toString(), "-o", rules.toString()), 2,
                "is the input " + rules);
    }

    @Test
    void aSymlinkedOutputStaysALinkAndItsTargetGetsTheReport() throws IOException {
        Path model = write("model.yaml", MODEL);
        Path real = write("reports/latest.json", "old report");
        Path link = dir.resolve("latest.json");
        Files.createSymbolicLink(link, Path.of("reports", "latest.json"));
        Cli cli = run("reports/latest.json", "assess", model.toString(), "-o", link.toString());
        assertThat(cli.exitCode()).as(cli.err()).isZero();
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(real)).startsWith("{").contains("\"schema\"");
        assertThat(temporaryFiles()).isEmpty();
    }

    @Test
    void characterDevicesAreWrittenInPlaceNeverReplaced() throws IOException {
        Path devNull = Path.of("/dev/null");
        assumeTrue(Files.exists(devNull) && !Files.isRegularFile(devNull));
        Path model = write("model.yaml", MODEL);
        Cli cli = run(null, "assess", model.toString(), "--format", "json", "-o", "/dev/null");
        assertThat(cli.exitCode()).as(cli.err()).isZero();
        assertThat(Files.isRegularFile(devNull)).as("/dev/null is still a device").isFalse();
    }

    /**
     * /dev/stdout leads to whatever standard output was redirected to: the report goes to standard
     * output, never renamed over that file (which would drop what else the shell wrote there).
     */
    @Test
    void devStdoutIsStandardOutputAndOtherDescriptorsAreRefused() throws IOException {
        Path model = write("model.yaml", MODEL);
        Cli cli = run(null, "assess", model.toString(), "-o", "/dev/stdout");
        assertThat(cli.exitCode()).as(cli.err()).isZero();
        assertThat(cli.out()).startsWith("Small Utility: ");
        assertOneLine(run(null, "assess", model.toString(), "-o", "/dev/fd/2"), 2,
                "otbridge assess: -o /dev/fd/2 is file descriptor 2; -o writes standard output");
        assertOneLine(run(null, "assess", model.toString(), "-o", "/proc/self/fd/7"), 2, "is file descriptor 7");
    }

    /** A draft written into a capture folder or the model folder would be read back as an input. */
    @Test
    void discoverNeverWritesIntoItsInputFolders() throws IOException {
        Path capture = Path.of("..", "otbridge-observe", "src", "test", "resources", "captures", "icsnpp-modbus",
                "modbus_example.pcap");
        assumeTrue(Files.exists(capture));
        Path captures = dir.resolve("captures");
        Files.createDirectories(captures);
        Files.copy(capture, captures.resolve("site.pcap"));
        Path model = write("m/model.yaml", MODEL);
        assertOneLine(run(null, "discover", captures.toString(), "-o", captures.resolve("site.pcap").toString()), 2,
                "is inside the input folder " + captures);
        assertOneLine(run(null, "discover", captures.toString(), "--model", model.getParent().toString(), "-o",
                model.getParent().resolve("draft.yaml").toString()), 2, "is inside the input folder");
        assertOneLine(run(null, "discover", captures.toString(), "--model", model.toString(), "-o", model.toString()), 2,
                "is the input " + model);
        assertThat(temporaryFiles()).isEmpty();
    }

    /** A rule file is read as strictly as a model file, and what it says is printed escaped. */
    @Test
    void ruleFilesAreCheckedAsBytesAndListedEscaped() throws IOException {
        Path bad = dir.resolve("latin1.yaml");
        Files.write(bad, "rules:\n  - id: ACME-1\n    title: \"caf\u00e9\"\n".getBytes(StandardCharsets.ISO_8859_1));
        assertOneLine(run(null, "rules", "--rules", bad.toString()), 2,
                bad + ":3:16: not valid UTF-8 text: byte 0xE9 here is not part of a character");

        Path evil = write("evil.yaml", rule("ACME-002", "asset.type == 'plc'")
                .replace("title: Hostile", "title: \"Clear \\e[2J\\nmodel.yaml:1:1: forged\""));
        Cli cli = run(null, "rules", "--rules", evil.toString());
        assertThat(cli.exitCode()).as(cli.err()).isZero();
        assertThat(cli.out()).doesNotContain("\u001b").contains("Clear \\e[2J model.yaml:1:1: forged");
        assertThat(cli.out().lines()).noneMatch(l -> l.startsWith("model.yaml:1:1"));
        Cli details = run(null, "rules", "--rules", evil.toString(), "--id", "ACME-002");
        assertThat(details.out()).doesNotContain("\u001b");
        assertThat(details.out().lines()).noneMatch(l -> l.startsWith("model.yaml:1:1"));
    }

    @Test
    void aFullDeviceIsOneLineAndExitTwo() throws IOException {
        Path full = Path.of("/dev/full");
        assumeTrue(Files.exists(full) && Files.isWritable(full));
        Path model = write("model.yaml", MODEL);
        assertOneLine(run(null, "assess", model.toString(), "-o", "/dev/full"), 2,
                "otbridge assess: cannot write /dev/full: ");
    }

    @Test
    void aPipeIsWrittenInPlace() throws Exception {
        Path fifo = dir.resolve("pipe");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assumeTrue(mkfifo.waitFor() == 0);
        Path model = write("model.yaml", MODEL);
        CompletableFuture<byte[]> read = CompletableFuture.supplyAsync(() -> {
            try (InputStream in = Files.newInputStream(fifo)) {
                return in.readAllBytes();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        Cli cli = run(null, "assess", model.toString(), "--format", "json", "-o", fifo.toString());
        assertThat(cli.exitCode()).as(cli.err()).isZero();
        assertThat(new String(read.get(), StandardCharsets.UTF_8)).startsWith("{");
        assertThat(Files.isRegularFile(fifo, LinkOption.NOFOLLOW_LINKS)).isFalse();
    }

    @Test
    void impossibleOutputsAreRefusedBeforeAnyWork() throws IOException {
        Path model = write("model.yaml", MODEL);
        Path file = write("notes.txt", "a file, not a folder");
        assertOneLine(run(null, "assess", model.toString(), "-o", file.resolve("report.json").toString()), 2,
                "cannot write " + file.resolve("report.json") + ": " + file + " is a file, not a folder");
        assertOneLine(run(null, "assess", model.toString(), "-o", dir.toString()), 2, "is a folder; -o needs a file name");
        if (Files.isDirectory(Path.of("/proc/self"))) {
            assertOneLine(run(null, "assess", model.toString(), "-o", "/proc/otbridge-report.json"), 2,
                    "cannot write /proc/otbridge-report.json");
        }
        // A broken model after a bad -o: the output is refused first, the model is not read.
        Path broken = write("broken.yaml", "assets: [");
        assertOneLine(run(null, "assess", broken.toString(), "-o", dir.toString()), 2, "is a folder");
    }

    @Test
    void aLoopOfLinksIsRefused() throws IOException {
        Path model = write("model.yaml", MODEL);
        Path a = dir.resolve("a.json");
        Path b = dir.resolve("b.json");
        Files.createSymbolicLink(a, b);
        Files.createSymbolicLink(b, a);
        assertOneLine(run(null, "assess", model.toString(), "-o", a.toString()), 2, "is a loop of symbolic links");
    }

    @Test
    void dashIsStandardOutput() throws IOException {
        Path model = write("model.yaml", MODEL);
        Cli cli = run(null, "assess", model.toString(), "--format", "json", "-o", "-");
        assertThat(cli.exitCode()).as(cli.err()).isZero();
        assertThat(cli.out()).startsWith("{");
        assertThat(dir.resolve("-")).doesNotExist();
    }

    @Test
    void initIntoAFileOrOverAnExistingModelIsOneLine() throws IOException {
        Path file = write("taken", "not a folder");
        assertOneLine(run(null, "init", file.toString()), 2, "otbridge init: " + file + " is a file, not a folder");
        Path existing = write("site/model.yaml", MODEL);
        assertOneLine(run(null, "init", existing.getParent().toString()), 2, existing + " exists; nothing written");
    }

    @Test
    void aRunawayRuleIsStoppedAtItsLimitAndNamed() throws IOException {
        Path model = write("model.yaml", MODEL);
        String hundred = "[" + String.join(",", java.util.Collections.nCopies(100, "1")) + "]";
        Path rules = write("rules.yaml", rule("LOOP-1", hundred + ".all(a, " + hundred + ".all(b, " + hundred
                + ".all(c, " + hundred + ".all(d, a + b + c + d > 0))))"));
        Path report = dir.resolve("report.json");
        // The loop limit, not the clock, must stop it, however slow the machine running the test.
        String noClock = "rule-evaluation-time=10m";
        Cli stopped = run(null, "assess", model.toString(), "--rules", rules.toString(), "-o", report.toString(),
                "--limit", noClock);
        assertThat(stopped.exitCode()).isEqualTo(2);
        assertThat(stopped.err().lines()).containsExactly(
                rules + ":8:5: rule LOOP-1 stopped on asset:erp: one evaluation took more than 100000 loop steps"
                        + " (limit rule-iterations); its findings are incomplete",
                "otbridge assess: 1 rule was stopped at its limits; nothing written (--keep-going writes the result"
                        + " without their findings)");
        assertThat(report).doesNotExist();

        Cli kept = run("report.json", "assess", model.toString(), "--rules", rules.toString(), "-o", report.toString(),
                "--keep-going", "--limit", noClock);
        assertThat(kept.exitCode()).isZero();
        assertThat(kept.err().lines()).singleElement().asString().startsWith("warning: " + rules + ":8:5: rule LOOP-1");
        assertThat(report).isRegularFile();
    }

    @Test
    void aRegexThatWouldCrashTheCompilerIsRefusedWhenTheRuleFileLoads() throws IOException {
        Path model = write("model.yaml", MODEL);
        Path rules = write("rules.yaml", rule("REGEX-1", "asset.id.matches(\"(a{1,1000}){1,1000}\")"));
        assertOneLine(run(null, "assess", model.toString(), "--rules", rules.toString()), 2,
                rules + ":8:5: condition of rule 'REGEX-1' does not compile");
        assertOneLine(run(null, "rules", "--rules", rules.toString()), 2, "regular expression is too");
    }

    @Test
    void aDivisionByZeroIsReportedNotSilent() throws IOException {
        Path model = write("model.yaml", MODEL);
        Path rules = write("rules.yaml", rule("DIV-1", "10 / (size(asset.id) - 3) > 0"));
        Cli cli = run(null, "assess", model.toString(), "--rules", rules.toString());
        assertThat(cli.exitCode()).isEqualTo(2);
        assertThat(cli.err()).contains(rules + ":8:5: rule DIV-1 stopped on asset:erp: division by zero");
    }

    @Test
    void limitsAreCheckedAndOneLine() throws IOException {
        Path model = write("model.yaml", MODEL);
        assertOneLine(run(null, "assess", model.toString(), "--limit", "rule-tme=5s"), 2,
                "--limit rule-tme=5s: unknown limit 'rule-tme'; did you mean 'rule-time'?");
        assertOneLine(run(null, "assess", model.toString(), "--limit", "rule-time"), 2, "--limit takes NAME=VALUE");
        assertOneLine(run(null, "assess", model.toString(), "--limit", "rule-iterations=-3"), 2,
                "rule-iterations takes a whole number above 0");
    }

    @Test
    void controlCharactersInOptionsCannotForgeLines() throws IOException {
        Cli cli = run(null, "assess", "--format", "x\n" + dir + "/model.yaml:1:1: forged\u001b[2J");
        assertOneLine(cli, 2, "unknown format");
        assertThat(cli.err()).doesNotContain("\u001b");
    }

    @Test
    void modelLoadingLimitsAreRaisedOrLoweredWithLimit() throws IOException {
        Path model = write("model.yaml", MODEL);
        Cli refused = run(null, "check", model.toString(), "--limit", "file-size=100");
        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.out().lines()).singleElement().asString().startsWith(model + ":1:1: ")
                .contains("file-size");
        assertOneLine(run(null, "check", model.toString(), "--limit", "file-sise=2g"), 2,
                "unknown limit 'file-sise'; did you mean 'file-size'?");
        assertThat(run(null, "check", model.toString(), "--limit", "file-size=2g").exitCode()).isZero();
    }

    @Test
    void skippedFilesAreCountedAndListedWithVerbose() throws IOException {
        write("site/model.yaml", MODEL);
        write("site/notes.txt", "not a model file");
        write("site/EXTRA.YML", "scenarios: []\n");
        Cli quiet = run(null, "check", dir.resolve("site").toString());
        assertThat(quiet.exitCode()).as(quiet.out()).isZero();
        assertThat(quiet.outLines()).singleElement().asString().endsWith(" in 2 files, 1 file skipped (--verbose lists them)");
        Cli verbose = run(null, "check", dir.resolve("site").toString(), "--verbose");
        assertThat(verbose.outLines()).hasSize(2);
        assertThat(verbose.outLines().get(0)).contains("notes.txt").contains("skipped");
        assertThat(verbose.outLines().get(1)).endsWith(" in 2 files, 1 file skipped");
    }

    @Test
    void escapesInModelTextCannotDriveTheTerminal() throws IOException {
        Path model = write("model.yaml", MODEL.replace("name: Small Utility",
                "name: \"Small\\e[2J Utility\\nmodel.yaml:1:1: forged\""));
        Cli check = run(null, "check", model.toString());
        assertThat(check.exitCode()).as(check.out()).isZero();
        assertThat(check.out()).doesNotContain("\u001b").startsWith("OK Small\\e[2J Utility\\nmodel.yaml:1:1: forged:");
        assertThat(check.outLines()).hasSize(1);
        Cli assess = run(null, "assess", model.toString());
        assertThat(assess.out()).doesNotContain("\u001b").startsWith("Small\\e[2J Utility\\nmodel.yaml:1:1: forged:");
    }

    @Test
    void aTagOutsideTheCoreSchemaIsOneLocatedLine() throws IOException {
        Path model = write("model.yaml", MODEL + "x-extra: !!java.lang.Runtime {}\n");
        Cli cli = run(null, "check", model.toString());
        assertThat(cli.exitCode()).isEqualTo(2);
        assertThat(cli.outLines()).singleElement().asString().startsWith(model + ":").contains("tag");
    }

    private List<Path> temporaryFiles() throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList();
        }
    }

    private static String rule(String id, String when) {
        return """
                rules:
                  - id: %s
                    category: control-fitness
                    severity: high
                    scope: asset
                    title: Hostile
                    explanation: Why.
                    when: '%s'
                    recommendation: Do this.
                """.formatted(id, when.replace("'", "''"));
    }
}
