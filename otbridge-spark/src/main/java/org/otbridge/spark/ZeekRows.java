package org.otbridge.spark;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.otbridge.observe.zeek.ZeekRecord;

/**
 * A row of the job's schema as the record the log reader would have made of the same line: every
 * field as Zeek writes it in text, so that observe's classification sees the same values whichever
 * way the log was read.
 */
final class ZeekRows {

    private static final List<ZeekSchema.Field> FIELDS = ZeekSchema.FIELDS;

    private ZeekRows() {
    }

    /** The record of a row whose first columns are {@link ZeekSchema#FIELDS}, from the log {@code log}. */
    static ZeekRecord record(Row row, String log) {
        Map<String, String> fields = new HashMap<>(16);
        for (int i = 0; i < FIELDS.size(); i++) {
            String text = row.isNullAt(i) ? null : text(row.get(i));
            if (text != null) {
                fields.put(FIELDS.get(i).name(), text);
            }
        }
        return new ZeekRecord(log, 0, fields);
    }

    /** A value as text: booleans T and F, whole numbers and text (times too) as they are. */
    static String text(Object value) {
        if (value instanceof Boolean b) {
            return b ? "T" : "F";
        }
        return value.toString();
    }
}
