package org.otbridge.analysis.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.otbridge.analysis.facts.SiteFacts;
import org.otbridge.model.Ref;
import org.otbridge.model.load.LoadResult;
import org.otbridge.model.load.ModelLoader;

class ResilienceOnExampleTest {

    private static ResilienceResult result;

    @BeforeAll
    static void assess() {
        LoadResult loaded = new ModelLoader().load(Path.of("..", "examples", "nordvik-energi"));
        assertThat(loaded.problems()).isEmpty();
        result = ResilienceAnalyzer.analyze(new SiteFacts(loaded.model()));
    }

    private static List<String> spofElements() {
        return result.singlePointsOfFailure().stream().map(s -> s.element().key()).toList();
    }

    private static FailureImpact impactOf(String element) {
        return result.failureImpact().stream().filter(f -> f.element().key().equals(element)).findFirst().orElseThrow();
    }

    @Test
    void redundantPairsAreCutSetsOfTwoAndNeverSinglePointsOfFailure() {
        for (List<String> pair : List.of(List.of("asset:scada-heat-a", "asset:scada-heat-b"),
                List.of("asset:scada-grid-a", "asset:scada-grid-b"),
                List.of("asset:tl-grid-fibre", "asset:tl-grid-mpls"))) {
            assertThat(spofElements()).doesNotContainAnyElementsOf(pair);
            assertThat(result.cutSets()).anySatisfy(cut ->
                    assertThat(cut.elements()).extracting(Ref::key).containsExactlyElementsOf(pair));
        }
        assertThat(impactOf("asset:scada-heat-a").lost()).isEmpty();
        assertThat(impactOf("asset:scada-heat-a").degraded()).isEmpty();
    }

    @Test
    void theSharedPlantScadaServerStopsSomeServicesAndOthersFallBack() {
        FailureImpact scadaHp = impactOf("asset:scada-hp");
        // steam-supply has no fallback: lost; heat production and dispatch run on their fallbacks.
        assertThat(scadaHp.lost()).extracting(Ref::key).containsExactly("service:steam-supply");
        assertThat(scadaHp.degraded()).extracting(Ref::key).contains("service:heat-prod", "service:heat-opt");
        assertThat(spofElements()).contains("asset:scada-hp");
    }

    @Test
    void losingTheSingleSourceSupplierDegradesHeatDistribution() {
        assertThat(impactOf("supplier:telemetrik").degraded()).extracting(Ref::key).containsExactly("service:heat-dist");
    }

    @Test
    void everyElementHasAFailureImpactEntry() {
        assertThat(result.failureImpact()).extracting(f -> f.element().key())
                .contains("asset:fep-heat", "connection:tv-nordlys", "zone:corp", "supplier:nordlys", "service:heat-dist");
    }
}
