package org.otbridge.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

/**
 * Columns of the types lakes give Zeek's fields, converted as the job reads them: each value
 * stands for the same time, count or flag whatever its column's type; types that cannot are refused.
 */
class ParquetColumnsTest {

    private static final Instant TIME = Instant.parse("2024-05-31T16:08:37.123456Z");

    /** Each value in a column of its own type, converted as a field of {@code kind}; one row of results. */
    private static List<Object> converted(ZeekSchema.Kind kind, List<DataType> types, List<Object> values) {
        StructType schema = new StructType();
        List<Column> columns = new ArrayList<>();
        for (int i = 0; i < types.size(); i++) {
            schema = schema.add("c" + i, types.get(i));
            Column column = ParquetColumns.convert(kind, functions.col("c" + i), types.get(i));
            assertThat(column).as(types.get(i).simpleString()).isNotNull();
            columns.add(column.cast(ParquetColumns.rowType(kind)));
        }
        Row row = LocalSpark.session().createDataFrame(List.of(RowFactory.create(values.toArray())), schema)
                .select(columns.toArray(Column[]::new)).first();
        List<Object> out = new ArrayList<>();
        for (int i = 0; i < row.size(); i++) {
            out.add(row.get(i));
        }
        return out;
    }

    @Test
    void timesOfEveryTypeAreTheInstantTheyHold() {
        List<Object> texts = converted(ZeekSchema.Kind.TIME,
                List.of(DataTypes.DoubleType, DataTypes.createDecimalType(20, 6), DataTypes.StringType,
                        DataTypes.StringType, DataTypes.TimestampType, DataTypes.TimestampNTZType, DataTypes.BinaryType),
                Arrays.asList(1717171717.123456, new BigDecimal("1717171717.123456"), "1717171717.123456",
                        "2024-05-31T16:08:37.123456Z", Timestamp.from(TIME), LocalDateTime.ofInstant(TIME, ZoneOffset.UTC),
                        "1717171717.123456".getBytes(StandardCharsets.US_ASCII)));
        long micros = TIME.getEpochSecond() * 1_000_000 + TIME.getNano() / 1000;
        for (Object text : texts) {
            assertThat(SyntheticParquet.micros((String) text)).as(String.valueOf(text)).isEqualTo(micros);
        }
        assertThat(texts.get(3)).as("ISO 8601 text is kept as written").isEqualTo("2024-05-31T16:08:37.123456Z");
        assertThat(converted(ZeekSchema.Kind.TIME, List.of(DataTypes.LongType, DataTypes.IntegerType, DataTypes.DoubleType),
                Arrays.asList(1717171717L, 1717171717, Double.NaN)))
                .containsExactly("1717171717", "1717171717", null);
    }

    @Test
    void countsAreWholeNumbersAsTheLogReaderCountsThem() {
        List<DataType> types = List.of(DataTypes.LongType, DataTypes.IntegerType, DataTypes.StringType,
                DataTypes.StringType, DataTypes.StringType, DataTypes.StringType, DataTypes.StringType,
                DataTypes.DoubleType, DataTypes.DoubleType, DataTypes.createDecimalType(10, 2));
        assertThat(converted(ZeekSchema.Kind.COUNT, types, Arrays.asList(12L, 12, "12", "+12", "12.0", " 12",
                "99999999999999999999", 12.0, 12.5, new BigDecimal("12.00"))))
                .containsExactly(12L, 12L, 12L, 12L, null, null, null, 12L, null, 12L);
    }

    @Test
    void flagsAndTextOfOtherTypes() {
        assertThat(converted(ZeekSchema.Kind.BOOL, List.of(DataTypes.BooleanType, DataTypes.StringType,
                DataTypes.StringType, DataTypes.StringType), Arrays.asList(true, "F", "true", "yes")))
                .containsExactly(true, false, true, null);
        assertThat(converted(ZeekSchema.Kind.TEXT, List.of(DataTypes.BinaryType, DataTypes.LongType),
                Arrays.asList("C1".getBytes(StandardCharsets.UTF_8), 502L))).containsExactly("C1", "502");
    }

    @Test
    void typesThatHoldNoSuchValueAreRefused() {
        Column c = functions.col("c");
        DataType strings = DataTypes.createArrayType(DataTypes.StringType);
        assertThat(ParquetColumns.convert(ZeekSchema.Kind.TIME, c, strings)).isNull();
        assertThat(ParquetColumns.convert(ZeekSchema.Kind.TIME, c, DataTypes.BooleanType)).isNull();
        assertThat(ParquetColumns.convert(ZeekSchema.Kind.TIME, c, DataTypes.DateType)).isNull();
        assertThat(ParquetColumns.convert(ZeekSchema.Kind.COUNT, c, DataTypes.TimestampType)).isNull();
        assertThat(ParquetColumns.convert(ZeekSchema.Kind.BOOL, c, DataTypes.LongType)).isNull();
        assertThat(ParquetColumns.convert(ZeekSchema.Kind.TEXT, c, DataTypes.DoubleType)).isNull();
        assertThat(ParquetColumns.convert(ZeekSchema.Kind.TEXT, c, strings)).isNull();
    }
}
