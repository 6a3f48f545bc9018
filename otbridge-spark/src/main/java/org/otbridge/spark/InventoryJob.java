package org.otbridge.spark;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocalFileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.SparkConf;
import org.apache.spark.SparkException;
import org.apache.spark.sql.AnalysisException;
import org.apache.spark.sql.SparkSession;
import org.otbridge.observe.inventory.InputSummary;
import org.otbridge.observe.inventory.Inventory;
import org.otbridge.observe.inventory.InventoryJson;

/**
 * The Spark job: Zeek logs (JSON lines or Parquet) where they are stored, reduced to the observed
 * inventory ({@code otbridge.inventory/1}), written as one file or as one file per site that
 * {@code otbridge discover} and the other commands merge.
 *
 * <pre>spark-submit --class org.otbridge.spark.InventoryJob otbridge-spark-job.jar [--format json|parquet] [--per-site] IN... OUT</pre>
 *
 * Exit status 0, or 2 when the command line or the inputs cannot be used (one line on standard error).
 */
public final class InventoryJob {

    private InventoryJob() {
    }

    public static void main(String[] args) {
        if (args.length == 1 && (args[0].equals("--help") || args[0].equals("-h"))) {
            System.out.println(JobArguments.USAGE);
            System.out.println("Reads Zeek logs (JSON lines or Parquet) and writes the observed inventory"
                    + " (otbridge.inventory/1): one file, or with --per-site a folder of one per site. See docs/fleets.md.");
            return;
        }
        JobArguments arguments;
        try {
            arguments = JobArguments.parse(args);
        } catch (JobArguments.Refused e) {
            System.err.println("otbridge-spark: " + e.getMessage());
            System.err.println(JobArguments.USAGE);
            System.exit(2);
            return;
        }
        SparkSession.Builder builder = SparkSession.builder().appName("otbridge inventory");
        if (!new SparkConf().contains("spark.master")) {
            builder = builder.master("local[*]"); // run with plain java: this machine's cores
        }
        SparkSession spark = builder.getOrCreate();
        int status;
        try {
            status = run(spark, arguments, System.out, System.err);
        } finally {
            spark.stop();
        }
        if (status != 0) {
            System.exit(status);
        }
    }

