package org.otbridge.cli;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * One self-overwriting progress line on standard error, for long reads at a terminal: bytes read
 * of the total, percentage and rate, at most five times a second. Thread-safe.
 */
final class ConsoleProgress {

    private static final long INTERVAL_NANOS = 200_000_000L;

    private final PrintWriter err;
    private final long start = System.nanoTime();
    private long lastPrint;
    private boolean printed;

    ConsoleProgress(PrintWriter err) {
        this.err = err;
    }

    /** True when progress should be shown: standard error is a terminal. */
    static boolean wanted() {
        return Terminal.watched();
    }

    synchronized void update(long done, long total) {
        long now = System.nanoTime();
        if (now - lastPrint < INTERVAL_NANOS || total <= 0) {
            return;
        }
        lastPrint = now;
        double seconds = Math.max(1e-3, (now - start) / 1e9);
        err.print(String.format(Locale.ROOT, "\rreading %s of %s (%d%%), %s/s   ", size(done), size(total),
                Math.min(100, done * 100 / total), size((long) (done / seconds))));
        err.flush();
        printed = true;
    }

    /** Ends the progress line so that what follows starts on its own line. */
    synchronized void finish() {
        if (printed) {
            err.print("\r" + " ".repeat(60) + "\r");
            err.flush();
            printed = false;
        }
    }

    /** Interrupts the progress line for a message. */
    synchronized void message(String line) {
        finish();
        err.println(line);
    }

    private static String size(long bytes) {
        if (bytes >= 1L << 30) {
            return String.format(Locale.ROOT, "%.1f GB", bytes / (double) (1L << 30));
        }
        if (bytes >= 1L << 20) {
            return String.format(Locale.ROOT, "%.0f MB", bytes / (double) (1L << 20));
        }
        return String.format(Locale.ROOT, "%d kB", bytes >> 10);
    }
}
