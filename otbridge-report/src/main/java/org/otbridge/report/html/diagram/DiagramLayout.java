package org.otbridge.report.html.diagram;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.elk.alg.layered.LayeredLayoutProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.math.KVector;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeLabelPlacement;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkLabel;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;

/**
 * Lays out a {@link ZoneGraph} with ELK's layered algorithm: top to bottom, one layer per band
 * (outside, then Purdue level 5 down to 0), so levels read as rows and the IT/OT boundary is a
 * horizontal line. ELK orders the nodes within a row to keep crossings few, places them and routes
 * the edges; nothing is placed by hand. Each band is an ELK partition: every node of a band lies
 * below every node of the bands above it (a band may take several layers when its zones connect
 * to each other).
 */
public final class DiagramLayout {

    static final double NODE_HEIGHT = 44;
    static final double LABEL_CHAR = 7.6;
    static final double DETAIL_CHAR = 6.2;
    static final double MIN_NODE_WIDTH = 120;
    static final double MAX_NODE_WIDTH = 260;
    static final double LABEL_CHAR_WIDTH = 5.6;
    static final double MARGIN_LEFT = 150;
    static final double PADDING = 16;

    public Diagram layout(ZoneGraph graph) {
        // ELK keeps its option registry in a process-wide service, filled from the layout
        // libraries' service files the first time it is asked for; options cannot be copied before.
        LayoutMetaDataService.getInstance();
        ElkNode root = ElkGraphUtil.createGraph();
        root.setProperty(CoreOptions.DIRECTION, Direction.DOWN);
        root.setProperty(CoreOptions.PARTITIONING_ACTIVATE, true);
        // A fixed seed: the same model always gives the same drawing.
        root.setProperty(CoreOptions.RANDOM_SEED, 1);
        root.setProperty(CoreOptions.EDGE_ROUTING, EdgeRouting.SPLINES);
        root.setProperty(CoreOptions.SPACING_NODE_NODE, 28.0);
        root.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, 56.0);
        root.setProperty(LayeredOptions.SPACING_EDGE_NODE_BETWEEN_LAYERS, 18.0);
        root.setProperty(CoreOptions.SPACING_EDGE_LABEL, 4.0);
        root.setProperty(CoreOptions.PADDING, new org.eclipse.elk.core.math.ElkPadding(PADDING));
        root.setProperty(LayeredOptions.SEPARATE_CONNECTED_COMPONENTS, false);

        Map<String, ElkNode> elkNodes = new HashMap<>();
        Map<String, ZoneGraph.Node> nodes = new HashMap<>();
        for (ZoneGraph.Node node : graph.nodes()) {
            ElkNode n = ElkGraphUtil.createNode(root);
            n.setIdentifier(node.id());
            n.setDimensions(width(node), NODE_HEIGHT);
            n.setProperty(CoreOptions.PARTITIONING_PARTITION, node.band().ordinal());
            elkNodes.put(node.id(), n);
            nodes.put(node.id(), node);
        }
        Map<String, ElkEdge> elkEdges = new HashMap<>();
        for (ZoneGraph.Edge edge : graph.edges()) {
            ElkEdge e = ElkGraphUtil.createSimpleEdge(elkNodes.get(edge.from()), elkNodes.get(edge.to()));
            e.setIdentifier(edge.id());
            ElkLabel label = ElkGraphUtil.createLabel(edge.label(), e);
            label.setDimensions(edge.label().length() * LABEL_CHAR_WIDTH + 4, 12);
            label.setProperty(CoreOptions.EDGE_LABELS_PLACEMENT, EdgeLabelPlacement.CENTER);
            elkEdges.put(edge.id(), e);
        }
        if (!graph.nodes().isEmpty()) {
            new LayeredLayoutProvider().layout(root, new BasicProgressMonitor());
        }

