package org.otbridge.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.otbridge.model.load.ModelSource;

/**
 * The model files of a folder as they were at a git revision, read with {@code git show} so the
 * working tree is never touched. Each source is named {@code REV:path}, so a problem in an old
 * revision says where it was.
 */
final class GitSources {

    /** Why the files cannot be read, as one line for the user. */
    static final class Failed extends Exception {
        private static final long serialVersionUID = 1L;

        Failed(String message) {
            super(message, null, false, false);
        }
    }

    private static final long TIMEOUT_SECONDS = 120;

    private GitSources() {
    }

    static List<ModelSource> read(Path folder, String revision) throws Failed {
        if (revision.startsWith("-")) {
            throw new Failed("'" + revision + "' is not a revision");
        }
        String prefix = git(folder, "rev-parse", "--show-prefix").strip();
        String listing = git(folder, "ls-tree", "-r", "--full-tree", "--name-only", "-z", revision + "^{tree}");
        List<ModelSource> sources = new ArrayList<>();
        for (String path : listing.split("\0")) {
            String lower = path.toLowerCase(Locale.ROOT);
            if (path.startsWith(prefix) && (lower.endsWith(".yaml") || lower.endsWith(".yml"))) {
                sources.add(new ModelSource(revision + ":" + path, git(folder, "show", revision + ":" + path)));
            }
        }
        if (sources.isEmpty()) {
            throw new Failed("no .yaml or .yml files under " + (prefix.isEmpty() ? "the repository" : prefix) + " at "
                    + revision);
        }
        return sources;
    }

    private static String git(Path folder, String... args) throws Failed {
        List<String> command = new ArrayList<>();
        command.add("git");
        command.add("-C");
        command.add(folder.toString());
        command.addAll(List.of(args));
        Process process;
        try {
            process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.PIPE).start();
        } catch (IOException e) {
            throw new Failed("cannot run git: " + e.getMessage());
        }
        try {
            process.getOutputStream().close();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            Thread errors = new Thread(() -> copy(process.getErrorStream(), err), "git-stderr");
            errors.start();
            byte[] out = process.getInputStream().readAllBytes();
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new Failed("git " + args[0] + " took longer than " + TIMEOUT_SECONDS + " s");
            }
            errors.join();
            if (process.exitValue() != 0) {
                String message = err.toString(StandardCharsets.UTF_8).strip().replaceAll("\\s+", " ");
                throw new Failed("git " + args[0] + " failed in " + folder + ": " + (message.isEmpty()
                        ? "exit " + process.exitValue() : message));
            }
            return new String(out, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new Failed("cannot read from git: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            throw new Failed("interrupted while reading from git");
        }
    }

    private static void copy(InputStream in, ByteArrayOutputStream out) {
        try {
            in.transferTo(out);
        } catch (IOException e) {
            // The exit status tells that git failed.
        }
    }
}
