package org.otbridge.model.load;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.otbridge.model.Model;
import org.otbridge.model.Problem;
import org.otbridge.model.SourcePosition;
import org.otbridge.model.yaml.ReadLimits;
import org.otbridge.model.yaml.YamlTreeReader;

/**
 * Loads a model from one YAML file or a folder of them (which files, see {@link ModelFolder}),
 * merging the sections of all files, then validates it. Reports every problem at once, within
 * {@link LoadLimits}. Files are read in parallel; the result does not depend on it.
 */
public final class ModelLoader {

    private final LoadLimits limits;
    private final YamlTreeReader yaml;

    /** A loader with {@link LoadLimits#defaults()}. */
    public ModelLoader() {
        this(LoadLimits.defaults());
    }

    public ModelLoader(LoadLimits limits) {
        this.limits = limits;
        this.yaml = new YamlTreeReader(limits.read());
    }

    /** Loads a file or a folder as named by the user; problems name files as {@code path} does. */
    public LoadResult load(Path path) {
        String shown = path.toString();
        if (!Files.isDirectory(path)) {
            return finish(List.of(readFile(path, shown)), List.of(), List.of());
        }
        ModelFolder.Listing listing;
        try {
            listing = ModelFolder.list(path, limits.files());
        } catch (IOException | UncheckedIOException e) {
            return finish(List.of(FileReader.failed(shown, new Problem(new SourcePosition(shown, 1, 1),
                    "cannot list folder: " + e.getMessage()))), List.of(), List.of());
        }
        if (listing.files().isEmpty() && listing.problems().isEmpty()) {
            return finish(List.of(FileReader.failed(shown, new Problem(new SourcePosition(shown, 1, 1),
                    "no .yaml or .yml files in this folder"))), listing.skipped(), List.of());
        }
        List<FileReader.Result> files = listing.files().parallelStream()
                .map(file -> readFile(file.path(), file.shown()))
                .toList();
        return finish(files, listing.skipped(), listing.problems());
    }

    /** Loads already-read sources, such as the example bundled in the jar. */
    public LoadResult load(List<ModelSource> sources) {
        return finish(sources.parallelStream()
                .map(source -> FileReader.read(yaml, source.name(), new StringReader(source.text())))
                .toList(), List.of(), List.of());
    }

    private LoadResult finish(List<FileReader.Result> files, List<SkippedFile> skipped, List<Problem> found) {
        List<Problem> problems = new ArrayList<>(found);
        List<ModelBinder> binders = new ArrayList<>(files.size());
        // After a syntax error the ids defined behind it are unknown: "not defined" would be false.
        // The same holds when a folder could not be listed whole.
        boolean allRead = found.isEmpty();
        for (FileReader.Result file : files) {
            problems.addAll(file.problems());
            binders.add(file.binder());
            allRead &= file.complete();
        }
        Consumer<Problem> report = problems::add;
        Model model = ModelBinder.merge(binders, report);
        new ModelValidator(report, allRead).validate(model);
        return new LoadResult(model, problems, skipped);
    }

    private FileReader.Result readFile(Path file, String shown) {
        SourcePosition start = new SourcePosition(shown, 1, 1);
        try {
            if (Files.isRegularFile(file) && Files.size(file) > limits.fileSize()) {
                return FileReader.failed(shown, new Problem(start, "the file is " + Files.size(file)
                        + " bytes, larger than the file-size limit of " + ReadLimits.size(limits.fileSize())
                        + "; not read (if the file is genuine, raise it with --limit file-size=SIZE;"
                        + " docs/limits.md)"));
            }
            try (InputStream bytes = Files.newInputStream(file)) {
                return FileReader.read(yaml, shown, bytes);
            }
        } catch (NoSuchFileException e) {
            return FileReader.failed(shown, new Problem(start, "no such file or folder"));
        } catch (IOException e) {
            return FileReader.failed(shown, new Problem(start, "cannot read: " + e.getMessage()));
        }
    }
}
