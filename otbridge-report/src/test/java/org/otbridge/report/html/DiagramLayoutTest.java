package org.otbridge.report.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.otbridge.analysis.Assessment;
import org.otbridge.report.Fixtures;
import org.otbridge.report.html.diagram.Band;
import org.otbridge.report.html.diagram.Diagram;
import org.otbridge.report.html.diagram.DiagramLayout;
import org.otbridge.report.html.diagram.ZoneGraph;

/** The zone diagram of the bundled example: levels as rows, boundary between IT and OT, nothing overlapping. */
class DiagramLayoutTest {

    private static final Assessment EXAMPLE = Fixtures.bundled();

    @Test
    void everyZoneIsANodeAndLevelsReadTopToBottom() {
        ZoneGraph graph = ZoneGraph.of(EXAMPLE.model(), EXAMPLE.findings());
        assertThat(graph.scale()).isEqualTo(ZoneGraph.Scale.ZONES);
        assertThat(graph.nodes().stream().filter(n -> n.band() != Band.OUTSIDE)).hasSize(EXAMPLE.model().zones().size());
        Diagram diagram = new DiagramLayout().layout(graph);

        Map<String, Band> bandOf = new HashMap<>();
        graph.nodes().forEach(n -> bandOf.put(n.id(), n.band()));
        for (Diagram.NodeBox a : diagram.nodes()) {
            for (Diagram.NodeBox b : diagram.nodes()) {
                if (bandOf.get(a.id()).compareTo(bandOf.get(b.id())) < 0) {
                    assertThat(a.y() + a.height()).as(a.label() + " above " + b.label()).isLessThanOrEqualTo(b.y());
                }
                if (a != b) {
                    boolean apart = a.x() + a.width() <= b.x() || b.x() + b.width() <= a.x()
                            || a.y() + a.height() <= b.y() || b.y() + b.height() <= a.y();
                    assertThat(apart).as(a.label() + " and " + b.label() + " do not overlap").isTrue();
                }
            }
        }
        assertThat(diagram.hasBoundary()).isTrue();
        for (Diagram.NodeBox node : diagram.nodes()) {
            boolean ot = bandOf.get(node.id()).ot();
            assertThat(ot ? node.y() > diagram.boundaryY() : node.y() + node.height() < diagram.boundaryY())
                    .as(node.label() + " on its side of the IT/OT boundary").isTrue();
        }
        assertThat(diagram.edges()).isNotEmpty().allSatisfy(e -> assertThat(e.path()).startsWith("M"));
    }
}
