package org.otbridge.analysis.exposure;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.otbridge.analysis.boundary.Conduits;
import org.otbridge.analysis.boundary.Design;
import org.otbridge.analysis.facts.SiteFacts;
import org.otbridge.model.Asset;
import org.otbridge.model.Domain;
import org.otbridge.model.Ref;
import org.otbridge.model.RefKind;
import org.otbridge.model.YamlEnum;
import org.otbridge.model.Zone;

/**
 * The bypasses of a model as edges of its {@link ExposureGraph}: each bypassing connection, each
 * multi-homed host that spans domains or skips levels (its presence in every zone but its home,
 * the innermost one: a historian in the control room and the office belongs to the control room,
 * and its connections there are designed), and each OT asset exposed to the internet. Without
 * these edges the graph is the designed baseline: the site as it was meant to be built.
 */
final class Bypasses {

    enum Kind implements YamlEnum { CONNECTION, HOST, INTERNET_EXPOSURE }

    /** One bypass and the edges it adds to the designed baseline. */
    record Element(Ref ref, Kind kind, Design design, int[] edges) {
    }

    private final List<Element> elements;
    private final boolean[] bypassEdge;
    private final Design[] connectionDesign;

    private Bypasses(List<Element> elements, boolean[] bypassEdge, Design[] connectionDesign) {
        this.elements = List.copyOf(elements);
        this.bypassEdge = bypassEdge;
        this.connectionDesign = connectionDesign;
    }

    static Bypasses of(ExposureGraph graph, SiteFacts facts) {
        Conduits conduits = new Conduits(facts);
        int edgeCount = graph.edgeCount();
        boolean[] bypassEdge = new boolean[edgeCount];
        List<Element> elements = new ArrayList<>();

        Design[] designs = new Design[graph.connectionCount()];
        List<List<Integer>> edgesOfConnection = new ArrayList<>();
        for (int c = 0; c < designs.length; c++) {
            designs[c] = conduits.of(graph.connection(c));
            edgesOfConnection.add(new ArrayList<>());
        }
        for (int e = 0; e < edgeCount; e++) {
            if (graph.connectionIndex(e) >= 0) {
                edgesOfConnection.get(graph.connectionIndex(e)).add(e);
            }
        }
        for (int c = 0; c < designs.length; c++) {
            if (!designs[c].isDesigned() && !edgesOfConnection.get(c).isEmpty()) {
                elements.add(element(graph.connection(c).ref(), Kind.CONNECTION, designs[c], edgesOfConnection.get(c),
                        bypassEdge));
            }
        }

        Integer internet = graph.indexOf(Ref.endpoint(RefKind.INTERNET, null));
        for (Asset asset : facts.model().assets()) {
            Integer node = graph.indexOf(asset.ref());
            if (node == null) {
                continue;
            }
            Design host = conduits.ofHost(asset);
            if (host != null && !host.isDesigned()) {
                List<Integer> edges = presenceOutsideHome(graph, node, facts.zonesOf(asset));
                if (!edges.isEmpty()) {
                    elements.add(element(asset.ref(), Kind.HOST, host, edges, bypassEdge));
                }
            }
            if (asset.internetExposed() && internet != null && inPlant(facts, asset)) {
                List<Integer> edges = new ArrayList<>();
                for (int i = graph.firstInEdge(node), end = graph.endInEdge(node); i < end; i++) {
                    int e = graph.inEdge(i);
                    if (graph.source(e) == internet && graph.connectionIndex(e) < 0) {
                        edges.add(e);
                    }
                }
                if (!edges.isEmpty()) {
                    elements.add(element(asset.ref(), Kind.INTERNET_EXPOSURE, Design.UNBROKERED, edges, bypassEdge));
                }
            }
        }
        return new Bypasses(elements, bypassEdge, designs);
    }

    private static boolean inPlant(SiteFacts facts, Asset asset) {
        return facts.zonesOf(asset).stream().anyMatch(z -> z.domain() == Domain.OT || z.domain() == Domain.SAFETY);
    }

    /** The presence edges, both ways, between a host and every zone it names but its home. */
    private static List<Integer> presenceOutsideHome(ExposureGraph graph, int node, List<Zone> zones) {
        Zone home = zones.stream().min(Comparator.comparingInt(Bypasses::outwardness)
                .thenComparing(z -> z.level() == null ? Integer.MAX_VALUE : z.level().ordinal())).orElseThrow();
        boolean[] away = new boolean[graph.nodeCount()];
        for (Zone zone : zones) {
            Integer hub = graph.indexOf(zone.ref());
            if (hub != null && !zone.id().equals(home.id())) {
                away[hub] = true;
            }
        }
        List<Integer> edges = new ArrayList<>();
        for (int e = graph.firstEdge(node), end = graph.endEdge(node); e < end; e++) {
            if (graph.connectionIndex(e) < 0 && away[graph.target(e)]) {
                edges.add(e);
            }
        }
        for (int i = graph.firstInEdge(node), end = graph.endInEdge(node); i < end; i++) {
            int e = graph.inEdge(i);
            if (graph.connectionIndex(e) < 0 && away[graph.source(e)]) {
                edges.add(e);
            }
        }
        return edges;
    }

    /** How far out a zone's domain lies: safety innermost, then OT, DMZ, IT, outside. */
    private static int outwardness(Zone zone) {
        return switch (zone.domain()) {
            case SAFETY -> 0;
            case OT -> 1;
            case DMZ -> 2;
            case IT -> 3;
            case EXTERNAL -> 4;
        };
    }

    private static Element element(Ref ref, Kind kind, Design design, List<Integer> edges, boolean[] bypassEdge) {
        int[] array = edges.stream().mapToInt(Integer::intValue).toArray();
        for (int e : array) {
            bypassEdge[e] = true;
        }
        return new Element(ref, kind, design, Arrays.copyOf(array, array.length));
    }

    List<Element> elements() {
        return elements;
    }

    /** Marks the edges no designed conduit has; for a search of the designed baseline. */
    boolean[] bypassEdges() {
        return bypassEdge;
    }

    /** How the connection of {@link ExposureGraph#connection(int)} index {@code c} is classed. */
    Design design(int c) {
        return connectionDesign[c];
    }
}
