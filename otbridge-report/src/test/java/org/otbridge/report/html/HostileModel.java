package org.otbridge.report.html;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.otbridge.analysis.Assessment;
import org.otbridge.analysis.Assessor;
import org.otbridge.model.load.LoadResult;
import org.otbridge.model.load.ModelLoader;
import org.otbridge.model.load.ModelSource;
import org.otbridge.report.Fixtures;

/** The bundled example with markup and script in the names a report shows: the model is untrusted input. */
final class HostileModel {

    static final String SCRIPT = "<script>alert(1)</script>";
    static final String ATTRIBUTE = "\"><img src=x onerror=alert(2)>";

    private HostileModel() {
    }

    static Assessment assessed() {
        List<ModelSource> sources = new ArrayList<>();
        try (Stream<Path> files = Files.list(Fixtures.bundledExample())) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                String text = Files.readString(file)
                        .replace("name: Nordvik Energi AS", "name: '" + SCRIPT + "'")
                        .replace("name: Corporate network", "name: '" + ATTRIBUTE.replace("'", "''") + "'");
                sources.add(new ModelSource(file.toString(), text));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        LoadResult loaded = new ModelLoader().load(sources);
        if (!loaded.ok()) {
            throw new IllegalStateException(loaded.problems().toString());
        }
        return new Assessor(LocalDate.of(2026, 3, 1)).assess(loaded.model());
    }
}
