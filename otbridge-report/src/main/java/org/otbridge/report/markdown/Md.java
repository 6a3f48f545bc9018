package org.otbridge.report.markdown;

import java.util.List;
import org.otbridge.report.view.Words;

/**
 * Markdown text from untrusted model strings: one line, table pipes and Markdown punctuation
 * escaped, {@code <} and {@code &} as entities so no HTML reaches a wiki or merge request page.
 * A {@code >} makes no tag without a {@code <}; it is escaped only where it would start a quote,
 * so "risk 790 -> 760" stays readable in the file.
 */
final class Md {

    private Md() {
    }

    static String text(String value) {
        String line = Words.oneLine(value);
        StringBuilder out = new StringBuilder(line.length() + 8);
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append(i == 0 ? "\\>" : ">");
                case '&' -> out.append("&amp;");
                case '\\', '`', '*', '_', '[', ']', '|', '#', '~', '!' -> out.append('\\').append(c);
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** A code span for ids and references; backticks inside are replaced, never escaped. */
    static String code(String value) {
        String line = Words.oneLine(value).replace('`', '\'').replace("|", "\\|");
        return line.isEmpty() ? "" : "`" + line + "`";
    }

    static String row(List<String> cells) {
        return "| " + String.join(" | ", cells) + " |";
    }

    static String header(String... cells) {
        return row(List.of(cells)) + "\n" + row(java.util.Arrays.stream(cells).map(c -> "---").toList());
    }
}
