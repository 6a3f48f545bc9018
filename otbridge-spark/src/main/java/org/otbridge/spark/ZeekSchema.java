package org.otbridge.spark;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The fields the job reads of Zeek logs: only those the inventory is made of (conn.log's and those
 * the ICSNPP protocol logs are classified by), with Zeek's own types. JSON is read with an explicit
 * schema that keeps times as text, exactly as written (epoch seconds or ISO 8601); Parquet with
 * each file's own types, converted by {@link ParquetColumns}. Zeek writes dotted names
 * ({@code id.orig_h}) as one flat key; in Spark expressions they are quoted with backticks.
 */
public final class ZeekSchema {

    /** A field of the logs and its type: time, count (ports and counts), bool or text. */
    record Field(String name, Kind kind) {
    }

    enum Kind { TIME, COUNT, BOOL, TEXT }

    static final List<Field> FIELDS = List.of(
            new Field("_path", Kind.TEXT), new Field("ts", Kind.TIME), new Field("uid", Kind.TEXT),
            new Field("id.orig_h", Kind.TEXT), new Field("id.orig_p", Kind.COUNT), new Field("id.resp_h", Kind.TEXT),
            new Field("id.resp_p", Kind.COUNT), new Field("proto", Kind.TEXT), new Field("service", Kind.TEXT),
            new Field("duration", Kind.TIME), new Field("orig_pkts", Kind.COUNT), new Field("resp_pkts", Kind.COUNT),
            new Field("orig_ip_bytes", Kind.COUNT), new Field("resp_ip_bytes", Kind.COUNT),
            new Field("orig_l2_addr", Kind.TEXT), new Field("resp_l2_addr", Kind.TEXT),
            // modbus, modbus_detailed
            new Field("func", Kind.TEXT), new Field("pdu_type", Kind.TEXT),
            // dnp3, dnp3_control
            new Field("fc_request", Kind.TEXT), new Field("function_code", Kind.TEXT), new Field("is_orig", Kind.BOOL),
            // s7comm, s7comm_plus
            new Field("rosctr_code", Kind.COUNT), new Field("rosctr_name", Kind.TEXT),
            new Field("function_name", Kind.TEXT), new Field("subfunction_name", Kind.TEXT),
            new Field("opcode_name", Kind.TEXT),
            // cip, bacnet, mqtt_*, opcua_binary, profinet_io_cm
            new Field("direction", Kind.TEXT), new Field("cip_service", Kind.TEXT), new Field("pdu_service", Kind.TEXT),
            new Field("from_client", Kind.BOOL), new Field("action", Kind.TEXT), new Field("msg_type", Kind.TEXT),
            new Field("identifier_str", Kind.TEXT), new Field("packet_type", Kind.TEXT),
            new Field("operation", Kind.TEXT));

    /** The column Spark fills with a JSON line it cannot read. */
    static final String CORRUPT = "_corrupt_record";

    private ZeekSchema() {
    }

    /** The schema of JSON lines: times as the text Zeek wrote, and a column for unreadable lines. */
    public static StructType json() {
        return schema(DataTypes.StringType).add(CORRUPT, DataTypes.StringType);
    }

    private static StructType schema(DataType time) {
        StructType schema = new StructType();
        for (Field field : FIELDS) {
            schema = schema.add(field.name(), switch (field.kind()) {
                case TIME -> time;
                case COUNT -> DataTypes.LongType;
                case BOOL -> DataTypes.BooleanType;
                case TEXT -> DataTypes.StringType;
            });
        }
        return schema;
    }

    /** The fields in schema order, each quoted so that a dotted name is one column. */
    static List<Column> columns() {
        List<Column> columns = new ArrayList<>();
        for (Field field : FIELDS) {
            columns.add(column(field.name()));
        }
        return columns;
    }

    /** A column by its name as Zeek writes it, quoted so that a dotted name is one column. */
    static Column column(String name) {
        return functions.col("`" + name + "`");
    }
}
