package org.otbridge.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.otbridge.observe.inventory.Flow;
import org.otbridge.observe.inventory.InputSummary;
import org.otbridge.observe.inventory.Inventory;
import org.otbridge.observe.zeek.ZeekConnection;
import scala.Tuple2;

/**
 * The observed inventory of Zeek logs, as plain functions over Spark datasets: {@link #read} the
 * logs with the job's schema, add up their facts per connection and per file
 * ({@link #connectionsAndFiles}), then per flow and host ({@link #flowsHostsAndFiles}), and
 * {@link #assemble} the inventories on the driver. Every classification and addition is
 * otbridge-observe's, the same the command line runs, so both give the same inventory.
 */
public final class InventoryReduction {

    /** How the logs are stored. */
    public enum Format { JSON, PARQUET }

    private InventoryReduction() {
    }

    /**
     * Every log under the inputs (files, folders searched to any depth, or globs), with the columns
     * of {@link ZeekSchema#FIELDS}, then the line Spark could not read (or null), the file's path and
     * its size. JSON is read with the job's schema (times as the text Zeek wrote); Parquet with each
     * file's own types, converted ({@link ParquetLogs}).
     */
    public static Dataset<Row> read(SparkSession spark, List<String> inputs, Format format) {
        if (format == Format.PARQUET) {
            return ParquetLogs.read(spark, inputs);
        }
        List<Column> columns = new ArrayList<>(ZeekSchema.columns());
        columns.add(functions.col(ZeekSchema.CORRUPT));
        columns.add(functions.col("_metadata.file_path"));
        columns.add(functions.col("_metadata.file_size"));
        return spark.read().option("recursiveFileLookup", "true").schema(ZeekSchema.json()).option("mode", "PERMISSIVE")
                .option("columnNameOfCorruptRecord", ZeekSchema.CORRUPT).json(inputs.toArray(String[]::new))
                .select(columns.toArray(Column[]::new));
    }

    /** The inventories of the logs, one per group of {@code files} (one, named "", unless sites are told apart). */
    public static Map<String, Inventory> inventories(Dataset<Row> logs, LogFiles files) {
        return assemble(flowsHostsAndFiles(connectionsAndFiles(logs, files)).collect());
    }

    /** Facts per connection (its records folded with {@link ZeekConnection#plus}) and per file. */
    static JavaPairRDD<Fact.Key, Fact> connectionsAndFiles(Dataset<Row> logs, LogFiles files) {
        return logs.javaRDD().mapPartitionsToPair(rows -> new RecordFacts(rows, files)).reduceByKey(Fact::plus);
    }

    /** Each connection as its flow and hosts, added up per flow key and per host; files as they are. */
    static JavaPairRDD<Fact.Key, Fact> flowsHostsAndFiles(JavaPairRDD<Fact.Key, Fact> facts) {
        return facts.flatMapToPair(entry -> {
            List<Tuple2<Fact.Key, Fact>> out = new ArrayList<>(3);
            if (!(entry._2() instanceof Fact.Connection connection)) {
                out.add(entry);
                return out.iterator();
            }
            String group = entry._1().group();
            Flow flow = connection.connection().flow();
            if (flow != null) {
                out.add(new Tuple2<>(new Fact.Key(group, Fact.Kind.FLOW, Fact.FlowFact.id(flow)), Fact.FlowFact.of(flow)));
                connection.connection().hosts().forEach((ip, macs) ->
                        out.add(new Tuple2<>(new Fact.Key(group, Fact.Kind.HOST, ip), new Fact.Host(macs))));
            }
            return out.iterator();
        }).reduceByKey(Fact::plus);
    }

    /** The inventory of each group from its flows, hosts and files, as observe builds it. */
    static Map<String, Inventory> assemble(List<Tuple2<Fact.Key, Fact>> facts) {
        Map<String, List<InputSummary>> inputs = new TreeMap<>();
        Map<String, Map<String, Set<String>>> hosts = new TreeMap<>();
        Map<String, List<Flow>> flows = new TreeMap<>();
        for (Tuple2<Fact.Key, Fact> entry : facts) {
            String group = entry._1().group();
            inputs.computeIfAbsent(group, k -> new ArrayList<>());
            hosts.computeIfAbsent(group, k -> new TreeMap<>());
            flows.computeIfAbsent(group, k -> new ArrayList<>());
            Fact fact = entry._2();
            if (fact instanceof Fact.File file) {
                inputs.get(group).add(file.summary());
            } else if (fact instanceof Fact.Host host) {
                hosts.get(group).put(entry._1().id(), host.macs());
            } else if (fact instanceof Fact.FlowFact flow) {
                flows.get(group).add(flow.flow());
            } else {
                throw new IllegalStateException("a connection left after the second round: " + entry._1());
            }
        }
        Map<String, Inventory> inventories = new TreeMap<>();
        for (String group : inputs.keySet()) {
            inventories.put(group, Inventory.of(inputs.get(group), hosts.get(group), new TreeSet<>(), new TreeSet<>(),
                    flows.get(group)));
        }
        return inventories;
    }
}
