package org.otbridge.analysis.contingency;

import java.util.ArrayList;
import java.util.List;
import org.otbridge.model.Ref;

/** Wording shared by the contingency rules: short lists and months (durations: {@link org.otbridge.analysis.Durations}). */
final class Text {

    /** How many elements a detail sentence names before "and N more". */
    static final int NAMED = 5;

    private Text() {
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
