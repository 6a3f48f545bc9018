package org.otbridge.analysis.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.otbridge.analysis.facts.SiteFacts;
import org.otbridge.model.Model;
import org.otbridge.model.load.LoadResult;
import org.otbridge.model.load.ModelLoader;
import org.otbridge.model.load.ModelSource;

/** Models for the rule tests: inline YAML files (sections merge across files) and the bundled example. */
final class Models {

    /** The day the example's dates were written for. */
    static final LocalDate EXAMPLE_DAY = LocalDate.of(2026, 11, 26);

    static final Path EXAMPLE = Path.of("..", "examples", "nordvik-energi");

    private Models() {
    }

    static SiteFacts facts(String... files) {
        List<ModelSource> sources = new ArrayList<>();
        for (int i = 0; i < files.length; i++) {
            sources.add(new ModelSource("model-" + (i + 1) + ".yaml", files[i]));
        }
        LoadResult result = new ModelLoader().load(sources);
        assertThat(result.problems()).as("test model problems").isEmpty();
        return new SiteFacts(result.model());
    }

    static SiteFacts example() {
        LoadResult result = new ModelLoader().load(EXAMPLE);
        assertThat(result.problems()).as("example problems").isEmpty();
        return new SiteFacts(result.model());
    }

    static Model model(SiteFacts facts) {
        return facts.model();
    }
}
