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
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.SimpleGroupFactory;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.example.ExampleParquetWriter;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.MessageTypeParser;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
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

    @Test
    void aParquetColumnTheJobCannotUseOrAFileThatIsNoParquetIsOneLineAndExit2() throws Exception {
        Path lake = dir.resolve("lake");
        StructType schema = new StructType().add("ts", DataTypes.createArrayType(DataTypes.StringType))
                .add("uid", DataTypes.StringType);
        LocalSpark.session().createDataFrame(List.of(RowFactory.create(new String[] {"1717171717.5"}, "C1")), schema)
                .coalesce(1).write().parquet(lake.resolve("conn").toString());
        Path part;
        try (Stream<Path> files = Files.list(lake.resolve("conn"))) {
            part = files.filter(p -> p.getFileName().toString().endsWith(".parquet")).findFirst().orElseThrow();
        }
        assertThat(run("--format", "parquet", lake.toString(), dir.resolve("o.json").toString())).isEqualTo(2);
        assertThat(err.toString()).isEqualTo("otbridge-spark: " + part + ": column ts is array<string>; the job reads it"
                + " as a time: seconds as a number, a timestamp, or text (seconds or ISO 8601)" + System.lineSeparator());

        // as pyarrow writes pandas' times: nanoseconds, which Spark does not read
        Path nanos = dir.resolve("nanos").resolve("conn.parquet");
        MessageType nanoTimes = MessageTypeParser.parseMessageType(
                "message conn { optional int64 ts (TIMESTAMP(NANOS,true)); optional binary uid (STRING); }");
        try (ParquetWriter<Group> writer = ExampleParquetWriter.builder(new org.apache.hadoop.fs.Path(nanos.toUri()))
                .withType(nanoTimes).build()) {
            writer.write(new SimpleGroupFactory(nanoTimes).newGroup().append("ts", 1_717_171_717_500_000_000L)
                    .append("uid", "C1"));
        }
        err.reset();
        assertThat(run("--format", "parquet", nanos.getParent().toString(), dir.resolve("o.json").toString())).isEqualTo(2);
        assertThat(err.toString()).isEqualTo("otbridge-spark: " + nanos + ": column ts is int64 (TIMESTAMP(NANOS,true)) in"
                + " Parquet, which Spark does not read; the job reads it as a time: seconds as a number, a timestamp, or"
                + " text (seconds or ISO 8601)" + System.lineSeparator());

        Path text = dir.resolve("text");
        Files.createDirectories(text);
        Files.writeString(text.resolve("conn.parquet"), "{\"ts\":1717171717.5}\n");
        err.reset();
        assertThat(run("--format", "parquet", text.toString(), dir.resolve("o.json").toString())).isEqualTo(2);
        assertThat(err.toString()).isEqualTo("otbridge-spark: " + text.resolve("conn.parquet")
                + ": cannot be read: not a Parquet file (no Parquet footer at its end)" + System.lineSeparator());
        assertThat(dir.resolve("o.json")).doesNotExist();
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
