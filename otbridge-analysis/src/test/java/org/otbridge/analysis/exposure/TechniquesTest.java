package org.otbridge.analysis.exposure;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.otbridge.analysis.attack.AttackCatalog;
import org.otbridge.analysis.facts.SiteFacts;
import org.otbridge.model.load.ModelLoader;

/** Path steps carry only technique ids that the bundled ATT&CK for ICS data lists as current. */
class TechniquesTest {

    private final AttackCatalog catalog = AttackCatalog.bundled();

    @Test
    void everyTechniqueAStepCanCarryIsCurrentInTheBundledData() {
        for (String id : Techniques.ALL) {
            assertThat(catalog.technique(id)).as(id).hasValueSatisfying(t -> assertThat(t.deprecated()).isFalse());
        }
    }

    @Test
    void everyTechniqueOnTheExamplesPathsIsKnown() {
        var loaded = new ModelLoader().load(Path.of("..", "examples", "nordvik-energi"));
        ExposureResult result = ExposureAnalyzer.analyze(new SiteFacts(loaded.model()));
        assertThat(result.paths()).isNotEmpty();
        assertThat(result.paths()).allSatisfy(path -> assertThat(path.techniques()).isNotEmpty()
                .allSatisfy(id -> assertThat(Techniques.ALL).contains(id)));
    }
}
