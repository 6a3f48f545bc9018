package org.otbridge.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.otbridge.observe.Discovery;
import org.otbridge.observe.inventory.Inventory;
import org.otbridge.observe.inventory.InventoryJson;

/**
 * The job end to end: its file is the inventory discover writes for the same logs, and its folder
 * of site inventories, handed to discover, merges into that same document.
 */
class InventoryJobTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) throws Exception {
        return InventoryJob.run(LocalSpark.session(), JobArguments.parse(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private static String discover(Path... inputs) throws Exception {
        Inventory inventory = new Discovery(1).discover(List.of(inputs), new Discovery.Listener() {
        });
        return new InventoryJson().toJson(inventory);
    }

    @Test
    void oneFileIsTheDocumentDiscoverWrites() throws Exception {
        Path lake = dir.resolve("lake");
        SyntheticLogs.write(lake, 21);
        Path file = dir.resolve("out").resolve("inventory.json");
        assertThat(run(lake.toString(), file.toString())).as(err.toString()).isZero();
        assertThat(out.toString()).startsWith("Wrote " + file + ": ");
        assertThat(err.toString()).matches("otbridge-spark: [0-9]+ lines in [0-9]+ files were no JSON object and were skipped .*\\R");
        // the same up to where damaged lines are: Spark does not know their line numbers
        assertThat(withoutDamage(Files.readString(file))).isEqualTo(withoutDamage(discover(lake)));
        try (Stream<Path> files = Files.list(file.getParent())) {
            assertThat(files).as("no temporary file is left").containsExactly(file);
        }
    }

    @Test
    void siteInventoriesMergedByDiscoverAreTheWholeInventory() throws Exception {
        Path lake = dir.resolve("lake");
        SyntheticLogs.write(lake, 22);
        Path sites = dir.resolve("sites");
        assertThat(run("--per-site", lake.toString(), sites.toString())).as(err.toString()).isZero();
        try (Stream<Path> files = Files.list(sites)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("north.json", "south.json",
                    "east.json");
        }
        assertThat(withoutDamage(discover(sites))).isEqualTo(withoutDamage(discover(lake)));
        assertThat(withoutDamage(Files.readString(sites.resolve("east.json"))))
                .isEqualTo(withoutDamage(discover(lake.resolve("site=east"))));
    }

    private static String withoutDamage(String document) {
        return document.replaceAll("(?s)\"damage\": \\[[^\\]]*\\]", "\"damage\": []");
    }

    @Test
    void unusableInputsAndOutputsAreOneLineAndExit2() throws Exception {
        assertThat(run(dir.resolve("nothing").toString(), dir.resolve("o.json").toString())).isEqualTo(2);
        assertThat(err.toString().strip()).isEqualTo("otbridge-spark: " + dir.resolve("nothing") + ": no such file or folder");
        err.reset();

        Path full = dir.resolve("full");
        Files.createDirectories(full);
        Files.writeString(full.resolve("old.json"), "{}");
        Path logs = dir.resolve("logs");
        Files.createDirectories(logs);
        Files.writeString(logs.resolve("conn.log"), "{\"uid\":\"C1\",\"id.orig_h\":\"10.0.0.1\",\"id.resp_h\":\"10.0.0.2\"}\n");
        assertThat(run("--per-site", logs.toString(), full.toString())).isEqualTo(2);
        assertThat(err.toString().strip()).isEqualTo("otbridge-spark: " + full
                + ": exists; name a new or empty folder for the site inventories");
        assertThat(full.resolve("old.json")).hasContent("{}");

        Path rotated = dir.resolve("rotated");
        Files.createDirectories(rotated);
        Files.copy(logs.resolve("conn.log"), rotated.resolve("conn.04:00:00-05:00:00.log"));
        err.reset();
        assertThat(run(rotated.toString(), dir.resolve("o.json").toString())).isEqualTo(2);
        assertThat(err.toString().strip()).isEqualTo("otbridge-spark: " + rotated.resolve("conn.04:00:00-05:00:00.log")
                + ": cannot be read: a ':' in the file name, which Hadoop file systems refuse; rename the file");

        assertThatThrownBy(() -> JobArguments.parse("--format", "csv", "in", "out"))
                .hasMessage("--format is json or parquet, not 'csv'");
        assertThatThrownBy(() -> JobArguments.parse("in")).hasMessageContaining("name the logs");
        assertThat(JobArguments.parse("--format=parquet", "a", "b", "out"))
                .isEqualTo(new JobArguments(List.of("a", "b"), "out", InventoryReduction.Format.PARQUET, false));
    }
}
