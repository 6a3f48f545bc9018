package org.otbridge.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The job's command line: {@code [--format json|parquet] [--per-site] IN... OUT}.
 *
 * @param inputs  files, folders or globs of Zeek logs, on any file system the cluster reads
 * @param output  the inventory file, or with {@code perSite} a new folder of one inventory per site
 */
record JobArguments(List<String> inputs, String output, InventoryReduction.Format format, boolean perSite) {

    static final String USAGE = "usage: spark-submit --class " + InventoryJob.class.getName()
            + " otbridge-spark-job.jar [--format json|parquet] [--per-site] IN... OUT";

    /** The command line is not one the job takes. */
    static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;

        Refused(String message) {
            super(message);
        }
    }

    JobArguments {
        inputs = List.copyOf(inputs);
    }

    static JobArguments parse(String... args) throws Refused {
        List<String> paths = new ArrayList<>();
        InventoryReduction.Format format = InventoryReduction.Format.JSON;
        boolean perSite = false;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--per-site")) {
                perSite = true;
            } else if (arg.equals("--format") || arg.startsWith("--format=")) {
                String value = arg.contains("=") ? arg.substring(arg.indexOf('=') + 1) : i + 1 < args.length ? args[++i] : "";
                try {
                    format = InventoryReduction.Format.valueOf(value.toUpperCase(Locale.ROOT));
                } catch (IllegalArgumentException e) {
                    throw new Refused("--format is json or parquet, not '" + value + "'");
                }
            } else if (arg.startsWith("--") && !arg.equals("--")) {
                throw new Refused("unknown option " + arg);
            } else if (!arg.equals("--")) {
                paths.add(arg);
            }
        }
        if (paths.size() < 2) {
            throw new Refused("name the logs (IN...) and where the inventory goes (OUT)");
        }
        return new JobArguments(paths.subList(0, paths.size() - 1), paths.get(paths.size() - 1), format, perSite);
    }
}
