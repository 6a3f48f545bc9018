package org.otbridge.analysis.exposure;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.TreeSet;
import org.otbridge.analysis.boundary.Design;
import org.otbridge.analysis.facts.SiteFacts;
import org.otbridge.model.Asset;
import org.otbridge.model.Connection;
import org.otbridge.model.ControlKind;
import org.otbridge.model.Control;
import org.otbridge.model.Ref;
import org.otbridge.model.Service;

/**
 * Exposure measured against the architecture the site was meant to have (docs/exposure.md). The
 * designed baseline is the exposure graph without its {@link Bypasses}: for every entry point and
 * service, the cheapest cost to one of the service's targets over designed conduits alone. A
 * shortcut is a bypass that lowers one of those costs when added alone, so two parallel bypasses
 * never hide each other. Designed conduits on the baseline's cheapest paths are the entry
 * conduits, listed with their hardening.
 *
 * <p>Cost: one backward search per service and one forward search per entry point over the
 * baseline; a bypass is then judged from the costs at its own few nodes: the cheapest way from the
 * entry to where it starts, its own edges, and the cheapest way on from where it ends. A path
 * that would leave a bypass and come back into it is not considered, which can only understate a
 * drop.
 */
final class DesignedBaseline {

    /**
     * The only control kinds the exposure analysis reads (remote-access approvals, in
     * {@link #approves}): a change to controls of other kinds leaves its paths, outages and
     * conduits as they were.
     */
    static final Set<ControlKind> CONTROL_KINDS = Set.of(ControlKind.REMOTE_ACCESS_APPROVAL);

    private static final double EPSILON = 1e-9;
    private static final double UNREACHABLE = Double.POSITIVE_INFINITY;

    /** Shortcuts ranked (new ways first, then the largest drop), and the entry conduits. */
    record Result(List<Shortcut> shortcuts, List<EntryConduit> entryConduits) {
    }

    private final ExposureGraph graph;
    private final SiteFacts facts;
    private final List<Integer> entries;
    private final boolean[] barriers;
    private final int[][] servicesOfNode;
    private final List<Service> services;
    private final Bypasses bypasses;
    private final boolean[] otherTargets;

    DesignedBaseline(ExposureGraph graph, SiteFacts facts, List<Integer> entries, boolean[] barriers,
            int[][] servicesOfNode) {
        this.graph = graph;
        this.facts = facts;
        this.entries = entries;
        this.barriers = barriers;
        this.servicesOfNode = servicesOfNode;
        this.services = facts.model().services();
        this.bypasses = Bypasses.of(graph, facts);
        this.otherTargets = new boolean[services.size()];
    }

    /** One bypass prepared: its nodes, the cheapest costs between them over its own edges, and its exits. */
    private static final class Candidate {
        final Bypasses.Element element;
        final int[] nodes;
        final double[][] within;
        // Per service reachable from the bypass: the cheapest cost on from each node, and the target reached.
        final Map<Integer, double[]> exit = new LinkedHashMap<>();
        final Map<Integer, int[]> exitTarget = new HashMap<>();
        // The best drop so far.
        double bestBaseline = -1;
        double bestWith = UNREACHABLE;
        int bestEntry = -1;
        int bestTarget = -1;
        final TreeSet<Integer> servicesLowered = new TreeSet<>();
        int pairs;
        int stamp;

