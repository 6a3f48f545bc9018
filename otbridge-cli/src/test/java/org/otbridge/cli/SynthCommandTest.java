package org.otbridge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.otbridge.synth.SyntheticModel;

class SynthCommandTest {

    @TempDir
    Path dir;

    private static long filesIn(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).count();
        }
    }

    private static long bytesIn(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }

    @Test
    void writesAModelThatCheckAcceptsAndSaysWhatItWrote() throws IOException {
        Path out = dir.resolve("synth");
        Cli cli = Cli.run("synth", "--assets", "300", "-o", out.toString(), "--seed", "3");

        assertThat(cli.exitCode()).isZero();
        assertThat(cli.err()).isEmpty();
        assertThat(cli.outLines()).singleElement().asString()
                .startsWith("Wrote 300 assets in 2 sites (")
                .contains(out.toString(), filesIn(out) + " files", bytesIn(out) + " bytes", "seed 3");
        assertThat(filesIn(out)).isEqualTo(7);

        Cli check = Cli.run("check", out.toString());
        assertThat(check.exitCode()).isZero();
        assertThat(check.outLines()).singleElement().asString().startsWith("OK ").contains("300 assets", "in 7 files");
    }

    @Test
    void theDefaultSeedIsFixedSoTwoRunsAgree() throws IOException {
        assertThat(Cli.run("synth", "--assets", "200", "-o", dir.resolve("a").toString()).exitCode()).isZero();
        assertThat(Cli.run("synth", "--assets", "200", "--output", dir.resolve("b").toString()).exitCode()).isZero();
        Path site = Path.of("sites", "site-001.yaml");
        assertThat(Files.mismatch(dir.resolve("a").resolve(site), dir.resolve("b").resolve(site))).isEqualTo(-1L);
    }

    @Test
    void anEmptyExistingFolderIsFine() {
        assertThat(Cli.run("synth", "--assets", "200", "-o", dir.toString()).exitCode()).isZero();
        assertThat(dir.resolve("sites")).isDirectory();
    }

    @Test
    void refusesAFolderThatIsNotEmpty() throws IOException {
        Files.writeString(dir.resolve("notes.txt"), "keep me\n", StandardCharsets.UTF_8);

        Cli cli = Cli.run("synth", "--assets", "200", "-o", dir.toString());

        assertThat(cli.exitCode()).isEqualTo(2);
        assertThat(cli.out()).isEmpty();
        assertThat(cli.err()).contains("otbridge synth:", dir.toString(), "is not empty; nothing written");
        assertThat(filesIn(dir)).isEqualTo(1);
        assertThat(Files.readString(dir.resolve("notes.txt"), StandardCharsets.UTF_8)).isEqualTo("keep me\n");
    }

    @Test
    void refusesAFileAsTheOutputFolder() throws IOException {
        Path file = Files.writeString(dir.resolve("model.yaml"), "# mine\n", StandardCharsets.UTF_8);
        Cli cli = Cli.run("synth", "--assets", "200", "-o", file.toString());
        assertThat(cli.exitCode()).isEqualTo(2);
        assertThat(cli.err()).contains("is a file");
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo("# mine\n");
    }

    @Test
    void refusesTooFewAssetsBeforeWritingAnything() {
        Path out = dir.resolve("tiny");
        Cli cli = Cli.run("synth", "--assets", "10", "-o", out.toString());
        assertThat(cli.exitCode()).isEqualTo(2);
        assertThat(cli.err()).contains("--assets must be at least " + SyntheticModel.MIN_ASSETS);
        assertThat(out).doesNotExist();
    }

    @Test
    void missingOrMalformedOptionsAreBadInput() {
        assertThat(Cli.run("synth", "-o", dir.resolve("x").toString()).exitCode()).isEqualTo(2);
        assertThat(Cli.run("synth", "--assets", "200").exitCode()).isEqualTo(2);
        assertThat(Cli.run("synth", "--assets", "many", "-o", dir.resolve("x").toString()).exitCode()).isEqualTo(2);
        assertThat(dir.resolve("x")).doesNotExist();
    }
}
