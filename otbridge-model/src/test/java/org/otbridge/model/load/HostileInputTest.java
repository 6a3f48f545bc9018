package org.otbridge.model.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One case per known attack on the loader, each asserting the one located line the user sees and
 * that loading ends within a generous time budget (seconds, against minutes or hours before the
 * limits existed). Inputs are written to a temporary folder, symbolic links included.
 */
class HostileInputTest {

    private static final Duration BUDGET = Duration.ofSeconds(20);

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        return write(name, text.getBytes(StandardCharsets.UTF_8));
    }

    private Path write(String name, byte[] bytes) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
        return file;
    }

    private List<String> lines(LoadResult result) {
        String prefix = dir.toString() + dir.getFileSystem().getSeparator();
        return result.problems().stream().map(p -> p.toString().replace(prefix, "")).toList();
    }

    private LoadResult load(Path path) {
        return load(path, LoadLimits.defaults());
    }

    private LoadResult load(Path path, LoadLimits limits) {
        return assertTimeoutPreemptively(BUDGET, () -> new ModelLoader(limits).load(path));
    }

    private List<String> problems(String yaml) throws IOException {
        return lines(load(write("m.yaml", yaml)));
    }

    private static final String ZONE = "zones:\n  - {id: cc, domain: ot}\n";

    @Test
    void billionLaughsIsRefusedAtTheFirstAliasWithoutExpandingAnything() throws IOException {
        StringBuilder yaml = new StringBuilder("x-lol:\n  a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (char level = 'b'; level <= 'i'; level++) {
            char below = (char) (level - 1);
            yaml.append("  ").append(level).append(": &").append(level).append(" [")
                    .append(String.join(", ", java.util.Collections.nCopies(9, "*" + below))).append("]\n");
        }
        List<String> problems = problems(yaml.toString());
        assertThat(problems).hasSize(8 * 9);
        assertThat(problems.get(0)).isEqualTo("m.yaml:3:10: YAML alias '*a' is not supported; write the value out in full");
    }

    @Test
    void duplicateKeysNameBothPlaces() throws IOException {
        assertThat(problems(ZONE + "assets:\n  - id: a\n    type: plc\n    zone: cc\n    type: hmi\n")).containsExactly(
                "m.yaml:7:5: duplicate key 'type' in this mapping; first given at line 5, column 5");
    }

    @Test
    void mergeKeysAreNotMergedSilently() throws IOException {
        assertThat(problems(ZONE + "assets:\n  - &base {id: a, type: plc, zone: cc}\n  - <<: *base\n    id: b\n"))
                .containsExactly(
                        "m.yaml:5:5: asset 'b' is missing the required field 'type'",
                        "m.yaml:5:5: asset 'b' needs zone or zones",
                        "m.yaml:5:5: unknown field '<<' in asset 'b'",
                        "m.yaml:5:9: YAML alias '*base' is not supported; write the value out in full");
    }

    @Test
    void invalidUtf8IsReportedAtTheBadByte() throws IOException {
        byte[] bytes = (ZONE + "assets:\n  - {id: a, type: plc, zone: cc, vendor: Sxr}\n").getBytes(StandardCharsets.UTF_8);
        int x = new String(bytes, StandardCharsets.ISO_8859_1).indexOf("Sxr") + 1;
        bytes[x] = (byte) 0xC3; // a lead byte followed by 'r', not a continuation byte
        assertThat(lines(load(write("m.yaml", bytes)))).containsExactly(
                "m.yaml:4:43: not valid UTF-8 text: byte 0xC3 here is not part of a character; save the file as UTF-8");
    }

    @Test
    void nulIsReportedWhereItIs() throws IOException {
        assertThat(problems(ZONE + "assets:\n  - {id: a, type: plc, zone: cc, vendor: Sie\u0000mens}\n"))
                .containsExactly("m.yaml:4:45: NUL character (U+0000): a model file is text; this looks like binary data");
    }

    @Test
    void rawControlCharactersInTheFileAreReportedWhereTheyAre() throws IOException {
        assertThat(problems(ZONE + "assets:\n  - {id: a, type: plc, zone: cc, name: \u001b[2J}\n"))
                .containsExactly("m.yaml:4:40: control character U+001B is not allowed in YAML text");
    }

    @Test
    void escapedControlCharactersFromTheModelPrintVisiblyAndCannotForgeLines() throws IOException {
        // YAML's own escapes put an ESC and a newline into a key; the message quotes the key.
        List<String> problems = problems(ZONE + "assets:\n  - {id: a, type: plc, zone: cc,"
                + " \"x\\e[2J\\nm.yaml:1:1: forged\\u202e\": 1}\n");
        assertThat(problems).containsExactly(
                "m.yaml:4:34: unknown field 'x\\e[2J\\nm.yaml:1:1: forged\\u202e' in asset 'a'");
        assertThat(String.join("", problems)).doesNotContain("\u001b", "\n", "\u202e");
    }

    @Test
    void cyclesInRequiresAreOneProblem() throws IOException {
        assertThat(problems(ZONE + """
                assets:
                  - {id: a, type: plc, zone: cc, requires: [asset:b]}
                  - {id: b, type: plc, zone: cc, requires: [asset:a]}
                """)).containsExactly("m.yaml:4:45: cycle in requires: asset:a -> asset:b -> asset:a");
    }

    @Test
    void badNumbersAndDatesAreProblemsNotCrashes() throws IOException {
        assertThat(problems("""
                zones:
                  - {id: cc, domain: ot, target_sl: 1e999}
                  - {id: dd, domain: ot, target_sl: 99999999999999999999999}
                assets:
                  - {id: a, type: plc, zone: cc, end_of_support: 2024-02-30}
                """)).containsExactly(
                "m.yaml:2:37: 'target_sl' in zone 'cc' expects a whole number, found '1e999'",
                "m.yaml:3:37: 'target_sl' in zone 'dd' expects a whole number, found '99999999999999999999999'",
                "m.yaml:5:50: invalid date '2024-02-30' for 'end_of_support' in asset 'a': write a real date as YYYY-MM-DD");
    }

    @Test
    void aHundredMegabyteScalarEndsAtTheLineLimitInSeconds() throws IOException {
        Path file = dir.resolve("m.yaml");
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            out.write("organization: {name: ".getBytes(StandardCharsets.US_ASCII));
            byte[] chunk = "x".repeat(1 << 16).getBytes(StandardCharsets.US_ASCII);
            for (int i = 0; i < 100 * 16; i++) {
                out.write(chunk);
            }
            out.write("}\n".getBytes(StandardCharsets.US_ASCII));
        }
        assertThat(lines(load(file))).containsExactly("m.yaml:1:1048577: line longer than the line-length limit of 1m"
                + " characters; reading stopped here (if the file is genuine, raise it with --limit line-length=SIZE;"
                + " docs/limits.md)");
    }

    @Test
    void aLongValueOverManyLinesIsStoppedByTheScalarLimit() throws IOException {
        String block = "      " + "word ".repeat(15) + "\n";
        LoadLimits limits = LoadLimits.defaults().with("scalar-length", "1k");
        Path file = write("m.yaml", ZONE + "assets:\n  - id: a\n    type: plc\n    zone: cc\n    description: |\n"
                + block.repeat(100));
        assertThat(lines(load(file, limits))).containsExactly("m.yaml:7:18: a value of 7600 characters, longer than"
                + " the scalar-length limit of 1k (if the file is genuine, raise it with --limit scalar-length=SIZE;"
                + " docs/limits.md)");
    }

    @Test
    void deepNestingIsStoppedWhereTheLimitIsCrossed() throws IOException {
        List<String> problems = problems("x-deep: " + "[".repeat(100_000) + "\n");
        // The root mapping is level 1, so the 100th '[' (column 9 + 99) is level 101.
        assertThat(problems).containsExactly("m.yaml:1:108: lists and mappings nested deeper than the depth limit of 100;"
                + " reading stopped here (if the file is genuine, raise it with --limit depth=N; docs/limits.md)");
    }

    @Test
    void theDeepestNestingThatCanBeAskedForIsReadWithoutRunningOutOfStack() throws IOException {
        // requires expressions nest as deep as the file does, and are read level by level.
        int levels = 490; // two YAML levels each: {all: [ ... ]}, within the depth limit of 1000
        String requires = "{all: [".repeat(levels) + "asset:a" + "]}".repeat(levels);
        Path file = write("m.yaml", ZONE + "assets:\n  - {id: a, type: plc, zone: cc}\n  - {id: b, type: plc, zone: cc,"
                + " requires: " + requires + "}\n");
        LoadResult result = load(file, LoadLimits.defaults().with("depth", "1000"));
        assertThat(lines(result)).isEmpty();
        assertThat(lines(load(file))).hasSize(1).first().asString().contains("nested deeper than the depth limit of 100");
    }

    @Test
    void tagsOutsideTheCoreSchemaAreErrorsAtTheTag() throws IOException {
        assertThat(problems(ZONE + """
                assets:
                  - !!java.lang.Runtime {id: a, type: plc, zone: cc}
                  - {id: b, type: !custom plc, zone: cc, name: !!str 42, vendor: !!int x}
                """)).containsExactly(
                "m.yaml:4:5: YAML tag '!!java.lang.Runtime' is not supported: a model holds plain values, lists and"
                        + " mappings (tags of YAML's core schema such as !!str are allowed); remove the tag",
                "m.yaml:5:19: YAML tag '!custom' is not supported: a model holds plain values, lists and mappings"
                        + " (tags of YAML's core schema such as !!str are allowed); remove the tag",
                "m.yaml:5:66: 'x' is not what its tag !!int says it is");
    }

    @Test
    void fileSizeLimitRefusesALargerFileBeforeReadingIt() throws IOException {
        Path file = write("m.yaml", ZONE + "x-padding: " + "y".repeat(2000) + "\n");
        assertThat(lines(load(file, LoadLimits.defaults().with("file-size", "1k")))).containsExactly(
                "m.yaml:1:1: the file is 2044 bytes, larger than the file-size limit of 1k; not read (if the file is"
                        + " genuine, raise it with --limit file-size=SIZE; docs/limits.md)");
    }

    @Test
    void manyFilesStopAtTheFilesLimit() throws IOException {
        for (int i = 0; i < 60; i++) {
            write("m/z-" + i + ".yaml", "zones:\n  - {id: z" + i + ", domain: ot}\n");
        }
        LoadResult result = load(dir.resolve("m"), LoadLimits.defaults().with("files", "50"));
        assertThat(lines(result)).containsExactly("m:1:1: more than 50 files under the model folder, the files limit;"
                + " nothing was read (if the folder is genuine, raise it with --limit files=N; docs/limits.md)");
        assertThat(load(dir.resolve("m")).ok()).isTrue();
    }

    @Test
    void upperCaseExtensionsAreReadAndOtherFilesAreListedAsSkipped() throws IOException {
        write("m/A.YML", ZONE);
        write("m/b.Yaml", "assets:\n  - {id: a, type: plc, zone: cc}\n");
        write("m/notes.txt", "not a model");
        write("m/.hidden.yaml", "zones: [{id: hidden, domain: ot}]\n");
        write("m/.git/config.yaml", "zones: [{id: git, domain: ot}]\n");
        LoadResult result = load(dir.resolve("m"));
        assertThat(lines(result)).isEmpty();
        assertThat(result.model().assets()).hasSize(1);
        assertThat(result.skipped()).extracting(SkippedFile::toString).map(s -> s.replace(dir + "/", "")).containsExactly(
                "m/.git: skipped, hidden folder",
                "m/.hidden.yaml: skipped, hidden",
                "m/notes.txt: skipped, not a .yaml or .yml file");
    }

    @Test
    void linksInsideTheFolderAreFollowedOnceAndLoopsEnd() throws IOException {
        write("m/real/zones.yaml", ZONE);
        write("m/.shared/assets.yaml", "assets:\n  - {id: a, type: plc, zone: cc}\n");
        Files.createSymbolicLink(dir.resolve("m/again.yaml"), dir.resolve("m/real/zones.yaml"));
        Files.createSymbolicLink(dir.resolve("m/alias"), dir.resolve("m/real"));
        Files.createSymbolicLink(dir.resolve("m/shared"), dir.resolve("m/.shared"));
        Files.createSymbolicLink(dir.resolve("m/real/loop"), dir.resolve("m"));
        LoadResult result = load(dir.resolve("m"));
        assertThat(lines(result)).isEmpty();
        assertThat(result.model().files()).extracting(f -> f.replace(dir + "/", ""))
                .containsExactly("m/real/zones.yaml", "m/shared/assets.yaml");
        assertThat(result.skipped()).extracting(SkippedFile::toString).map(s -> s.replace(dir + "/", "")).containsExactly(
                "m/.shared: skipped, hidden folder",
                "m/again.yaml: skipped, the same file as m/real/zones.yaml, through a link",
                "m/alias: skipped, the folder m/real again, through a link",
                "m/real/loop: skipped, the folder m again, through a link");
    }

    @Test
    void linksLeadingOutsideTheFolderOrToNothingAreProblems() throws IOException {
        write("m/zones.yaml", ZONE);
        Path outside = write("outside.yaml", "assets:\n  - {id: secret, type: plc, zone: cc}\n");
        write("elsewhere/more.yaml", "assets:\n  - {id: more, type: plc, zone: cc}\n");
        Files.createSymbolicLink(dir.resolve("m/out.yaml"), outside);
        Files.createSymbolicLink(dir.resolve("m/out-folder"), dir.resolve("elsewhere"));
        Files.createSymbolicLink(dir.resolve("m/gone.yaml"), dir.resolve("m/nothing.yaml"));
        LoadResult result = load(dir.resolve("m"));
        String real = dir.toRealPath().toString();
        assertThat(lines(result)).map(l -> l.replace(real + "/", "")).containsExactly(
                "m/gone.yaml:1:1: symbolic link to m/nothing.yaml, which does not exist or loops; fix or remove the link",
                "m/out-folder:1:1: symbolic link points outside the model folder, to elsewhere; copy what it points"
                        + " to into the folder, or load that separately",
                "m/out.yaml:1:1: symbolic link points outside the model folder, to outside.yaml; copy what it points"
                        + " to into the folder, or load that separately");
        assertThat(result.model().assets()).isEmpty();
    }

    @Test
    void thousandsOfDanglingReferencesToLongIdsAreReportedQuickly() throws IOException {
        StringBuilder yaml = new StringBuilder(ZONE + "assets:\n");
        for (int i = 0; i < 20_000; i++) {
            yaml.append("  - {id: asset-").append(i).append(", type: plc, zone: cc}\n");
        }
        yaml.append("connections:\n");
        for (int i = 0; i < 2_000; i++) {
            yaml.append("  - {id: c").append(i).append(", from: asset:asset-").append(i)
                    .append(", to: asset:asset-x").append(i).append(", protocol: modbus}\n");
        }
        String longId = "l".repeat(10_000);
        for (int i = 0; i < 10; i++) {
            yaml.append("  - {id: long-").append(i).append(", from: asset:").append(longId).append(i)
                    .append(", to: asset:asset-1, protocol: modbus}\n");
        }
        yaml.append("x-long-ids:\n");
        List<String> problems = problems(yaml.toString());
        assertThat(problems).hasSize(2_010);
        assertThat(problems.get(0)).endsWith(": asset:asset-x0 is not defined; did you mean asset:asset-0?");
        // Past the exact search's budget: asset-11999 and asset-1999 are both one edit away, and
        // ties go to the id first in sorted order, as in the exact search.
        assertThat(problems.get(1999)).endsWith(": asset:asset-x1999 is not defined; did you mean asset:asset-11999?");
        assertThat(problems).allMatch(p -> p.contains("is not defined; did you mean asset:")
                || p.contains("is not defined; the closest asset id is asset:"));
    }

    @Test
    void tenDanglingReferencesAmongTenVeryLongIdsAreQuick() throws IOException {
        StringBuilder yaml = new StringBuilder(ZONE + "assets:\n");
        for (int i = 0; i < 10; i++) {
            yaml.append("  - {id: ").append(Character.toString('a' + i).repeat(10_000)).append(", type: plc, zone: cc}\n");
        }
        yaml.append("  - {id: b, type: plc, zone: cc, requires: [");
        for (int i = 0; i < 10; i++) {
            yaml.append(i == 0 ? "" : ", ").append("asset:").append(Character.toString('a' + i).repeat(9_999)).append("z");
        }
        yaml.append("]}\n");
        List<String> problems = problems(yaml.toString());
        assertThat(problems).hasSize(10);
        assertThat(problems.get(0)).contains("is not defined; did you mean asset:aaaa");
    }
}
