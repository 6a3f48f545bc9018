package org.otbridge.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.parquet.HadoopReadOptions;
import org.apache.parquet.format.converter.ParquetMetadataConverter;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.util.HadoopInputFile;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.MessageTypeParser;
import org.apache.parquet.schema.Type;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.DataFrameReader;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.execution.datasources.parquet.ParquetToSparkSchemaConverter;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.sql.types.TimestampNTZType;
import org.apache.spark.sql.types.TimestampType;
import org.apache.spark.util.SerializableConfiguration;
import scala.Tuple2;

/**
 * Parquet logs read with each file's own column types, converted to the job's ({@link ParquetColumns}).
 * A lake's files need not agree: one converted day may hold {@code ts} as double, another (a damaged
 * line, ISO 8601 times) as string. So the footers are read first, on the cluster, and the files are
 * read in groups of one layout each; a column the job cannot use stops it with one line naming the
 * file, the column and its type ({@link UnusableColumn}).
 */
final class ParquetLogs {

    /** The columns read: the fields, then the lines a JSON-to-Parquet conversion could not read. */
    private static final List<ZeekSchema.Field> COLUMNS = columns();

    private ParquetLogs() {
    }

    /** A file, or one of its columns, the job cannot read. */
    static final class UnusableColumn extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UnusableColumn(String message) {
            super(message);
        }
    }

    /**
     * The job's columns of the logs under the inputs, then the line a conversion could not read (its
     * {@code _corrupt_record}, or null), the file's path and its size.
     */
    static Dataset<Row> read(SparkSession spark, List<String> inputs) {
        String[] paths = inputs.toArray(String[]::new);
        StructType rowSchema = rowSchema();
        String[] files = reader(spark, rowSchema).parquet(paths).inputFiles();
        if (files.length == 0) {
            return converted(reader(spark, rowSchema).parquet(paths));
        }
        JavaPairRDD<Footer, String> footers = footers(spark, files).cache();
        try {
            Map<StructType, List<Footer>> layouts = new LinkedHashMap<>();
            for (Footer footer : footers.keys().distinct().collect()) {
                layouts.computeIfAbsent(layout(spark, footer, footers), k -> new ArrayList<>()).add(footer);
            }
            if (layouts.size() == 1) {
                return converted(reader(spark, layouts.keySet().iterator().next()).parquet(paths));
            }
            Dataset<Row> all = null;
            for (Map.Entry<StructType, List<Footer>> layout : layouts.entrySet()) {
                Set<Footer> these = Set.copyOf(layout.getValue());
                List<String> group = footers.filter(f -> these.contains(f._1())).values().collect();
                Dataset<Row> logs = converted(reader(spark, layout.getKey()).parquet(group.toArray(String[]::new)));
                all = all == null ? logs : all.union(logs);
            }
            return all;
        } finally {
            footers.unpersist(false);
        }
    }

    /** The job's columns with the types rows hold them in. */
    private static StructType rowSchema() {
        StructType schema = new StructType();
        for (ZeekSchema.Field field : COLUMNS) {
            schema = schema.add(field.name(), ParquetColumns.rowType(field.kind()));
        }
        return schema;
    }

    /** Files and folders searched to any depth; key=value folders are not read as columns. */
    private static DataFrameReader reader(SparkSession spark, StructType schema) {
        return spark.read().option("recursiveFileLookup", "true").schema(schema);
    }

    /** The read columns converted, in {@link #COLUMNS} order. */
    private static Dataset<Row> converted(Dataset<Row> logs) {
        StructType found = logs.schema();
        List<Column> columns = new ArrayList<>();
        for (int i = 0; i < COLUMNS.size(); i++) {
            ZeekSchema.Field field = COLUMNS.get(i);
            columns.add(ParquetColumns.convert(field.kind(), ZeekSchema.column(field.name()), found.fields()[i].dataType())
                    .as(field.name()));
        }
        columns.add(functions.col("_metadata.file_path"));
        columns.add(functions.col("_metadata.file_size"));
        return logs.select(columns.toArray(Column[]::new));
    }

    /**
     * What a file's footer says of the job's columns: their part of its Parquet schema, as text (small,
     * and one per layout when the footers are collected), or why the file could not be read.
     */
    record Footer(String columns, String unreadable) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    /** Each file's footer, read on the cluster (a large lake has many files, each a request away). */
    private static JavaPairRDD<Footer, String> footers(SparkSession spark, String[] files) {
        JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
        Broadcast<SerializableConfiguration> hadoop = SerializableConfiguration.broadcast(spark.sparkContext(),
                spark.sessionState().newHadoopConf());
        Set<String> names = COLUMNS.stream().map(ZeekSchema.Field::name).collect(Collectors.toSet());
        int slices = Math.max(1, Math.min(files.length, context.defaultParallelism() * 4));
        return context.parallelize(Arrays.asList(files), slices)
                .mapToPair(file -> new Tuple2<>(footer(file, hadoop.value().value(), names), file));
    }

    private static Footer footer(String file, Configuration hadoop, Set<String> names) {
        Path path = new Path(file);
        try (ParquetFileReader reader = ParquetFileReader.open(HadoopInputFile.fromPath(path, hadoop),
                HadoopReadOptions.builder(hadoop, path).withMetadataFilter(ParquetMetadataConverter.SKIP_ROW_GROUPS)
                        .build())) {
            MessageType schema = reader.getFooter().getFileMetaData().getSchema();
            List<Type> kept = schema.getFields().stream().filter(f -> names.contains(f.getName())).toList();
            return new Footer(new MessageType(schema.getName(), kept).toString(), null);
        } catch (Exception e) {
            String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            return new Footer(null, why.contains("is not a Parquet file") ? "not a Parquet file (no Parquet footer at its end)"
                    : why);
        }
    }

    /**
     * The schema to read a footer's files with: its columns as Spark reads them, missing ones (null
     * in every row) as the rows hold them. Refuses a file that is no Parquet, a column Spark cannot
     * read (timestamps in nanoseconds) and a column of a type the job cannot use.
     */
    private static StructType layout(SparkSession spark, Footer footer, JavaPairRDD<Footer, String> footers) {
        if (footer.unreadable() != null) {
            throw new UnusableColumn(LogFiles.plain(example(footer, footers)) + ": cannot be read: "
                    + footer.unreadable());
        }
        MessageType parquet = MessageTypeParser.parseMessageType(footer.columns());
        ParquetToSparkSchemaConverter converter = new ParquetToSparkSchemaConverter(spark.sessionState().conf());
        StructType schema = new StructType();
        for (ZeekSchema.Field field : COLUMNS) {
            DataType type = ParquetColumns.rowType(field.kind());
            if (parquet.containsField(field.name())) {
                Type column = parquet.getType(field.name());
                try {
                    type = converter.convert(new MessageType(parquet.getName(), column)).fields()[0].dataType();
                } catch (Exception e) { // Spark's AnalysisException, which Java sees as checked
                    throw unusable(footer, footers, field, describe(column) + " in Parquet, which Spark does not read");
                }
                if (column.getLogicalTypeAnnotation() instanceof LogicalTypeAnnotation.TimestampLogicalTypeAnnotation
                        && !(type instanceof TimestampType || type instanceof TimestampNTZType)) {
                    // spark.sql.legacy.parquet.nanosAsLong: nanoseconds as a bare number, not seconds
                    type = null;
                }
            }
            if (type == null || ParquetColumns.convert(field.kind(), ZeekSchema.column(field.name()), type) == null) {
                Type column = parquet.getType(field.name());
                throw unusable(footer, footers, field, type == null ? describe(column) + " in Parquet" : type.simpleString());
            }
            schema = schema.add(field.name(), type);
        }
        return schema;
    }

    private static UnusableColumn unusable(Footer footer, JavaPairRDD<Footer, String> footers, ZeekSchema.Field field,
            String found) {
        return new UnusableColumn(LogFiles.plain(example(footer, footers)) + ": column " + field.name() + " is " + found
                + "; the job reads it as " + ParquetColumns.accepted(field.kind()));
    }

    /** A Parquet column's type as its schema writes it: {@code int64 (TIMESTAMP(NANOS,true))}. */
    private static String describe(Type column) {
        String type = column.isPrimitive() ? column.asPrimitiveType().getPrimitiveTypeName().name().toLowerCase(Locale.ROOT)
                : "a group";
        return column.getLogicalTypeAnnotation() == null ? type : type + " (" + column.getLogicalTypeAnnotation() + ")";
    }

    /** One file with this footer, for a message. */
    private static String example(Footer footer, JavaPairRDD<Footer, String> footers) {
        return footers.filter(f -> f._1().equals(footer)).values().first();
    }

    private static List<ZeekSchema.Field> columns() {
        List<ZeekSchema.Field> columns = new ArrayList<>(ZeekSchema.FIELDS);
        columns.add(new ZeekSchema.Field(ZeekSchema.CORRUPT, ZeekSchema.Kind.TEXT));
        return List.copyOf(columns);
    }
}
