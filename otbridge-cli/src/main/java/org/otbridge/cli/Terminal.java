package org.otbridge.cli;

/** Text the CLI prints about failures: always one line, never raw control characters. */
final class Terminal {

    private Terminal() {
    }

    /** {@code text} on one line: runs of white space become one space, other control characters are escaped. */
    static String oneLine(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder line = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                space = line.length() > 0;
                continue;
            }
            if (space) {
                line.append(' ');
                space = false;
            }
            if (Character.isISOControl(c) || c == '\u202e' || c == '\u202d') {
                line.append(String.format("\\u%04x", (int) c));
            } else {
                line.append(c);
            }
        }
        return line.toString();
    }
}