    /** Runs the job in a session; returns the exit status. */
    static int run(SparkSession spark, JobArguments arguments, PrintStream out, PrintStream err) {
        Configuration hadoop = spark.sparkContext().hadoopConfiguration();
        try {
            Path output = new Path(arguments.output());
            FileSystem fs = output.getFileSystem(hadoop);
            if (fs instanceof LocalFileSystem local) {
                fs = local.getRaw(); // no .crc file beside each document on a local disk
            }
            if (arguments.perSite() && fs.exists(output)
                    && (!fs.getFileStatus(output).isDirectory() || fs.listStatus(output).length > 0)) {
                return refuse(err, arguments.output() + ": exists; name a new or empty folder for the site inventories");
            }
            if (!arguments.perSite() && fs.exists(output) && fs.getFileStatus(output).isDirectory()) {
                return refuse(err, arguments.output() + ": is a folder; name the inventory file, or use --per-site");
            }
            List<String> roots = new ArrayList<>();
            for (String input : arguments.inputs()) {
                Path root = new Path(LogFiles.beforeGlob(input).isEmpty() ? "." : LogFiles.beforeGlob(input));
                roots.add(LogFiles.plain(root.getFileSystem(hadoop).makeQualified(root).toUri().toString()));
            }
            Map<String, Inventory> inventories = InventoryReduction.inventories(
                    InventoryReduction.read(spark, arguments.inputs(), arguments.format()),
                    new LogFiles(roots, arguments.perSite()));
            if (inventories.isEmpty()) {
                return refuse(err, String.join(" ", arguments.inputs()) + ": holds no Zeek log");
            }
            if (arguments.perSite()) {
                fs.mkdirs(output);
                int hosts = 0;
                int flows = 0;
                Set<String> names = new HashSet<>();
                for (Map.Entry<String, Inventory> site : inventories.entrySet()) {
                    String name = fileName(site.getKey());
                    for (int n = 2; !names.add(name); n++) {
                        name = fileName(site.getKey()) + "-" + n; // two sites that only differ in left-out characters
                    }
                    write(fs, new Path(output, name + ".json"), site.getValue());
                    hosts += site.getValue().hosts().size();
                    flows += site.getValue().flows().size();
                }
                out.println("Wrote " + arguments.output() + ": " + inventories.size() + " site inventories, " + hosts
                        + " hosts, " + flows + " flows");
            } else {
                Inventory inventory = inventories.get("");
                write(fs, output, inventory);
                out.println("Wrote " + arguments.output() + ": " + inventory.hosts().size() + " hosts, "
                        + inventory.flows().size() + " flows");
            }
            long damaged = 0;
            long files = 0;
            for (Inventory inventory : inventories.values()) {
                for (InputSummary input : inventory.inputs()) {
                    damaged += input.damagedRecords();
                    files += input.damagedRecords() > 0 ? 1 : 0;
                }
            }
            if (damaged > 0) {
                err.println("otbridge-spark: " + damaged + " lines in " + files
                        + " files were no JSON object and were skipped (damaged_records in the inventory's inputs)");
            }
            return 0;
        } catch (IOException e) {
            return refuse(err, "cannot read or write: " + e.getMessage());
        } catch (ParquetLogs.UnusableColumn e) {
            return refuse(err, e.getMessage());
        } catch (Exception e) {
            // Spark's (Scala's) exceptions are not declared; a missing input is an AnalysisException
            if (e instanceof SparkException failed && failed.getCondition() != null
                    && failed.getCondition().startsWith("FAILED_READ_FILE")) {
                return refuse(err, unreadable(failed));
            }
            if (!(e instanceof AnalysisException analysis)) {
                throw e instanceof RuntimeException runtime ? runtime : new IllegalStateException(e);
            }
            String path = analysis.getMessageParameters().get("path");
            if ("PATH_NOT_FOUND".equals(analysis.getCondition()) && path != null) {
                return refuse(err, LogFiles.plain(path) + ": no such file or folder");
            }
            return refuse(err, analysis.getSimpleMessage());
        }
    }

    /** Which file could not be read, and why. */
    private static String unreadable(SparkException e) {
        String path = e.getMessageParameters().get("path");
        Throwable cause = e;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        String file = path == null ? "an input" : LogFiles.plain(path);
        String why = cause instanceof java.net.URISyntaxException && file.substring(file.lastIndexOf('/') + 1).contains(":")
                ? "a ':' in the file name, which Hadoop file systems refuse; rename the file"
                : cause.getMessage();
        return file + ": cannot be read: " + why;
    }

    /** A site's name as a file name: letters, digits, '.', '_', '-' and '=' kept, anything else '_'. */
    static String fileName(String site) {
        String name = site.replaceAll("[^A-Za-z0-9._=-]", "_");
        return name.isEmpty() || name.startsWith(".") ? "site" + name : name;
    }

    /** Writes the document whole or not at all: to a hidden file beside it, then renamed. */
    private static void write(FileSystem fs, Path file, Inventory inventory) throws IOException {
        Path temporary = new Path(file.getParent(), "." + file.getName() + "." + UUID.randomUUID() + ".tmp");
        try (Writer writer = new OutputStreamWriter(fs.create(temporary, true), StandardCharsets.UTF_8)) {
            new InventoryJson().write(inventory, writer);
        }
        if (fs.exists(file)) {
            fs.delete(file, false);
        }
        if (!fs.rename(temporary, file)) {
            fs.delete(temporary, false);
            throw new IOException("cannot rename " + temporary + " to " + file);
        }
    }

    private static int refuse(PrintStream err, String message) {
        err.println("otbridge-spark: " + message.replaceAll("\\s+", " ").trim());
        return 2;
    }
}