        Candidate(Bypasses.Element element, ExposureGraph graph) {
            this.element = element;
            List<Integer> nodeList = new ArrayList<>();
            for (int e : element.edges()) {
                for (int v : new int[] {graph.source(e), graph.target(e)}) {
                    if (!nodeList.contains(v)) {
                        nodeList.add(v);
                    }
                }
            }
            nodes = nodeList.stream().mapToInt(Integer::intValue).toArray();
            int k = nodes.length;
            within = new double[k][k];
            for (double[] row : within) {
                Arrays.fill(row, UNREACHABLE);
            }
            for (int i = 0; i < k; i++) {
                within[i][i] = 0.0;
            }
            for (int e : element.edges()) {
                int i = nodeList.indexOf(graph.source(e));
                int j = nodeList.indexOf(graph.target(e));
                within[i][j] = Math.min(within[i][j], graph.cost(e));
            }
            for (int m = 0; m < k; m++) {
                for (int i = 0; i < k; i++) {
                    for (int j = 0; j < k; j++) {
                        within[i][j] = Math.min(within[i][j], within[i][m] + within[m][j]);
                    }
                }
            }
        }

        int local(int node) {
            for (int i = 0; i < nodes.length; i++) {
                if (nodes[i] == node) {
                    return i;
                }
            }
            return -1;
        }
    }

    Result compute() {
        List<Candidate> candidates = new ArrayList<>();
        Map<Integer, List<Candidate>> atNode = new HashMap<>();
        for (Bypasses.Element element : bypasses.elements()) {
            Candidate candidate = new Candidate(element, graph);
            candidates.add(candidate);
            for (int v : candidate.nodes) {
                atNode.computeIfAbsent(v, x -> new ArrayList<>()).add(candidate);
            }
        }
        ShortestPaths search = new ShortestPaths(graph, barriers, bypasses.bypassEdges());
        List<int[]> targets = targetsOfServices();
        exits(search, targets, candidates, atNode);

        Map<String, EntryConduitBuilder> conduits = new LinkedHashMap<>();
        double[] baseline = new double[services.size()];
        int[] baselineTarget = new int[services.size()];
        int stamp = 0;
        for (int entry : entries) {
            search.search(entry, -1, -1);
            Arrays.fill(baseline, UNREACHABLE);
            Arrays.fill(baselineTarget, -1);
            List<Candidate> touched = new ArrayList<>();
            stamp++;
            for (int i = 0; i < search.reachedCount(); i++) {
                int v = search.touchedNode(i);
                if (!search.isSettled(v)) {
                    continue;
                }
                double d = search.distance(v);
                if (servicesOfNode[v] != null && v != entry) {
                    for (int s : servicesOfNode[v]) {
                        if (isTarget(v, s) && (d < baseline[s] || (d == baseline[s] && v < baselineTarget[s]))) {
                            baseline[s] = d;
                            baselineTarget[s] = v;
                        }
                    }
                }
                for (Candidate candidate : atNode.getOrDefault(v, List.of())) {
                    if (candidate.stamp != stamp) {
                        candidate.stamp = stamp;
                        touched.add(candidate);
                    }
                }
            }
            // A bypass that starts at the entry itself (a supplier's own connection) is touched too.
            for (Candidate candidate : atNode.getOrDefault(entry, List.of())) {
                if (candidate.stamp != stamp) {
                    candidate.stamp = stamp;
                    touched.add(candidate);
                }
            }
            for (Candidate candidate : touched) {
                judge(candidate, entry, search, baseline);
            }
            entryConduits(entry, search, baseline, baselineTarget, conduits);
        }

        List<Shortcut> shortcuts = new ArrayList<>();
        for (Candidate candidate : candidates) {
            if (candidate.bestEntry >= 0) {
                shortcuts.add(shortcut(candidate));
            }
        }
        shortcuts.sort(Comparator.comparing((Shortcut s) -> !s.opensNewWay())
                .thenComparingDouble(s -> s.opensNewWay() ? s.costWith() : -s.drop())
                .thenComparingInt(s -> -s.pairsLowered())
                .thenComparing(s -> s.element().key()));
        List<EntryConduit> entryConduits = conduits.values().stream().map(EntryConduitBuilder::build).toList();
        return new Result(shortcuts, entryConduits);
    }

