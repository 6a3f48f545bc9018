package org.otbridge.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Collection;
import org.otbridge.report.format.BinaryFormat;
import org.otbridge.report.format.ReportFormat;
import org.otbridge.report.format.TextFormat;

/**
 * Where a command writes its result: standard output, or a file named with {@code -o}. Prepared
 * before any work starts, so a bad location costs nothing; a regular file is written whole or not
 * at all (a temporary file beside it, synced, then renamed over it), and the temporary file is
 * removed on every exit, including an interrupt. A symbolic link is kept: the file it points to
 * is replaced. Character devices and pipes ({@code /dev/null}, {@code /dev/stdout}, a FIFO) are
 * written in place, since there is nothing to replace; folders, block devices and sockets are
 * refused. {@code -o -} means standard output.
 */
final class OutputTarget implements AutoCloseable {

    /** Writes one result; the writer is UTF-8 and closed by the target. */
    @FunctionalInterface
    interface Content {
        void writeTo(Writer out) throws IOException;
    }

    /** Writes one binary result; the stream is closed by the target. */
    @FunctionalInterface
    interface ByteContent {
        void writeTo(OutputStream out) throws IOException;
    }

    @FunctionalInterface
    private interface Filling {
        void fill(FileChannel channel) throws IOException;
    }

    /** Why an output cannot be written, as one line for the user. */
    static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;

