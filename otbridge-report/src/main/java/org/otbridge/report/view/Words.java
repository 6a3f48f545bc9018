package org.otbridge.report.view;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.otbridge.model.Ref;

/** Small wordings every view shares, so a count or a cost reads the same in each format. */
public final class Words {

    private Words() {
    }

    /** "1 asset", "3 assets". */
    public static String plural(long count, String noun) {
        return String.format(Locale.ROOT, "%,d", count) + " " + noun + (count == 1 ? "" : "s");
    }

    /** A count with thousands separators: 65,144. */
    public static String count(long count) {
        return String.format(Locale.ROOT, "%,d", count);
    }

    /** An attack cost with one decimal, or "unreachable" when infinite. */
    public static String cost(double value) {
        return Double.isFinite(value) ? String.format(Locale.ROOT, "%.1f", value) : "unreachable";
    }

    /** The text on one line, runs of white space as one space; "" for null. */
    public static String oneLine(String text) {
        return text == null ? "" : text.replaceAll("\\s+", " ").strip();
    }

    /** The text on one line, cut with "..." to at most {@code width} characters. */
    public static String shorten(String text, int width) {
        String line = oneLine(text);
        return line.length() <= width ? line : line.substring(0, Math.max(0, width - 3)) + "...";
    }

    /** The first sentence of a text: up to and including the first ". " (or all of it). */
    public static String firstSentence(String text) {
        String line = oneLine(text);
        int end = line.indexOf(". ");
        return end < 0 ? line : line.substring(0, end + 1);
    }

    /** References joined by ", ". */
    public static String keys(List<Ref> refs) {
        return refs.stream().map(r -> r == null ? "-" : r.key()).collect(Collectors.joining(", "));
    }

    /** At most {@code shown} references by key, then "+N more". */
    public static String someKeys(List<Ref> refs, int shown) {
        String listed = refs.stream().limit(shown).map(Ref::key).collect(Collectors.joining(", "));
        return refs.size() > shown ? listed + " +" + (refs.size() - shown) + " more" : listed;
    }

    /** A severity or other model word with a capital: "Critical". */
    public static String capital(String word) {
        return word == null || word.isEmpty() ? "" : word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1);
    }
}