    /**
     * The targets of each service: the controllers, safety systems, SCADA servers and HMIs it
     * needs; a service that needs none of those is judged by every asset it needs.
     */
    private List<int[]> targetsOfServices() {
        List<List<Integer>> control = new ArrayList<>();
        List<List<Integer>> other = new ArrayList<>();
        for (int s = 0; s < services.size(); s++) {
            control.add(new ArrayList<>());
            other.add(new ArrayList<>());
        }
        for (int v = 0; v < graph.nodeCount(); v++) {
            if (servicesOfNode[v] == null) {
                continue;
            }
            boolean controlling = TargetGroup.of(graph.type(v)) != TargetGroup.OTHER;
            for (int s : servicesOfNode[v]) {
                (controlling ? control : other).get(s).add(v);
            }
        }
        List<int[]> targets = new ArrayList<>();
        for (int s = 0; s < services.size(); s++) {
            otherTargets[s] = control.get(s).isEmpty();
            List<Integer> chosen = otherTargets[s] ? other.get(s) : control.get(s);
            targets.add(chosen.stream().mapToInt(Integer::intValue).toArray());
        }
        return targets;
    }

    private boolean isTarget(int v, int service) {
        return otherTargets[service] || TargetGroup.of(graph.type(v)) != TargetGroup.OTHER;
    }

    /** For each bypass and each service it can lead to: the cheapest cost on from each of its nodes. */
    private void exits(ShortestPaths search, List<int[]> targets, List<Candidate> candidates,
            Map<Integer, List<Candidate>> atNode) {
        for (int s = 0; s < services.size(); s++) {
            if (targets.get(s).length == 0) {
                continue;
            }
            search.searchBackwardFrom(targets.get(s));
            for (int i = 0; i < search.reachedCount(); i++) {
                int v = search.touchedNode(i);
                // No path runs through another entry point: a bypass cannot continue from one.
                if (!search.isSettled(v) || barriers[v]) {
                    continue;
                }
                for (Candidate candidate : atNode.getOrDefault(v, List.of())) {
                    double[] onward = candidate.exit.computeIfAbsent(s, x -> filled(candidate.nodes.length));
                    int[] target = candidate.exitTarget.computeIfAbsent(s, x -> new int[candidate.nodes.length]);
                    int local = candidate.local(v);
                    onward[local] = search.distance(v);
                    target[local] = search.origin(v);
                }
            }
        }
        // On from each node: through the bypass's own edges to the node with the cheapest way on.
        for (Candidate candidate : candidates) {
            for (Map.Entry<Integer, double[]> byService : candidate.exit.entrySet()) {
                double[] direct = byService.getValue().clone();
                int[] directTarget = candidate.exitTarget.get(byService.getKey()).clone();
                double[] through = byService.getValue();
                int[] throughTarget = candidate.exitTarget.get(byService.getKey());
                for (int u = 0; u < through.length; u++) {
                    for (int v = 0; v < through.length; v++) {
                        double cost = candidate.within[u][v] + direct[v];
                        if (cost < through[u]) {
                            through[u] = cost;
                            throughTarget[u] = directTarget[v];
                        }
                    }
                }
            }
        }
    }

    /** Whether the bypass, added alone, lowers the cost from this entry to any service. */
    private void judge(Candidate candidate, int entry, ShortestPaths search, double[] baseline) {
        for (Map.Entry<Integer, double[]> byService : candidate.exit.entrySet()) {
            int s = byService.getKey();
            double[] onward = byService.getValue();
            double with = UNREACHABLE;
            int target = -1;
            for (int u = 0; u < candidate.nodes.length; u++) {
                int node = candidate.nodes[u];
                if (barriers[node] && node != entry) {
                    continue; // reached through another entry point, which no path passes
                }
                double to = search.distance(node);
                if (to + onward[u] < with) {
                    with = to + onward[u];
                    target = candidate.exitTarget.get(s)[u];
                }
            }
            if (with >= baseline[s] - EPSILON) {
                continue;
            }
            candidate.pairs++;
            candidate.servicesLowered.add(s);
            if (better(baseline[s], with, candidate.bestBaseline, candidate.bestWith)) {
                candidate.bestBaseline = baseline[s];
                candidate.bestWith = with;
                candidate.bestEntry = entry;
                candidate.bestTarget = target;
            }
        }
    }

