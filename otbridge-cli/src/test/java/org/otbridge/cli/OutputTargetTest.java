package org.otbridge.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An output is written whole or not at all, and its temporary file never outlives the run. */
class OutputTargetTest {

    @TempDir
    Path dir;

    private final PrintWriter out = new PrintWriter(new StringWriter());

    private List<String> names() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aReservedOutputThatIsNeverWrittenLeavesNothing() throws Exception {
        Path report = dir.resolve("report.json");
        try (OutputTarget target = OutputTarget.prepare(report, out)) {
            assertThat(target.isStandardOutput()).isFalse();
            assertThat(names()).singleElement().asString().startsWith(".report.json.").endsWith(".tmp");
        }
        assertThat(names()).isEmpty();
    }

    @Test
    void aFailureHalfwayLeavesTheExistingFileAsItWas() throws Exception {
        Path report = Files.writeString(dir.resolve("report.json"), "yesterday's report");
        OutputTarget target = OutputTarget.prepare(report, out);
        assertThatThrownBy(() -> target.write(writer -> {
            writer.write("{\"half\": ");
            throw new IOException("disk gone");
        })).isInstanceOf(OutputTarget.Refused.class)
                .hasMessage("cannot write " + report + ": disk gone; the existing file is unchanged");
        assertThat(Files.readString(report)).isEqualTo("yesterday's report");
        assertThat(names()).containsExactly("report.json");
    }

    @Test
    void aReplacedFileKeepsItsPermissionsAndANewOneIsPrivate() throws Exception {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        Path shared = Files.writeString(dir.resolve("shared.json"), "old");
        Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString("rw-r--r--"));
        try (OutputTarget target = OutputTarget.prepare(shared, out)) {
            target.write(writer -> writer.write("new"));
        }
        assertThat(Files.readString(shared)).isEqualTo("new");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(shared))).isEqualTo("rw-r--r--");

        Path fresh = dir.resolve("fresh.json");
        try (OutputTarget target = OutputTarget.prepare(fresh, out)) {
            target.write(writer -> writer.write("report"));
        }
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(fresh))).isEqualTo("rw-------");
    }

    @Test
    void anInterruptedRunRemovesItsTemporaryFile() throws Exception {
        Path report = dir.resolve("report.json");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                HoldOutput.class.getName(), report.toString()).redirectErrorStream(true).start();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            assertThat(lines.readLine()).isEqualTo("reserved");
            assertThat(names()).singleElement().asString().endsWith(".tmp");
            process.destroy(); // SIGTERM, as an operator's Ctrl-C or a CI timeout sends
            assertThat(process.waitFor(20, TimeUnit.SECONDS)).isTrue();
        } finally {
            process.destroyForcibly();
        }
        assertThat(names()).isEmpty();
    }
}
