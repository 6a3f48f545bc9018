package org.otbridge.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.otbridge.observe.Discovery;
import org.otbridge.observe.UnreadableInputException;
import org.otbridge.observe.inventory.Inventory;

/**
 * Reads captures, Zeek logs and inventory documents (files or folders) into one observed
 * inventory for {@code discover} and {@code assess --capture}: damaged records are reported on
 * standard error (the first 20 per file, then a count) and skipped, with a progress line at a
 * terminal. An input that cannot be read at all is one line naming it, and no inventory.
 */
final class CaptureInput {

    static final int PROBLEMS_SHOWN_PER_FILE = 20;

    /** The inputs could not be used; the reason was printed. */
    static final class Unreadable extends Exception {
        private static final long serialVersionUID = 1L;

        Unreadable(String message) {
            super(message, null, false, false);
        }
    }

    private CaptureInput() {
    }

    /**
     * The inventory of every input.
     *
     * @param command the command's name, for the message when the inputs cannot be listed at all
     */
    static Inventory read(List<Path> inputs, PrintWriter err, String command) throws Unreadable {
        ConsoleProgress progress = ConsoleProgress.wanted() ? new ConsoleProgress(err) : null;
        Map<String, int[]> problemsPerFile = new HashMap<>();
        Discovery.Listener listener = new Discovery.Listener() {
            @Override
            public void problem(String file, String where, String message) {
                synchronized (problemsPerFile) {
                    int[] count = problemsPerFile.computeIfAbsent(file, k -> new int[1]);
                    if (++count[0] > PROBLEMS_SHOWN_PER_FILE) {
                        return;
                    }
                }
                String line = file + (where.startsWith("offset") ? ": " : ":") + where + ": " + message;
                if (progress != null) {
                    progress.message(line);
                } else {
                    synchronized (err) {
                        err.println(line);
                    }
                }
            }

            @Override
            public void progress(long done, long total) {
                if (progress != null) {
                    progress.update(done, total);
                }
            }
        };
        Inventory inventory;
        try {
            inventory = new Discovery().discover(inputs, listener);
        } catch (UnreadableInputException e) {
            if (progress != null) {
                progress.finish();
            }
            err.println(e.location() + ": " + Terminal.oneLine(e.getMessage()));
            throw new Unreadable(e.getMessage());
        } catch (IOException e) {
            if (progress != null) {
                progress.finish();
            }
            String message = command + ": cannot read the inputs: " + OutputTarget.reason(e);
            err.println(Terminal.oneLine(message));
            throw new Unreadable(message);
        } finally {
            if (progress != null) {
                progress.finish();
            }
        }
        problemsPerFile.forEach((file, count) -> {
            if (count[0] > PROBLEMS_SHOWN_PER_FILE) {
                err.println(file + ": " + (count[0] - PROBLEMS_SHOWN_PER_FILE) + " more damaged records not shown");
            }
        });
        return inventory;
    }
}
