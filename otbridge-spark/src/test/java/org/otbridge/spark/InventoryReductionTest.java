package org.otbridge.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.otbridge.observe.Discovery;
import org.otbridge.observe.inventory.InputSummary;
import org.otbridge.observe.inventory.Inventory;
import org.otbridge.observe.zeek.ZeekConnection;
import org.otbridge.observe.zeek.ZeekRecord;

/**
 * The job's reduction equals the command line's (otbridge-observe's reader) on the same logs, field
 * by field: on the Zeek and ICSNPP logs written for the repository's captures (as JSON lines, and
 * as Parquet written from them), one site per capture, and on seeded synthetic lakes.
 */
class InventoryReductionTest {

    private static final Path CAPTURES = Path.of(System.getProperty("basedir", "."), "..", "otbridge-observe", "src",
            "test", "resources", "captures").normalize();

    @TempDir
    static Path dir;

    private static Path jsonLake;
    private static Path parquetLake;
    private static Path syntheticLake;
    private static Path syntheticParquet;

    /** The expected logs of every capture, as Zeek's JSON writer would write them: lake/SITE/LOG.log. */
    @BeforeAll
    static void lakes() throws Exception {
        jsonLake = dir.resolve("json");
        List<Path> folders;
        try (Stream<Path> walk = Files.walk(CAPTURES)) {
            folders = walk.filter(p -> Files.isDirectory(p) && p.getFileName().toString().endsWith(".expected")).sorted()
                    .toList();
        }
        assertThat(folders).hasSizeGreaterThan(10);
        for (Path folder : folders) {
            Path site = jsonLake.resolve(CAPTURES.relativize(folder).toString().replace('/', '_'));
            try (Stream<Path> logs = Files.list(folder)) {
                for (Path log : logs.filter(p -> p.getFileName().toString().endsWith(".log")).sorted().toList()) {
                    String json = ZeekJson.convert(log);
                    if (json != null && !json.isEmpty()) {
                        Files.createDirectories(site);
                        Files.writeString(site.resolve(log.getFileName()), json, StandardCharsets.UTF_8);
                    }
                }
            }
        }
        parquetLake = dir.resolve("parquet");
        toParquet(jsonLake, parquetLake);
        syntheticLake = dir.resolve("synthetic-json");
        SyntheticLogs.write(syntheticLake, 14);
        syntheticParquet = dir.resolve("synthetic-parquet");
        SyntheticParquet.write(syntheticLake, syntheticParquet);
    }

