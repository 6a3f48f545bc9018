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

    /**
     * True when standard error is a terminal, so a person sees progress written there; also when
     * the report goes to standard output and that is redirected to a file. Where the system does not
     * say what standard error is (no /proc), a console attached to the JVM decides.
     */
    static boolean watched() {
        try {
            String target = java.nio.file.Files.readSymbolicLink(java.nio.file.Path.of("/proc/self/fd/2")).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty") || target.equals("/dev/console");
        } catch (java.io.IOException | UnsupportedOperationException | SecurityException e) {
            return System.console() != null;
        }
    }
}