    /** A new way beats a cheaper way; between new ways the cheaper wins, between drops the larger. */
    private static boolean better(double baseline, double with, double bestBaseline, double bestWith) {
        if (bestBaseline < 0) {
            return true;
        }
        boolean newWay = Double.isInfinite(baseline);
        boolean bestNewWay = Double.isInfinite(bestBaseline);
        if (newWay != bestNewWay) {
            return newWay;
        }
        if (newWay) {
            return with < bestWith - EPSILON;
        }
        return baseline - with > bestBaseline - bestWith + EPSILON;
    }

    private Shortcut shortcut(Candidate candidate) {
        Bypasses.Element element = candidate.element;
        List<Ref> lowered = candidate.servicesLowered.stream().map(s -> services.get(s).ref()).toList();
        return new Shortcut(element.ref(), element.kind().yamlName(), element.design().bypasses(),
                graph.node(candidate.bestEntry), graph.node(candidate.bestTarget), lowered, candidate.bestBaseline,
                candidate.bestWith, candidate.pairs);
    }

    /** Designed conduits from outside the plant towards it, on the entry's cheapest baseline paths. */
    private void entryConduits(int entry, ShortestPaths search, double[] baseline, int[] baselineTarget,
            Map<String, EntryConduitBuilder> conduits) {
        for (int s = 0; s < services.size(); s++) {
            if (Double.isInfinite(baseline[s])) {
                continue;
            }
            for (int e : search.pathEdges(baselineTarget[s])) {
                int c = graph.connectionIndex(e);
                if (c < 0 || !isEntrySide(bypasses.design(c))) {
                    continue;
                }
                Connection connection = graph.connection(c);
                String key = connection.id() + "\u0000" + graph.node(entry).key();
                conduits.computeIfAbsent(key, k -> new EntryConduitBuilder(connection, graph.node(entry),
                        hardening(connection))).services.add(services.get(s).ref());
            }
        }
    }

    private static boolean isEntrySide(Design design) {
        return design == Design.OUTSIDE_OT || design == Design.ENDS_IN_DMZ || design == Design.THROUGH_BROKER;
    }

    private EntryConduit.Hardening hardening(Connection connection) {
        boolean approval = approves(connection.ref()) || approves(connection.from()) || approves(connection.to());
        for (Ref via : connection.via()) {
            Asset asset = facts.assetOf(via).orElse(null);
            approval |= asset != null && org.otbridge.analysis.boundary.Conduits.BROKERS.contains(asset.type())
                    && approves(via);
        }
        return new EntryConduit.Hardening(connection.auth(), approval, connection.expires(), connection.alwaysOn());
    }

    private boolean approves(Ref ref) {
        for (Control control : facts.controlsOn(ref)) {
            if (control.kind() == ControlKind.REMOTE_ACCESS_APPROVAL) {
                return true;
            }
        }
        return false;
    }

    private static double[] filled(int length) {
        double[] values = new double[length];
        Arrays.fill(values, UNREACHABLE);
        return values;
    }

    private static final class EntryConduitBuilder {
        final Connection connection;
        final Ref entry;
        final EntryConduit.Hardening hardening;
        final TreeSet<Ref> services = new TreeSet<>(Comparator.comparing(Ref::id));

        EntryConduitBuilder(Connection connection, Ref entry, EntryConduit.Hardening hardening) {
            this.connection = connection;
            this.entry = entry;
            this.hardening = hardening;
        }

        EntryConduit build() {
            return new EntryConduit(connection.ref(), entry, List.copyOf(services), hardening);
        }
    }
}
