package org.otbridge.spark;

import org.apache.spark.sql.SparkSession;

/**
 * The one Spark session of the test JVM, started on first use: local, two threads, bound to the
 * loopback address, no web UI, few shuffle partitions. Spark stops it when the JVM exits.
 */
final class LocalSpark {

    private LocalSpark() {
    }

    private static final class Holder {
        static final SparkSession SESSION = SparkSession.builder()
                .appName("otbridge-spark tests")
                .master("local[2]")
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1")
                .config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", "2")
                .config("spark.default.parallelism", "2")
                .config("spark.sql.sources.parallelPartitionDiscovery.parallelism", "2")
                .getOrCreate();
    }

    static SparkSession session() {
        return Holder.SESSION;
    }
}
