package org.otbridge.model.load;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.otbridge.model.Problem;
import org.otbridge.model.SourcePosition;

/**
 * Finds the model files under a folder by one rule a user can predict:
 * <ul>
 *   <li>every file whose name ends in {@code .yaml} or {@code .yml}, in any case, in the folder
 *       and every sub-folder, is read, in path order;</li>
 *   <li>hidden files and folders (name starting with '.') and files of other types are not read;</li>
 *   <li>symbolic links to files or folders inside the model folder are followed, once: a file
 *       reached both directly and through a link, or a folder reached again (a link loop), is read
 *       once, under its own path;</li>
 *   <li>a link that leads outside the model folder, or to nothing, is a problem: the model would
 *       otherwise change with whatever the link points to.</li>
 * </ul>
 * Everything not read is listed with the reason. Entries are counted against the {@code files}
 * limit as they are found, so a folder of millions of entries stops early.
 */
final class ModelFolder {

    /** A file to read: where it is and the name problems call it by. */
    record Found(Path path, String shown) {
    }

    record Listing(List<Found> files, List<SkippedFile> skipped, List<Problem> problems) {
    }

    /** Thrown when the folder holds more entries than the files limit allows (already reported). */
    private static final class TooMany extends RuntimeException {
        TooMany() {
            super(null, null, false, false);
        }
    }

    private final Path realRoot;
    private final String rootShown;
    private final int maxFiles;
    private final List<SkippedFile> skipped = new ArrayList<>();
    private final List<Problem> problems = new ArrayList<>();
    /** Files found, by their real path: the first way in (real before linked) is the one read. */
    private final Map<Path, String> filesByReal = new HashMap<>();
    private final List<Found> files = new ArrayList<>();
    private final Map<Path, String> foldersByReal = new HashMap<>();
    /** Links are followed after everything reachable without one, so a file's own path wins. */
    private final Deque<Path> links = new ArrayDeque<>();
    private int entries;

    private ModelFolder(Path realRoot, String rootShown, int maxFiles) {
        this.realRoot = realRoot;
        this.rootShown = rootShown;
        this.maxFiles = maxFiles;
    }

    static Listing list(Path folder, int maxFiles) throws IOException {
        ModelFolder walk = new ModelFolder(folder.toRealPath(), folder.toString(), maxFiles);
        try {
            walk.folder(folder, walk.realRoot);
            while (!walk.links.isEmpty()) {
                walk.link(walk.links.removeFirst());
            }
        } catch (TooMany e) {
            return new Listing(List.of(), walk.skipped, walk.problems);
        }
        List<Found> sorted = walk.files.stream().sorted((a, b) -> a.path().compareTo(b.path())).toList();
        return new Listing(sorted, walk.skipped, walk.problems);
    }

    static boolean isYamlName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".yaml") || lower.endsWith(".yml");
    }

    private void folder(Path shown, Path real) throws IOException {
        String before = foldersByReal.putIfAbsent(real, shown.toString());
        if (before != null) {
            skipped.add(new SkippedFile(shown.toString(), "the folder " + before + " again, through a link"));
            return;
        }
        List<Path> children = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(shown)) {
            for (Path child : stream) {
                if (++entries > maxFiles) {
                    problems.add(new Problem(new SourcePosition(rootShown, 1, 1), "more than " + maxFiles
                            + " files under the model folder, the files limit; nothing was read (if the folder is"
                            + " genuine, raise it with --limit files=N; docs/limits.md)"));
                    throw new TooMany();
                }
                children.add(child);
            }
        }
        children.sort(null);
        for (Path child : children) {
            entry(child, real.resolve(child.getFileName().toString()));
        }
    }

    private void entry(Path shown, Path real) throws IOException {
        String name = shown.getFileName().toString();
        BasicFileAttributes attributes = Files.readAttributes(shown, BasicFileAttributes.class,
                LinkOption.NOFOLLOW_LINKS);
        if (name.startsWith(".")) {
            skipped.add(new SkippedFile(shown.toString(), attributes.isDirectory() ? "hidden folder" : "hidden"));
        } else if (attributes.isSymbolicLink()) {
            links.addLast(shown);
        } else if (attributes.isDirectory()) {
            folder(shown, real);
        } else if (!attributes.isRegularFile()) {
            skipped.add(new SkippedFile(shown.toString(), "not a regular file (a device, pipe or socket)"));
        } else if (!isYamlName(name)) {
            skipped.add(new SkippedFile(shown.toString(), "not a .yaml or .yml file"));
        } else {
            file(shown, real);
        }
    }

    private void link(Path shown) throws IOException {
        Path target;
        try {
            target = shown.toRealPath();
        } catch (IOException e) {
            problems.add(new Problem(new SourcePosition(shown.toString(), 1, 1), "symbolic link to "
                    + Files.readSymbolicLink(shown) + ", which does not exist or loops; fix or remove the link"));
            return;
        }
        if (!target.startsWith(realRoot)) {
            problems.add(new Problem(new SourcePosition(shown.toString(), 1, 1), "symbolic link points outside the"
                    + " model folder, to " + target + "; copy what it points to into the folder, or load that"
                    + " separately"));
            return;
        }
        BasicFileAttributes attributes = Files.readAttributes(target, BasicFileAttributes.class);
        String name = shown.getFileName().toString();
        if (attributes.isDirectory()) {
            folder(shown, target);
        } else if (!attributes.isRegularFile()) {
            skipped.add(new SkippedFile(shown.toString(), "a link to something that is not a regular file"));
        } else if (!isYamlName(name)) {
            skipped.add(new SkippedFile(shown.toString(), "not a .yaml or .yml file"));
        } else {
            file(shown, target);
        }
    }

    private void file(Path shown, Path real) {
        String before = filesByReal.putIfAbsent(real, shown.toString());
        if (before != null) {
            skipped.add(new SkippedFile(shown.toString(), "the same file as " + before + ", through a link"));
            return;
        }
        files.add(new Found(shown, shown.toString()));
    }
}
