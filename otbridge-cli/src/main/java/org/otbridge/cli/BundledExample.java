package org.otbridge.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.otbridge.model.load.ModelSource;

/**
 * The example utility packed into the jar from examples/nordvik-energi, used whenever a command
 * is given no model, so a newcomer sees a full result at once.
 */
final class BundledExample {

    static final String NAME = "nordvik-energi";
    private static final String FOLDER = "/org/otbridge/cli/example";

    private BundledExample() {
    }

    static List<ModelSource> sources() {
        URL url = BundledExample.class.getResource(FOLDER);
        if (url == null) {
            throw new IllegalStateException("the bundled example is missing from the jar");
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
                    return read(jar.getPath(FOLDER));
                }
            }
            return read(Path.of(uri));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<ModelSource> read(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> yaml = files.filter(p -> p.getFileName().toString().matches(".*\\.ya?ml")).sorted().toList();
            List<ModelSource> sources = new java.util.ArrayList<>();
            for (Path file : yaml) {
                sources.add(new ModelSource("(bundled)/" + NAME + "/" + file.getFileName(),
                        new String(Files.readAllBytes(file), StandardCharsets.UTF_8)));
            }
            return sources;
        }
    }
}