        List<Diagram.NodeBox> boxes = new ArrayList<>();
        Map<Band, double[]> bandSpans = new EnumMap<>(Band.class);
        for (ZoneGraph.Node node : graph.nodes()) {
            ElkNode n = elkNodes.get(node.id());
            double x = n.getX() + MARGIN_LEFT;
            boxes.add(new Diagram.NodeBox(node.id(), node.label(), node.detail(), css(node), x, n.getY(), n.getWidth(),
                    n.getHeight(), node.tooltip()));
            bandSpans.merge(node.band(), new double[] {n.getY(), n.getY() + n.getHeight()},
                    (a, b) -> new double[] {Math.min(a[0], b[0]), Math.max(a[1], b[1])});
        }
        List<Diagram.EdgeLine> lines = new ArrayList<>();
        for (ZoneGraph.Edge edge : graph.edges()) {
            ElkEdge e = elkEdges.get(edge.id());
            ElkLabel label = e.getLabels().get(0);
            lines.add(new Diagram.EdgeLine(edge.id(), edge.from(), edge.to(), path(e), edge.worst() == null ? "none"
                    : edge.worst().yamlName(), edge.onlyMultiHomed(), edge.bypass(), edge.label(), label.getX() + MARGIN_LEFT,
                    label.getY() + label.getHeight() - 2, edge.tooltip()));
        }

        double width = root.getWidth() + MARGIN_LEFT;
        double height = Math.max(root.getHeight(), 40);
        List<Diagram.BandBox> bands = new ArrayList<>();
        List<Band> present = new ArrayList<>(bandSpans.keySet());
        double boundary = Double.NaN;
        double lastItBottom = Double.NaN;
        double firstOtTop = Double.NaN;
        for (int i = 0; i < present.size(); i++) {
            Band band = present.get(i);
            double[] span = bandSpans.get(band);
            // A band reaches halfway to its neighbours, so the rows tile the page.
            double top = i == 0 ? 0 : (bandSpans.get(present.get(i - 1))[1] + span[0]) / 2;
            double bottom = i == present.size() - 1 ? height : (span[1] + bandSpans.get(present.get(i + 1))[0]) / 2;
            bands.add(new Diagram.BandBox(band.label(), top, bottom - top, band.ot()));
            if (!band.ot()) {
                lastItBottom = span[1];
            } else if (Double.isNaN(firstOtTop)) {
                firstOtTop = span[0];
            }
        }
        if (!Double.isNaN(lastItBottom) && !Double.isNaN(firstOtTop)) {
            boundary = (lastItBottom + firstOtTop) / 2;
        }
        return new Diagram(graph.scale(), width, height, bands, boundary, boxes, lines);
    }

    private static double width(ZoneGraph.Node node) {
        double text = Math.max(node.label().length() * LABEL_CHAR, node.detail().length() * DETAIL_CHAR);
        return Math.max(MIN_NODE_WIDTH, Math.min(MAX_NODE_WIDTH, text + 18));
    }

    private static String css(ZoneGraph.Node node) {
        return node.band() == Band.OUTSIDE ? "outside" : node.domain().yamlName();
    }

    /** The edge's route as SVG path data: straight segments, or cubic curves when ELK routed splines. */
    private static String path(ElkEdge edge) {
        StringBuilder d = new StringBuilder();
        for (ElkEdgeSection section : edge.getSections()) {
            d.append('M').append(xy(section.getStartX() + MARGIN_LEFT, section.getStartY()));
            List<KVector> bends = new ArrayList<>();
            section.getBendPoints().forEach(p -> bends.add(new KVector(p.getX() + MARGIN_LEFT, p.getY())));
            KVector end = new KVector(section.getEndX() + MARGIN_LEFT, section.getEndY());
            if (bends.size() % 3 == 2) {
                // ELK's spline sections: control point pairs, each followed by a point on the curve,
                // the last of which is the section's end.
                bends.add(end);
                for (int i = 0; i + 2 < bends.size(); i += 3) {
                    d.append(" C").append(xy(bends.get(i).x, bends.get(i).y)).append(' ')
                            .append(xy(bends.get(i + 1).x, bends.get(i + 1).y)).append(' ')
                            .append(xy(bends.get(i + 2).x, bends.get(i + 2).y));
                }
            } else {
                for (KVector p : bends) {
                    d.append(" L").append(xy(p.x, p.y));
                }
                d.append(" L").append(xy(end.x, end.y));
            }
        }
        return d.toString();
    }

    private static String xy(double x, double y) {
        return String.format(Locale.ROOT, "%.1f,%.1f", x, y);
    }
}
