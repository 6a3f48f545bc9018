package org.otbridge.analysis.contingency;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.otbridge.model.Ref;

/** Wording shared by the contingency rules: durations as the model writes them, short lists. */
final class Text {

    /** How many elements a detail sentence names before "and N more". */
    static final int NAMED = 5;

    private Text() {
    }

    /** A duration as the model writes it, largest units first: {@code 16w 1d}, {@code 8h}, {@code 30m}. */
    static String duration(Duration duration) {
        long minutes = Math.max(0, duration.toMinutes());
        if (minutes == 0) {
            return "0h";
        }
        long weeks = minutes / (7 * 24 * 60);
        minutes -= weeks * 7 * 24 * 60;
        long days = minutes / (24 * 60);
        minutes -= days * 24 * 60;
        long hours = minutes / 60;
        minutes -= hours * 60;
        List<String> parts = new ArrayList<>(4);
        if (weeks > 0) {
            parts.add(weeks + "w");
        }
        if (days > 0) {
            parts.add(days + "d");
        }
        if (hours > 0) {
            parts.add(hours + "h");
        }
        if (minutes > 0) {
            parts.add(minutes + "m");
        }
        return String.join(" ", parts);
    }

    /** "a", "a and b", "a, b and c"; past {@value #NAMED} items "a, b, c, d, e and 3 more". */
    static String and(List<String> items) {
        List<String> parts = items;
        if (items.size() > NAMED) {
            parts = new ArrayList<>(items.subList(0, NAMED));
            parts.add((items.size() - NAMED) + " more");
        }
        if (parts.isEmpty()) {
            return "";
        }
        if (parts.size() == 1) {
            return parts.get(0);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
    }

    /** References as keys, listed with {@link #and(List)}. */
    static String refs(List<Ref> refs) {
        return and(refs.stream().map(Ref::key).toList());
    }

    /** "1 month", "18 months". */
    static String months(long months) {
        return months == 1 ? "1 month" : months + " months";
    }
}
