package org.otbridge.report.html.view;

import java.util.List;

/**
 * The rows a table shows and how many there are in all: a large result is cut so the page stays
 * small and quick to open, and the table says how many rows the JSON or XLSX view holds.
 */
public record Shown<T>(List<T> rows, int total) {

    public Shown {
        rows = List.copyOf(rows);
    }

    public static <T> Shown<T> first(List<T> all, int limit) {
        return new Shown<>(all.subList(0, Math.min(limit, all.size())), all.size());
    }

    public boolean cut() {
        return rows.size() < total;
    }

    public boolean isEmpty() {
        return total == 0;
    }

    /** "Showing 500 of 112,563." or "" when nothing was cut. */
    public String note() {
        return cut() ? String.format(java.util.Locale.ROOT, "Showing %,d of %,d; the JSON and XLSX views hold them all.",
                rows.size(), total) : "";
    }
}