        Refused(String message) {
            super(message, null, false, false);
        }
    }

    private enum Kind { STANDARD_OUTPUT, REPLACE_FILE, WRITE_IN_PLACE }

    /** Linux's limit on links followed in one path lookup; a longer chain is a loop. */
    private static final int MAX_LINKS = 40;
    private static final int FILE_TYPE_MASK = 0170000;
    private static final int CHARACTER_DEVICE = 0020000;
    private static final int FIFO = 0010000;

    private final Kind kind;
    private final String shown;
    private final Path file;
    private final PrintWriter standardOutput;
    private Path temporary;
    private Thread cleanup;

    private OutputTarget(Kind kind, String shown, Path file, PrintWriter standardOutput) {
        this.kind = kind;
        this.shown = shown;
        this.file = file;
        this.standardOutput = standardOutput;
    }

    static OutputTarget standardOutput(PrintWriter out) {
        return new OutputTarget(Kind.STANDARD_OUTPUT, "standard output", null, out);
    }

    /**
     * Checks {@code requested} and reserves it: resolves links, refuses what cannot hold a report,
     * and for a regular file creates the temporary file now, which proves the folder writable.
     */
    static OutputTarget prepare(Path requested, PrintWriter standardOutput) throws Refused {
        if (requested.toString().equals("-")) {
            return standardOutput(standardOutput);
        }
        String shown = requested.toString();
        Integer descriptor = descriptor(requested, shown);
        if (descriptor != null) {
            // The link behind /dev/stdout leads to whatever the shell redirected standard output
            // to; renaming a report over it would take the file's other contents (or fail on a pipe).
            if (descriptor == 1) {
                return standardOutput(standardOutput);
            }
            throw new Refused("-o " + shown + " is file descriptor " + descriptor + "; -o writes standard output ('-' or "
                    + "/dev/stdout) or a file, so redirect that descriptor to a file and name the file");
        }
        Path file = resolveLinks(requested, shown);
        refuseFileAsFolder(file, shown);
        BasicFileAttributes attributes = attributes(file);
        if (attributes == null || attributes.isRegularFile()) {
            OutputTarget target = new OutputTarget(Kind.REPLACE_FILE, shown, file, standardOutput);
            target.reserve();
            return target;
        }
        if (attributes.isDirectory()) {
            throw new Refused(shown + " is a folder; -o needs a file name");
        }
        int type = fileType(file);
        if (type != CHARACTER_DEVICE && type != FIFO) {
            throw new Refused(shown + " is a " + (type == 0060000 ? "block device" : type == 0140000 ? "socket"
                    : "special file") + "; -o writes regular files, character devices and pipes only");
        }
        if (!Files.isWritable(file)) {
            throw new Refused("cannot write " + shown + ": permission denied");
        }
        return new OutputTarget(Kind.WRITE_IN_PLACE, shown, file, standardOutput);
    }

    /** True when the result goes to standard output rather than a file the user named. */
    boolean isStandardOutput() {
        return kind == Kind.STANDARD_OUTPUT;
    }

    /** The output as the user named it. */
    String shown() {
        return shown;
    }

    /**
     * Refuses a target that is one of the run's inputs (the same file, through any link) or lies in
     * an input folder, so a report never overwrites the model, a capture or a rule file it was made
     * from, nor becomes an input of the next run.
     */
    void refuseInputs(Collection<Path> inputs) throws Refused {
        if (kind != Kind.REPLACE_FILE) {
            return;
        }
        for (Path input : inputs) {
            try {
                if (Files.isDirectory(input)) {
                    // a file written into an input folder would be read as an input next time
                    Path folder = file.toAbsolutePath().getParent().toRealPath();
                    if (folder.startsWith(input.toRealPath())) {
                        throw new Refused("-o " + shown + " is inside the input folder " + input
                                + "; write the result outside it");
                    }
                } else if (Files.exists(file) && Files.exists(input) && Files.isSameFile(file, input)) {
                    throw new Refused("-o " + shown + " is the input " + input + "; write the result to another file");
                }
            } catch (IOException e) {
                // An input that cannot be compared was read a moment ago; it is not the output.
            }
        }
    }

    /** Writes {@code result} in {@code format}: all of it, or (with the message) nothing. */
    <T> void write(ReportFormat<T> format, T result) throws Refused {
        if (format instanceof TextFormat<T> text) {
            write(out -> text.write(result, out));
        } else if (format instanceof BinaryFormat<T> binary) {
            if (kind == Kind.STANDARD_OUTPUT) {
                throw new Refused(format.name() + " is a binary format; write it to a file with -o FILE"
                        + format.fileEndings().get(0));
            }
            writeBytes(out -> binary.write(result, out));
        }
    }

    /** Writes bytes to a file or device: all of them, or (with the message) nothing. */
    private void writeBytes(ByteContent content) throws Refused {
        if (kind == Kind.WRITE_IN_PLACE) {
            try (OutputStream stream = Files.newOutputStream(file, StandardOpenOption.WRITE)) {
                content.writeTo(stream);
            } catch (IOException e) {
                throw new Refused("cannot write " + shown + ": " + reason(e));
            }
        } else {
            replace(channel -> {
                OutputStream stream = Channels.newOutputStream(channel);
                content.writeTo(stream);
                stream.flush();
            });
        }
    }

    /** Writes the result: all of it, or (with the message) nothing. */
    void write(Content content) throws Refused {
        switch (kind) {
            case STANDARD_OUTPUT -> {
                try {
                    content.writeTo(standardOutput);
                } catch (IOException e) {
                    throw new Refused("cannot write to standard output: " + reason(e));
                }
                standardOutput.flush();
            }
            case WRITE_IN_PLACE -> {
                try (OutputStream stream = Files.newOutputStream(file, StandardOpenOption.WRITE);
                        Writer out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16)) {
                    content.writeTo(out);
                } catch (IOException e) {
                    throw new Refused("cannot write " + shown + ": " + reason(e));
                }
            }
            case REPLACE_FILE -> replace(channel -> {
                Writer out = new BufferedWriter(new OutputStreamWriter(Channels.newOutputStream(channel),
                        StandardCharsets.UTF_8), 1 << 16);
                content.writeTo(out);
                out.flush();
            });
        }
    }

    /** Fills the temporary file through {@code filling}, syncs it and renames it over the target. */
    private void replace(Filling filling) throws Refused {
        try {
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                filling.fill(channel);
                channel.force(true);
            }
            keepPermissionsOf(file, temporary);
            try {
                Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
            temporary = null;
        } catch (IOException e) {
            throw new Refused("cannot write " + shown + ": " + reason(e) + "; " + (Files.exists(file)
                    ? "the existing file is unchanged" : "nothing written"));
        } finally {
            close();
        }
    }

    /** Removes the temporary file when the result was not written. */
    @Override
    public void close() {
        if (temporary != null) {
            deleteQuietly(temporary);
            temporary = null;
        }
        if (cleanup != null) {
            try {
                Runtime.getRuntime().removeShutdownHook(cleanup);
            } catch (IllegalStateException e) {
                // The JVM is shutting down; the hook removes the file itself.
            }
            cleanup = null;
        }
    }

    private void reserve() throws Refused {
        Path folder = file.toAbsolutePath().getParent();
        try {
            Files.createDirectories(folder);
            temporary = Files.createTempFile(folder, "." + file.getFileName() + ".", ".tmp");
        } catch (FileAlreadyExistsException | NotDirectoryException e) {
            throw new Refused("cannot write " + shown + ": " + e.getFile() + " is a file, not a folder");
        } catch (IOException e) {
            throw new Refused("cannot write " + shown + ": " + reason(e));
        }
        Path reserved = temporary;
        cleanup = new Thread(() -> deleteQuietly(reserved), "otbridge-output-cleanup");
        Runtime.getRuntime().addShutdownHook(cleanup);
    }

    /** /dev/stdout, /dev/fd/N, /proc/self/fd/N and the like: the descriptor named. */
    private static final java.util.regex.Pattern DESCRIPTOR = java.util.regex.Pattern.compile(
            "/(?:dev/fd|proc/(?:self|thread-self|\\d+(?:/task/\\d+)?)/fd)/(\\d+)|/dev/std(in|out|err)");

    /**
     * The file descriptor {@code requested} names, directly or through links, or null when it
     * names a file. A descriptor of another process is refused: it is not ours to write.
     */
    private static Integer descriptor(Path requested, String shown) throws Refused {
        Path current = requested.toAbsolutePath().normalize();
        for (int hops = 0; hops <= MAX_LINKS; hops++) {
            java.util.regex.Matcher m = DESCRIPTOR.matcher(current.toString());
            if (m.matches()) {
                String pid = current.getNameCount() > 2 && current.getName(0).toString().equals("proc")
                        ? current.getName(1).toString() : null;
                if (pid != null && pid.chars().allMatch(Character::isDigit)
                        && Long.parseLong(pid) != ProcessHandle.current().pid()) {
                    throw new Refused("-o " + shown + " is a file descriptor of another process");
                }
                return m.group(1) != null ? Integer.valueOf(m.group(1))
                        : switch (m.group(2)) {
                            case "in" -> 0;
                            case "out" -> 1;
                            default -> 2;
                        };
            }
            if (!Files.isSymbolicLink(current)) {
                return null;
            }
            try {
                current = current.getParent().resolve(Files.readSymbolicLink(current)).normalize();
            } catch (IOException e) {
                return null;
            }
        }
        return null;
    }

    private static Path resolveLinks(Path requested, String shown) throws Refused {
        Path current = requested.toAbsolutePath();
        for (int hops = 0; Files.isSymbolicLink(current); hops++) {
            if (hops == MAX_LINKS) {
                throw new Refused(shown + " is a loop of symbolic links");
            }
            try {
                Path target = Files.readSymbolicLink(current);
                current = current.getParent().resolve(target);
            } catch (IOException e) {
                throw new Refused("cannot follow the link " + shown + ": " + reason(e));
            }
        }
        return current;
    }

    /** A path through a file ({@code notes.txt/report.json}) cannot be created; say which part is the file. */
    private static void refuseFileAsFolder(Path file, String shown) throws Refused {
        for (Path folder = file.getParent(); folder != null; folder = folder.getParent()) {
            if (Files.exists(folder)) {
                if (!Files.isDirectory(folder)) {
                    throw new Refused("cannot write " + shown + ": " + folder + " is a file, not a folder");
                }
                return;
            }
        }
    }

    private static BasicFileAttributes attributes(Path file) throws Refused {
        try {
            return Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException e) {
            throw new Refused("cannot write " + file + ": " + reason(e));
        }
    }

    /** The file type bits of a special file; 0 where the platform cannot tell. */
    private static int fileType(Path file) {
        try {
            return ((Integer) Files.getAttribute(file, "unix:mode", LinkOption.NOFOLLOW_LINKS)) & FILE_TYPE_MASK;
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException | ClassCastException e) {
            return 0;
        }
    }

    private static void keepPermissionsOf(Path existing, Path replacement) {
        try {
            if (Files.exists(existing)) {
                Files.setPosixFilePermissions(replacement, Files.getPosixFilePermissions(existing));
            }
        } catch (IOException | UnsupportedOperationException e) {
            // The new file keeps its private default (owner only), the safer choice for a report.
        }
    }

    private static void deleteQuietly(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            // Nothing more can be done on the way out.
        }
    }

    /** An I/O failure in a few words: "permission denied", "No space left on device". */
    static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or folder";
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason();
        }
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }
}
