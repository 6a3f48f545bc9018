package org.otbridge.observe.zeek;

import java.util.Map;

/**
 * One line of a Zeek log: the log's path (conn, modbus, dnp3, ...), its line number in the file and
 * its fields by name. Unset and empty fields are absent.
 */
public record ZeekRecord(String path, long line, Map<String, String> fields) {

    public ZeekRecord {
        fields = Map.copyOf(fields);
    }

    public String get(String name) {
        return fields.get(name);
    }

    /** True when the field is present and equals one of the values. */
    public boolean is(String name, String... values) {
        String value = fields.get(name);
        if (value == null) {
            return false;
        }
        for (String candidate : values) {
            if (candidate.equals(value)) {
                return true;
            }
        }
        return false;
    }
}
