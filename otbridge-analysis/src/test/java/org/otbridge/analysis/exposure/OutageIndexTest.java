package org.otbridge.analysis.exposure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.otbridge.analysis.facts.SiteFacts;
import org.otbridge.analysis.resilience.ResilienceAnalyzer;
import org.otbridge.model.Model;
import org.otbridge.model.load.LoadResult;
import org.otbridge.model.load.ModelLoader;
import org.otbridge.synth.SyntheticModel;

/**
 * The outages found from what one search reached, through the index of services by node, are
 * those a look at every service finds: from every node of the graph of a multi-site utility.
 */
class OutageIndexTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(longs = {3, 11})
    void indexFindsWhatALookAtEveryServiceFinds(long seed) throws IOException {
        SyntheticModel.write(dir, 1_200, seed);
        LoadResult loaded = new ModelLoader().load(dir);
        assertThat(loaded.problems()).isEmpty();
        Model model = loaded.model();
        SiteFacts facts = new SiteFacts(model);
        ExposureGraph graph = ExposureGraph.build(facts);
        OutageFinder finder = new OutageFinder(facts, graph, ResilienceAnalyzer.analyze(facts));
        ShortestPaths search = new ShortestPaths(graph, new boolean[graph.nodeCount()]);
        int withOutages = 0;
        for (int v = 0; v < graph.nodeCount(); v++) {
            search.search(v, -1, -1);
            var everyService = finder.outages(graph.node(v), search::distance);
            assertThat(finder.outages(graph.node(v), search)).as("from %s", graph.node(v)).isEqualTo(everyService);
            withOutages += everyService.isEmpty() ? 0 : 1;
        }
        assertThat(withOutages).as("nodes from which a service can be stopped").isGreaterThan(graph.nodeCount() / 10);
    }
}
