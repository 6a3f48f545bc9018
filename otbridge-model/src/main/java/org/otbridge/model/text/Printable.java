package org.otbridge.model.text;

/**
 * Makes text from a model safe to print on a terminal or in a log. Names, keys and file names are
 * written by whoever wrote the model; printed raw, an ANSI escape could clear the screen or recolour
 * a finding, a newline could forge a {@code FILE:LINE:COL} line in {@code check} output, and a
 * right-to-left override could make text read backwards. Every such character is shown visibly
 * instead: {@code \n}, {@code \r}, {@code \t}, {@code \e} for ESC, {@code \}{@code uXXXX} for the rest.
 * Backslashes are left as they are, so Windows paths stay readable; the result is for showing, not
 * for reading back.
 */
public final class Printable {

    private Printable() {
    }

    /** {@code text} with every control and direction-changing character escaped; null stays null. */
    public static String escape(String text) {
        if (text == null) {
            return null;
        }
        int first = firstUnsafe(text);
        if (first < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 16).append(text, 0, first);
        for (int i = first; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!unsafeAt(text, i)) {
                out.append(c);
                continue;
            }
            switch (c) {
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\u001b' -> out.append("\\e");
                default -> out.append(String.format("\\u%04x", (int) c));
            }
        }
        return out.toString();
    }

    /** Whether {@code text} prints as itself, without anything {@link #escape} would change. */
    public static boolean isSafe(String text) {
        return firstUnsafe(text) < 0;
    }

    private static int firstUnsafe(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (unsafeAt(text, i)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * C0 controls (tab and line breaks included), DEL, C1 controls, the line and paragraph
     * separators, and the bidirectional marks, embeddings, overrides and isolates (the "Trojan
     * Source" characters); also a lone surrogate half, which no terminal shows as anything sane.
     */
    private static boolean unsafeAt(String text, int i) {
        char c = text.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1));
        }
        if (Character.isLowSurrogate(c)) {
            return i == 0 || !Character.isHighSurrogate(text.charAt(i - 1));
        }
        return isUnsafe(c);
    }

    /** Whether a character (not a surrogate) is one {@link #escape} shows as an escape. */
    public static boolean isUnsafe(char c) {
        if (c < 0x20 || (c >= 0x7f && c <= 0x9f)) {
            return true;
        }
        if (c < 0x61c) {
            return false;
        }
        return c == 0x061c || c == 0x200e || c == 0x200f || (c >= 0x202a && c <= 0x202e)
                || (c >= 0x2066 && c <= 0x2069) || c == 0x2028 || c == 0x2029;
    }
}
