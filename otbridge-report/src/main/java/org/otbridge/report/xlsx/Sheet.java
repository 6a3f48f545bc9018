package org.otbridge.report.xlsx;

import java.util.List;
import java.util.function.Function;

/**
 * One sheet of a workbook: a name, the column headings and widths, the rows, and how a row
 * becomes cells (String, Number or Boolean; null for an empty cell). A new section of the result
 * is one more sheet in the workbook's list.
 */
public record Sheet<T>(String name, List<Column> columns, List<T> rows, Function<T, List<Object>> cells) {

    /** A column heading and its width in characters. */
    public record Column(String heading, int width) {
    }

    public Sheet {
        if (name.length() > 31) {
            throw new IllegalArgumentException("a sheet name has at most 31 characters: " + name);
        }
        columns = List.copyOf(columns);
    }

    public static Column column(String heading, int width) {
        return new Column(heading, width);
    }
}
