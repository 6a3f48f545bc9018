import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;

/**
 * Converts the synthetic lake of Zeek JSON logs to Parquet as a data lake does it, with Spark in
 * local mode: one dataset per log, columns and types as Spark infers them from the JSON,
 * partitioned by site ({@code OUT/conn/site=substation-000/part-....parquet}).
 * bench/spark runs it as a source file with Spark's jars on the class path (no module builds it):
 * {@code java -cp SPARK_JARS bench/ZeekLakeToParquet.java JSON_LAKE OUT}.
 */
public final class ZeekLakeToParquet {

    private ZeekLakeToParquet() {
    }

    public static void main(String[] args) {
        SparkSession spark = SparkSession.builder().appName("zeek lake to parquet").master("local[*]")
                .config("spark.ui.enabled", "false").config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1").getOrCreate();
        try {
            for (String log : new String[] {"conn", "modbus"}) {
                spark.read().json(args[0] + "/*/" + log + ".*")
                        .withColumn("site", functions.regexp_extract(functions.col("_metadata.file_path"),
                                "/([^/]+)/[^/]+$", 1))
                        .write().partitionBy("site").parquet(args[1] + "/" + log);
            }
        } finally {
            spark.stop();
        }
    }
}
