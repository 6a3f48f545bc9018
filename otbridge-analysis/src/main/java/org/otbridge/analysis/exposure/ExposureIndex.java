package org.otbridge.analysis.exposure;

import java.util.Arrays;
import java.util.List;
import org.otbridge.analysis.facts.SiteFacts;
import org.otbridge.model.Asset;
import org.otbridge.model.Connection;
import org.otbridge.model.Ref;
import org.otbridge.model.RefKind;

/**
 * How exposed each element is: the cheapest attack cost to it from any entry point, the entry
 * point of that cheapest way, and whether every way to it passes a hardened entry conduit (strong
 * authentication, approval per session, not always on). Built once per assessment from two
 * searches over the exposure graph, one with and one without the hardened conduits. Immutable.
 */
public final class ExposureIndex {

    /** How exposed one element is. {@code entry} is null when nothing reaches it. */
    public record Exposure(double cost, Ref entry, boolean hardenedOnly) {

        public static final Exposure UNREACHABLE = new Exposure(Double.POSITIVE_INFINITY, null, false);

        public ExposureLevel level() {
            return ExposureLevel.of(this);
        }
    }

    private final SiteFacts facts;
    private final ExposureGraph graph;
    private final double[] cost;
    private final int[] entry;
    private final boolean[] withoutHardened;

    private ExposureIndex(SiteFacts facts, ExposureGraph graph, double[] cost, int[] entry, boolean[] withoutHardened) {
        this.facts = facts;
        this.graph = graph;
        this.cost = cost;
        this.entry = entry;
        this.withoutHardened = withoutHardened;
    }

    /** An index in which nothing is reachable: for views and tests without an exposure analysis. */
    public static ExposureIndex none(SiteFacts facts) {
        return new ExposureIndex(facts, null, new double[0], new int[0], new boolean[0]);
    }

    static ExposureIndex compute(SiteFacts facts, ExposureGraph graph, List<Integer> entries, boolean[] barriers,
            boolean[] hardenedEdges) {
        int[] sources = entries.stream().mapToInt(Integer::intValue).toArray();
        int n = graph.nodeCount();
        double[] cost = new double[n];
        int[] entry = new int[n];
        ShortestPaths all = new ShortestPaths(graph, barriers);
        all.searchFrom(sources);
        for (int v = 0; v < n; v++) {
            cost[v] = all.distance(v);
            entry[v] = all.isSettled(v) ? all.origin(v) : -1;
        }
        ShortestPaths soft = new ShortestPaths(graph, barriers, hardenedEdges);
        soft.searchFrom(sources);
        boolean[] reachedWithout = new boolean[n];
        for (int v = 0; v < n; v++) {
            reachedWithout[v] = soft.isSettled(v);
        }
        return new ExposureIndex(facts, graph, cost, entry, reachedWithout);
    }

    /**
     * How exposed an element is: an asset, zone or supplier by its node; a firewall, router or
     * switch (no node of its own) by its zones, one step further; an asset with a management
     * interface also by that interface, when it is the easier way; a connection by its inner end
     * (the one in the more protected domain: safety, OT, DMZ, IT, outside), where using it gets an
     * attacker; an entry point is itself exposed at no cost.
     */
    public Exposure of(Ref element) {
        if (graph == null) {
            return Exposure.UNREACHABLE;
        }
        if (element.kind() == RefKind.INTERNET || element.kind() == RefKind.REMOVABLE_MEDIA) {
            return new Exposure(0.0, Ref.endpoint(element.kind(), null), false);
        }
        if (element.kind() == RefKind.CONNECTION) {
            Connection connection = facts.model().connection(element.id()).orElse(null);
            if (connection == null) {
                return Exposure.UNREACHABLE;
            }
            int from = inwardness(connection.from());
            int to = inwardness(connection.to());
            if (from == to) {
                return moreExposed(of(connection.from()), of(connection.to()));
            }
            return of(from > to ? connection.from() : connection.to());
        }
        Integer node = graph.indexOf(element);
        Asset asset = element.kind() == RefKind.ASSET ? facts.assetOf(element).orElse(null) : null;
        if (node != null) {
            return asset == null ? at(node, 0.0) : moreExposed(at(node, 0.0), management(asset));
        }
        if (asset == null) {
            return Exposure.UNREACHABLE;
        }
        Exposure best = management(asset);
        for (Ref zone : asset.zones()) {
            Integer hub = graph.indexOf(zone);
            if (hub != null) {
                best = moreExposed(best, at(hub, CostModel.LATERAL_TO_HOST));
            }
        }
        return best;
    }

    /**
     * How exposed an asset's management interface is: from the zones it sits in, plus what its
     * authentication costs (docs/exposure.md, "Management interfaces"); unreachable when the asset
     * declares none.
     */
    public Exposure management(Asset asset) {
        if (graph == null || asset.management() == null) {
            return Exposure.UNREACHABLE;
        }
        double extra = CostModel.management(asset.management());
        Exposure best = Exposure.UNREACHABLE;
        for (Ref zone : asset.managementZones()) {
            Integer hub = graph.indexOf(zone);
            if (hub != null) {
                best = moreExposed(best, at(hub, extra));
            }
        }
        return best;
    }

    /** The most exposed of several elements. */
    public Exposure mostExposed(Iterable<Ref> elements) {
        Exposure best = Exposure.UNREACHABLE;
        for (Ref element : elements) {
            best = moreExposed(best, of(element));
        }
        return best;
    }

    private Exposure at(int node, double extra) {
        if (entry[node] < 0) {
            return Exposure.UNREACHABLE;
        }
        return new Exposure(cost[node] + extra, graph.node(entry[node]), !withoutHardened[node]);
    }

    /** Reachable without a hardened conduit beats hardened-only; then the cheaper. */
    private static Exposure moreExposed(Exposure a, Exposure b) {
        if (a.entry() == null) {
            return b;
        }
        if (b.entry() == null) {
            return a;
        }
        if (a.hardenedOnly() != b.hardenedOnly()) {
            return a.hardenedOnly() ? b : a;
        }
        return b.cost() < a.cost() ? b : a;
    }

    /** How far inside an end lies: 4 safety, 3 OT, 2 DMZ, 1 IT, 0 outside (its innermost zone). */
    private int inwardness(Ref end) {
        int inward = 0;
        for (org.otbridge.model.Domain domain : facts.domainsOf(end)) {
            inward = Math.max(inward, switch (domain) {
                case SAFETY -> 4;
                case OT -> 3;
                case DMZ -> 2;
                case IT -> 1;
                case EXTERNAL -> 0;
            });
        }
        return inward;
    }

    @Override
    public String toString() {
        return "ExposureIndex" + Arrays.toString(Arrays.copyOf(cost, Math.min(cost.length, 5)));
    }
}
