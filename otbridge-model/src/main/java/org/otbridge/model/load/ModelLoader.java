package org.otbridge.model.load;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.otbridge.model.Problem;
import org.otbridge.model.SourcePosition;
import org.otbridge.model.spec.ModelSpec;
import org.otbridge.model.yaml.YNode;
import org.otbridge.model.yaml.YamlTreeReader;

/**
 * Loads a model from one YAML file or a folder of them (searched recursively, in path order),
 * merging the sections of all files, then validates it. Reports every problem at once.
 */
public final class ModelLoader {

    private final YamlTreeReader yaml = new YamlTreeReader();

    /** Loads a file or a folder as named by the user; problems name files as {@code path} does. */
    public LoadResult load(Path path) {
        List<Problem> problems = new ArrayList<>();
        List<ModelSource> sources = new ArrayList<>();
        String shown = path.toString();
        if (Files.isDirectory(path)) {
            List<Path> files = yamlFilesUnder(path, problems);
            if (files.isEmpty() && problems.isEmpty()) {
                problems.add(new Problem(new SourcePosition(shown, 1, 1), "no .yaml or .yml files in this folder"));
            }
            for (Path file : files) {
                read(file, file.toString(), sources, problems);
            }
        } else {
            read(path, shown, sources, problems);
        }
        if (!problems.isEmpty()) {
            LoadResult partial = load(sources);
            problems.addAll(partial.problems());
            return new LoadResult(partial.model(), problems);
        }
        return load(sources);
    }

    /** Loads already-read sources, such as the example bundled in the jar. */
    public LoadResult load(List<ModelSource> sources) {
        List<Problem> problems = new ArrayList<>();
        ValueReader reader = new ValueReader(problems::add);
        ModelBinder binder = new ModelBinder(problems::add);
        for (ModelSource source : sources) {
            YNode root = yaml.read(source.name(), new StringReader(source.text()), problems::add);
            Fields fields = null;
            if (root != null) {
                fields = reader.readObject(root, ModelSpec.ROOT).orElse(null);
            }
            binder.addFile(source.name(), fields);
        }
        var model = binder.build();
        new ModelValidator(problems::add).validate(model);
        return new LoadResult(model, problems);
    }

    private static void read(Path file, String shown, List<ModelSource> sources, List<Problem> problems) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            String text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
            sources.add(new ModelSource(shown, text));
        } catch (NoSuchFileException e) {
            problems.add(new Problem(new SourcePosition(shown, 1, 1), "no such file or folder"));
        } catch (CharacterCodingException e) {
            problems.add(new Problem(new SourcePosition(shown, 1, 1), "not valid UTF-8 text"));
        } catch (IOException e) {
            problems.add(new Problem(new SourcePosition(shown, 1, 1), "cannot read: " + e.getMessage()));
        }
    }

    private static List<Path> yamlFilesUnder(Path folder, List<Problem> problems) {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> !hidden(folder.relativize(p)))
                    .filter(p -> {
                        String name = p.getFileName().toString();
                        return name.endsWith(".yaml") || name.endsWith(".yml");
                    })
                    .sorted()
                    .toList();
        } catch (IOException | java.io.UncheckedIOException e) {
            problems.add(new Problem(new SourcePosition(folder.toString(), 1, 1), "cannot list folder: " + e.getMessage()));
            return List.of();
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
