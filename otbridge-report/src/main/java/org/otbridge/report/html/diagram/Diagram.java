package org.otbridge.report.html.diagram;

import java.util.List;

/**
 * A laid-out zone and conduit diagram, ready to draw as SVG: coordinates come from the layout
 * library, never from hand-placed positions. {@code boundaryY} is where the IT/OT boundary line
 * runs (NaN when the model has no zone on one of its sides).
 */
public record Diagram(ZoneGraph.Scale scale, double width, double height, List<BandBox> bands, double boundaryY,
        List<NodeBox> nodes, List<EdgeLine> edges) {

    /** A band drawn behind the nodes of one Purdue level. */
    public record BandBox(String label, double y, double height, boolean ot) {
    }

    /** A node with its box. {@code css} names its domain's colour. */
    public record NodeBox(String id, String label, String detail, String css, double x, double y, double width,
            double height, String tooltip) {
    }

    /**
     * An edge as an SVG path. {@code css} names its colour (the worst finding's severity, or "none"),
     * {@code dashed} marks a join through a multi-homed host rather than a declared connection,
     * {@code bypass} one that goes around the design (the DMZ, a broker, the Purdue levels).
     */
    public record EdgeLine(String id, String from, String to, String path, String css, boolean dashed, boolean bypass,
            String label, double labelX, double labelY, String tooltip) {
    }

    public Diagram {
        bands = List.copyOf(bands);
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
    }

    /** True when the IT/OT boundary can be drawn. */
    public boolean hasBoundary() {
        return !Double.isNaN(boundaryY);
    }
}
