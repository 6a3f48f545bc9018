package org.otbridge.spark;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.regex.Pattern;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;

/**
 * A lake of Zeek JSON logs converted to Parquet by Spark, as a data lake converts them: every log
 * in one dataset, columns and types as Spark infers them from the JSON (lines it cannot read kept
 * in {@code _corrupt_record}), each record's log in {@code _path} (from the file name where the
 * record has none), partitioned by site. Written four times, with {@code ts} as Spark infers it and
 * converted to double seconds, to ISO 8601 text and to Spark's timestamp: {@code OUT/TIMES/site=NAME/}.
 */
final class SyntheticParquet {

    /** Zeek's JSON::TS_ISO8601: microseconds, UTC. */
    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'")
            .withZone(ZoneOffset.UTC);

    private SyntheticParquet() {
    }

    static void write(Path json, Path out) {
        Column file = functions.col("_metadata.file_path");
        Dataset<Row> logs = LocalSpark.session().read().option("recursiveFileLookup", "true").json(json.toString())
                .withColumn("_path", functions.coalesce(functions.col("_path"),
                        functions.regexp_extract(file, "/([^/.]+)[^/]*$", 1)))
                .withColumn("site", functions.regexp_replace(functions.regexp_extract(file,
                        "/" + Pattern.quote(json.getFileName().toString()) + "/([^/]+)/", 1), "^site=", ""))
                .cache();
        Column micros = functions.udf((UDF1<String, Long>) SyntheticParquet::micros, DataTypes.LongType)
                .apply(functions.col("ts"));
        Column iso = functions.udf((UDF1<String, String>) SyntheticParquet::iso, DataTypes.StringType)
                .apply(functions.col("ts"));
        write(logs, out.resolve("inferred"));
        write(logs.withColumn("ts", micros.divide(1e6)), out.resolve("double"));
        write(logs.withColumn("ts", iso), out.resolve("iso"));
        write(logs.withColumn("ts", functions.timestamp_micros(micros)), out.resolve("timestamp"));
        logs.unpersist();
    }

    private static void write(Dataset<Row> logs, Path out) {
        logs.write().partitionBy("site").parquet(out.toString());
    }

    /** Seconds with a fraction, or an ISO 8601 time, in microseconds since 1970. */
    static Long micros(String ts) {
        if (ts == null) {
            return null;
        }
        if (ts.indexOf('T') > 0) {
            Instant instant = Instant.parse(ts);
            return instant.getEpochSecond() * 1_000_000L + instant.getNano() / 1000;
        }
        return new BigDecimal(ts).movePointRight(6).longValueExact();
    }

    /** The time as Zeek writes it with ISO 8601 times. */
    static String iso(String ts) {
        Long micros = micros(ts);
        return micros == null ? null : ISO.format(Instant.EPOCH.plusNanos(micros * 1000));
    }
}