    /**
     * Each log of the lake that the inventory is made of as Parquet, as a lake that converts Zeek's
     * JSON would keep it: columns and types as Spark infers them from the JSON, one folder per log,
     * partitioned by site (parquet/conn/site=NAME/part-....parquet). The other logs (http, cotp,
     * the opcua_binary details, ...) are left out, which changes nothing but the inputs.
     */
    private static void toParquet(Path json, Path parquet) throws Exception {
        SparkSession spark = LocalSpark.session();
        Map<String, List<String>> byLog = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(json)) {
            walk.filter(Files::isRegularFile).forEach(p -> byLog.computeIfAbsent(LogFiles.logName(p.toString()),
                    k -> new ArrayList<>()).add(p.toString()));
        }
        byLog.keySet().removeIf(log -> ZeekConnection.of(new ZeekRecord(log, 0, Map.of())) == null);
        assertThat(byLog).containsKeys("conn", "modbus", "dnp3", "s7comm", "cip", "bacnet", "opcua_binary");
        for (Map.Entry<String, List<String>> log : byLog.entrySet()) {
            spark.read().json(log.getValue().toArray(String[]::new))
                    .withColumn("site", functions.regexp_extract(functions.col("_metadata.file_path"), "/([^/]+)/[^/]+$", 1))
                    .write().partitionBy("site").parquet(parquet.resolve(log.getKey()).toString());
        }
    }

    private static Inventory inProcess(Path input) throws Exception {
        return new Discovery(1).discover(List.of(input), new Discovery.Listener() {
        });
    }

    private static Map<String, Inventory> spark(Path lake, InventoryReduction.Format format, boolean perSite) {
        Dataset<Row> logs = InventoryReduction.read(LocalSpark.session(), List.of(lake.toString()), format);
        return InventoryReduction.inventories(logs, new LogFiles(List.of(lake.toString()), perSite));
    }

    /** Every fact of the two inventories, each part on its own so that a difference shows where it is. */
    private static void assertSame(Inventory actual, Inventory expected, String what, boolean sameFiles) {
        if (sameFiles) {
            assertThat(actual.inputs()).as(what + " inputs").usingRecursiveFieldByFieldElementComparatorIgnoringFields("damage")
                    .isEqualTo(expected.inputs());
        } else {
            assertThat(packets(actual)).as(what + " packets").isEqualTo(packets(expected));
        }
        assertThat(actual.flows()).as(what + " flows").isEqualTo(expected.flows());
        assertThat(actual.hosts()).as(what + " hosts").isEqualTo(expected.hosts());
        assertThat(actual.macsByIp()).as(what + " MAC addresses").isEqualTo(expected.macsByIp());
        assertThat(actual.broadcasts()).isEqualTo(expected.broadcasts());
        assertThat(actual.layer2()).isEqualTo(expected.layer2());
    }

    private static long packets(Inventory inventory) {
        return inventory.inputs().stream().mapToLong(InputSummary::packets).sum();
    }

    @Test
    void everyCapturesLogsGiveTheInventoryDiscoverGives() throws Exception {
        Map<String, Inventory> sites = spark(jsonLake, InventoryReduction.Format.JSON, true);
        List<String> names;
        try (Stream<Path> list = Files.list(jsonLake)) {
            names = list.map(p -> p.getFileName().toString()).sorted().toList();
        }
        assertThat(sites.keySet()).containsExactlyElementsOf(names);
        for (String site : names) {
            Inventory expected = inProcess(jsonLake.resolve(site));
            assertThat(expected.flows()).as(site).isNotEmpty();
            assertSame(sites.get(site), expected, site, true);
        }
    }

    @Test
    void allCapturesLogsTogetherGiveOneInventoryAsDiscoverDoes() throws Exception {
        Map<String, Inventory> all = spark(jsonLake, InventoryReduction.Format.JSON, false);
        assertThat(all.keySet()).containsExactly("");
        assertSame(all.get(""), inProcess(jsonLake), "all", true);
    }

    @Test
    void parquetWrittenFromTheJsonGivesTheSameInventories() throws Exception {
        Map<String, Inventory> sites = spark(parquetLake, InventoryReduction.Format.PARQUET, true);
        assertThat(sites.keySet()).isEqualTo(spark(jsonLake, InventoryReduction.Format.JSON, true).keySet());
        for (Map.Entry<String, Inventory> site : sites.entrySet()) {
            assertSame(site.getValue(), inProcess(jsonLake.resolve(site.getKey())), "parquet " + site.getKey(), false);
        }
        assertSame(spark(parquetLake, InventoryReduction.Format.PARQUET, false).get(""), inProcess(jsonLake),
                "parquet all", false);
    }

    private static long damaged(Inventory inventory) {
        return inventory.inputs().stream().mapToLong(InputSummary::damagedRecords).sum();
    }

    /**
     * The synthetic lake in Parquet, all logs in one dataset as Spark converts them: {@code ts} as Spark
     * infers it (text, as the logs mix seconds and ISO 8601 times), as double seconds, as ISO 8601 text
     * and as Spark's timestamp; the inventory is discover's of the JSON logs, damaged lines included.
     */
    @ParameterizedTest
    @ValueSource(strings = {"inferred", "double", "iso", "timestamp"})
    void syntheticLogsAsParquetGiveTheInventoryDiscoverGivesWhateverTheTimesType(String times) throws Exception {
        Path lake = syntheticParquet.resolve(times);
        Inventory expected = inProcess(syntheticLake);
        Inventory actual = spark(lake, InventoryReduction.Format.PARQUET, false).get("");
        assertSame(actual, expected, "parquet, times " + times, false);
        assertThat(damaged(actual)).isEqualTo(damaged(expected)).isPositive();
        assertThat(expected.flows()).anyMatch(f -> f.operations().total() > 0)
                .anyMatch(f -> f.firstSeen() > 0 && f.lastSeen() > f.firstSeen());
    }

    /** A lake whose files hold {@code ts} in different types (converted at different times) is read whole. */
    @Test
    void parquetFilesWhoseTimesDifferInTypeAreReadTogether() throws Exception {
        List<String> inputs = List.of(syntheticParquet.resolve("double/site=north").toString(),
                syntheticParquet.resolve("iso/site=south").toString(),
                syntheticParquet.resolve("timestamp/site=east").toString());
        Dataset<Row> logs = InventoryReduction.read(LocalSpark.session(), inputs, InventoryReduction.Format.PARQUET);
        Map<String, Inventory> sites = InventoryReduction.inventories(logs, new LogFiles(inputs, true));
        assertThat(sites.keySet()).containsExactlyInAnyOrder("north", "south", "east");
        assertSame(sites.get("north"), inProcess(syntheticLake.resolve("north")), "north", false);
        assertSame(sites.get("south"), inProcess(syntheticLake.resolve("south")), "south", false);
        assertSame(sites.get("east"), inProcess(syntheticLake.resolve("site=east")), "east", false);
    }

    @ParameterizedTest
    @ValueSource(longs = {11, 12, 13})
    void syntheticLakesGiveTheInventoryDiscoverGives(long seed) throws Exception {
        Path lake = dir.resolve("synthetic-" + seed);
        SyntheticLogs.write(lake, seed);
        Map<String, Inventory> sites = spark(lake, InventoryReduction.Format.JSON, true);
        assertThat(sites.keySet()).containsExactlyInAnyOrder("north", "south", "east");
        assertSame(sites.get("north"), inProcess(lake.resolve("north")), "north", true);
        assertSame(sites.get("east"), inProcess(lake.resolve("site=east")), "east", true);
        Inventory expected = inProcess(lake);
        assertThat(expected.inputs()).anyMatch(input -> input.damagedRecords() > 0);
        assertThat(expected.flows()).anyMatch(f -> f.operations().total() > 0).anyMatch(f -> f.src().contains(":"));
        assertSame(spark(lake, InventoryReduction.Format.JSON, false).get(""), expected, "seed " + seed, true);
    }
}
