package org.otbridge.cli;

import org.otbridge.model.text.Printable;

/** Text the CLI prints about failures: always one line, never raw control characters. */
final class Terminal {

    private Terminal() {
    }

    /** {@code text} on one line: line breaks become spaces, other control characters are shown escaped. */
    static String oneLine(String text) {
        if (text == null) {
            return "";
        }
        return Printable.escape(text.strip().replaceAll("[\\r\\n]+\\s*", " "));
    }
}
