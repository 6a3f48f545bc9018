package org.otbridge.report.html.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.otbridge.model.Model;
import org.otbridge.model.Ref;
import org.otbridge.model.RefKind;
import org.otbridge.model.load.LoadResult;
import org.otbridge.model.load.ModelLoader;

/** The zone diagram tells the connections the design has from those that go around it. */
class ZoneGraphTest {

    private static Model load(String example) {
        LoadResult result = new ModelLoader().load(Path.of("..", "examples", example));
        assertThat(result.problems()).isEmpty();
        return result.model();
    }

    @Test
    void theOfficeRdpStraightIntoScadaIsDrawnAsABypass() {
        ZoneGraph graph = ZoneGraph.of(load("nordvik-energi"), List.of());
        Ref rdp = Ref.of(RefKind.CONNECTION, "rdp-office-scada");
        assertThat(graph.edges()).filteredOn(e -> e.connections().contains(rdp)).singleElement()
                .satisfies(e -> {
                    assertThat(e.bypass()).isTrue();
                    assertThat(e.tooltip()).contains("around the design");
                });
    }

    @Test
    void aWellRunSiteHasNoBypassToDraw() {
        assertThat(ZoneGraph.of(load("fjellheim-fjernvarme"), List.of()).edges()).isNotEmpty()
                .noneMatch(ZoneGraph.Edge::bypass);
    }
}
