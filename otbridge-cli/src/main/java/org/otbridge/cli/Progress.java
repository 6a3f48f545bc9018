package org.otbridge.cli;

import java.io.PrintWriter;

/**
 * Progress of long work on standard error, one line per step ("otbridge diff: [2/4] assessing NEW"),
 * only when a person is watching: when standard error is a terminal ({@link Terminal#watched}).
 * Silent when piped, in CI and in tests, so output files and logs stay clean.
 */
final class Progress {

    private final PrintWriter err;
    private final String command;
    private final int steps;
    private final boolean shown;
    private int done;

    private Progress(PrintWriter err, String command, int steps, boolean shown) {
        this.err = err;
        this.command = command;
        this.steps = steps;
        this.shown = shown;
    }

    /** Progress of {@code steps} steps, shown when standard error is a terminal. */
    static Progress of(PrintWriter err, String command, int steps) {
        return new Progress(err, command, steps, Terminal.watched());
    }

    /** Progress that prints nothing. */
    static Progress silent() {
        return new Progress(null, "", 0, false);
    }

    /** Starts the next step. */
    void step(String what) {
        done++;
        if (shown) {
            err.println(command + ": [" + Math.min(done, steps) + "/" + steps + "] " + what);
            err.flush();
        }
    }
}
