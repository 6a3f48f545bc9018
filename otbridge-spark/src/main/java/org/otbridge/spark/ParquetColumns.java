package org.otbridge.spark;

import java.math.BigDecimal;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.BinaryType;
import org.apache.spark.sql.types.BooleanType;
import org.apache.spark.sql.types.ByteType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.DecimalType;
import org.apache.spark.sql.types.DoubleType;
import org.apache.spark.sql.types.FloatType;
import org.apache.spark.sql.types.IntegerType;
import org.apache.spark.sql.types.LongType;
import org.apache.spark.sql.types.ShortType;
import org.apache.spark.sql.types.StringType;
import org.apache.spark.sql.types.TimestampNTZType;
import org.apache.spark.sql.types.TimestampType;

/**
 * A field of a Parquet log, whatever type the lake gave its column, as the value the job's rows
 * hold: times as the text Zeek writes (seconds with six decimals, or ISO 8601 as it was), so that
 * observe reads them as it reads a log line; counts as bigint, flags as boolean, the rest as text.
 * Lakes differ: Spark infers {@code ts} as double from Zeek's JSON, as string when Zeek wrote ISO
 * 8601 times or a line was damaged, other tools write timestamps or whole seconds.
 */
final class ParquetColumns {

    private static final DecimalType MICROSECONDS = DataTypes.createDecimalType(38, 6);

    private ParquetColumns() {
    }

    /** The type a row holds a field of this kind in, whatever the file's column was. */
    static DataType rowType(ZeekSchema.Kind kind) {
        return switch (kind) {
            case TIME, TEXT -> DataTypes.StringType;
            case COUNT -> DataTypes.LongType;
            case BOOL -> DataTypes.BooleanType;
        };
    }

    /** What a column of this kind may hold, for the message that refuses one. */
    static String accepted(ZeekSchema.Kind kind) {
        return switch (kind) {
            case TIME -> "a time: seconds as a number, a timestamp, or text (seconds or ISO 8601)";
            case COUNT -> "a count: a whole number, or text of one";
            case BOOL -> "a flag: boolean, or text T, F, true or false";
            case TEXT -> "text or a whole number";
        };
    }

    /** The column converted to {@link #rowType}, or null when a column of type {@code found} cannot be. */
    static Column convert(ZeekSchema.Kind kind, Column column, DataType found) {
        return switch (kind) {
            case TIME -> time(column, found);
            case COUNT -> count(column, found);
            case BOOL -> flag(column, found);
            case TEXT -> text(column, found);
        };
    }

    private static Column time(Column c, DataType found) {
        if (found instanceof StringType) {
            return c; // seconds or ISO 8601, exactly as the log reader would read them
        }
        if (found instanceof BinaryType || integral(found) || found instanceof DecimalType) {
            return c.cast(DataTypes.StringType);
        }
        if (found instanceof DoubleType || found instanceof FloatType) {
            // to the microsecond Zeek writes (a double cannot hold 16 digits exactly); NaN and infinities are no time
            return c.try_cast(MICROSECONDS).cast(DataTypes.StringType);
        }
        if (found instanceof TimestampType) {
            return functions.unix_micros(c).cast(DataTypes.createDecimalType(20, 0))
                    .multiply(functions.lit(new BigDecimal("0.000001"))).cast(DataTypes.StringType);
        }
        if (found instanceof TimestampNTZType) {
            // a time without zone, taken as UTC (Zeek's own times are): 2024-05-01 12:00:00.5 -> 2024-05-01T12:00:00.5Z
            return functions.concat(functions.regexp_replace(c.cast(DataTypes.StringType), " ", "T"), functions.lit("Z"));
        }
        return null;
    }

    private static Column count(Column c, DataType found) {
        if (integral(found)) {
            return c.cast(DataTypes.LongType);
        }
        if (found instanceof StringType || found instanceof BinaryType) {
            // what the log reader counts: a whole number in plain digits, anything else none
            Column s = c.cast(DataTypes.StringType);
            return functions.when(s.rlike("^[+-]?[0-9]+$"), s.try_cast(DataTypes.LongType));
        }
        if (found instanceof DoubleType || found instanceof FloatType || found instanceof DecimalType) {
            // a tool that keeps counts with gaps as floating point (pandas does): whole numbers only
            return functions.when(c.equalTo(functions.floor(c)), c.try_cast(DataTypes.LongType));
        }
        return null;
    }

    private static Column flag(Column c, DataType found) {
        if (found instanceof BooleanType) {
            return c;
        }
        if (found instanceof StringType || found instanceof BinaryType) {
            Column s = c.cast(DataTypes.StringType);
            return functions.when(s.isin("T", "true"), true).when(s.isin("F", "false"), false);
        }
        return null;
    }

    private static Column text(Column c, DataType found) {
        if (found instanceof StringType) {
            return c;
        }
        if (found instanceof BinaryType || integral(found)) {
            return c.cast(DataTypes.StringType);
        }
        return null;
    }

    private static boolean integral(DataType type) {
        return type instanceof LongType || type instanceof IntegerType || type instanceof ShortType
                || type instanceof ByteType;
    }
}
