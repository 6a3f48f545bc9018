package org.otbridge.model.load;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.otbridge.model.Model;
import org.otbridge.model.Problem;
import org.otbridge.model.SourcePosition;
import org.otbridge.model.yaml.YamlTreeReader;

/**
 * Loads a model from one YAML file or a folder of them (searched recursively, in path order),
 * merging the sections of all files, then validates it. Reports every problem at once. Files
 * are read in parallel; the result does not depend on it.
 */
public final class ModelLoader {

    private final YamlTreeReader yaml = new YamlTreeReader();

    /** Loads a file or a folder as named by the user; problems name files as {@code path} does. */
    public LoadResult load(Path path) {
        String shown = path.toString();
        if (!Files.isDirectory(path)) {
            return finish(List.of(readFile(path, shown)));
        }
        List<Path> files;
        try {
            files = yamlFilesUnder(path);
        } catch (IOException | UncheckedIOException e) {
            return finish(List.of(FileReader.failed(shown, new Problem(new SourcePosition(shown, 1, 1),
                    "cannot list folder: " + e.getMessage()))));
        }
        if (files.isEmpty()) {
            return finish(List.of(FileReader.failed(shown, new Problem(new SourcePosition(shown, 1, 1),
                    "no .yaml or .yml files in this folder"))));
        }
        return finish(files.parallelStream().map(file -> readFile(file, file.toString())).toList());
    }

    /** Loads already-read sources, such as the example bundled in the jar. */
    public LoadResult load(List<ModelSource> sources) {
        return finish(sources.parallelStream()
                .map(source -> FileReader.read(yaml, source.name(), new StringReader(source.text())))
                .toList());
    }

    private LoadResult finish(List<FileReader.Result> files) {
        List<Problem> problems = new ArrayList<>();
        files.forEach(file -> problems.addAll(file.problems()));
        Model model = ModelBinder.merge(files.stream().map(FileReader.Result::binder).toList(), problems::add);
        // After a syntax error the ids defined behind it are unknown: "not defined" would be false.
        boolean allRead = files.stream().allMatch(FileReader.Result::complete);
        new ModelValidator(problems::add, allRead).validate(model);
        return new LoadResult(model, problems);
    }

    private FileReader.Result readFile(Path file, String shown) {
        SourcePosition start = new SourcePosition(shown, 1, 1);
        // A strict decoder: a file that is not UTF-8 is reported, not read as garbage.
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try (Reader reader = new BufferedReader(new InputStreamReader(Files.newInputStream(file), decoder), 1 << 16)) {
            FileReader.Result result = FileReader.read(yaml, shown, reader);
            return result;
        } catch (NoSuchFileException e) {
            return FileReader.failed(shown, new Problem(start, "no such file or folder"));
        } catch (IOException e) {
            return FileReader.failed(shown, new Problem(start, "cannot read: " + e.getMessage()));
        }
    }

    private static List<Path> yamlFilesUnder(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> !hidden(folder.relativize(p)))
                    .filter(p -> {
                        String name = p.getFileName().toString();
                        return name.endsWith(".yaml") || name.endsWith(".yml");
                    })
                    .sorted()
                    .toList();
        }
    }

    private static boolean hidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }
}
