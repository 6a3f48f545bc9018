package org.otbridge.report.html.view;

import java.util.ArrayList;
import java.util.List;
import org.otbridge.analysis.Assessment;
import org.otbridge.analysis.exposure.AttackPath;
import org.otbridge.model.Ref;
import org.otbridge.report.html.diagram.Diagram;
import org.otbridge.report.html.diagram.DiagramLayout;
import org.otbridge.report.html.diagram.ZoneGraph;
import org.otbridge.report.view.Words;

/**
 * The zone and conduit diagram and the attack paths that can be drawn on it. A path option
 * carries only generated node and edge ids ({@code n3 e7}), which the page's script highlights.
 */
public record DiagramView(Diagram diagram, String caption, List<PathOption> paths, int totalPaths) {

    /** An attack path to select: its label and the diagram elements it passes. */
    public record PathOption(int index, String label, String nodes, String edges) {
    }

    static final int PATHS_SHOWN = 300;

    public DiagramView {
        paths = List.copyOf(paths);
    }

    public static DiagramView of(Assessment assessment) {
        ZoneGraph graph = ZoneGraph.of(assessment.model(), assessment.findings());
        Diagram diagram = new DiagramLayout().layout(graph);
        List<PathOption> options = new ArrayList<>();
        List<AttackPath> paths = assessment.attackPaths();
        for (int i = 0; i < Math.min(PATHS_SHOWN, paths.size()); i++) {
            AttackPath path = paths.get(i);
            ZoneGraph.PathTrace trace = graph.trace(path);
            options.add(new PathOption(i, label(path), String.join(" ", trace.nodes()), String.join(" ", trace.edges())));
        }
        return new DiagramView(diagram, caption(graph, assessment), options, paths.size());
    }

    public static String label(AttackPath path) {
        return path.entry().key() + " to " + path.target().key() + " (cost " + Words.cost(path.cost())
                + (path.rank() == 0 ? ", cheapest" : ", alternative " + path.rank()) + ")";
    }

    private static String caption(ZoneGraph graph, Assessment assessment) {
        int zones = assessment.model().zones().size();
        return switch (graph.scale()) {
            case ZONES -> "One box per zone, in rows by Purdue level. Lines are connections between zones, coloured by "
                    + "the worst open finding on them; dashed lines join zones through a multi-homed host.";
            case FILES -> "The model has " + Words.count(zones) + " zones: each box stands for the zones of one model "
                    + "file (one site) at one Purdue level. Lines are connections between them, coloured by the worst "
                    + "open finding on any of them.";
            case LEVELS -> "The model has " + Words.count(zones) + " zones: each box stands for all zones of one Purdue "
                    + "level and domain. Lines count the connections between them, coloured by the worst open finding "
                    + "on any of them. The tables below list every element.";
        };
    }

    /** The steps of a path joined by arrows. */
    public static String steps(List<Ref> steps) {
        return String.join(" → ", steps.stream().map(Ref::key).toList());
    }
}
