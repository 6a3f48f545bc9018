package org.otbridge.analysis.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.otbridge.model.Model;
import org.otbridge.model.load.LoadResult;
import org.otbridge.model.load.ModelLoader;
import org.otbridge.synth.SyntheticModel;

/** A synthetic utility of many sites for the planner's tests: written under a test's folder and loaded. */
final class SyntheticUtility {

    private SyntheticUtility() {
    }

    static Model write(Path dir, int assets, long seed) throws IOException {
        Path folder = dir.resolve("utility-" + assets + "-" + seed);
        SyntheticModel.write(folder, assets, seed);
        LoadResult loaded = new ModelLoader().load(folder);
        assertThat(loaded.problems()).isEmpty();
        return loaded.model();
    }
}
