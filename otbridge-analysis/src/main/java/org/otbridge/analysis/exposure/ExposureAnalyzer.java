package org.otbridge.analysis.exposure;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.otbridge.analysis.facts.SiteFacts;
import org.otbridge.analysis.resilience.ResilienceResult;
import org.otbridge.model.ControlKind;
import org.otbridge.model.Domain;
import org.otbridge.model.Model;
import org.otbridge.model.Ref;
import org.otbridge.model.RefKind;
import org.otbridge.model.Service;
import org.otbridge.model.Supplier;
import org.otbridge.model.Zone;

/**
 * Attack paths and shortcuts. Entry points are the internet, every supplier with a connection,
 * removable media, and every IT zone taken as compromised. For each entry and each service it
 * can reach, the targets are the cheapest reachable controller or safety system the service
 * needs and the cheapest reachable SCADA server or HMI it needs (or, when it needs neither, the
 * cheapest asset it needs); the result holds the cheapest path to each and up to three
 * alternatives that use other connections. Shortcuts and entry conduits are measured against the
 * designed baseline ({@link DesignedBaseline}).
 *
 * <p>A search does not go on through another entry point: a path from a site office through the
 * corporate network is the corporate network's path with a prefix, and is reported from there.
 * So each office's search stays near it, and a model with hundreds of IT zones costs about as
 * much as its size.
 *
 * <p>One Dijkstra search per entry point; alternatives come from single deviations off that
 * search's shortest-path tree, so they cost no further searches.
 */
public final class ExposureAnalyzer {

    /** The only control kinds the analysis reads (remote-access approvals, for a conduit's hardening). */
    public static final Set<ControlKind> CONTROL_KINDS = DesignedBaseline.CONTROL_KINDS;

    /** Alternatives per entry and target, besides the cheapest path. */
    public static final int ALTERNATIVES = 3;

    private final SiteFacts facts;
    private final Model model;
    private final ExposureGraph graph;
    private final ShortestPaths search;
    private final List<Integer> entries;
    private final int[][] servicesOfNode;
    private final List<Service> services;
    // Marks the nodes ahead on the path being deviated from; a new stamp per step, never cleared.
    private final int[] ahead;
    private int stamp;

    private ExposureAnalyzer(SiteFacts facts) {
        this.facts = facts;
        this.model = facts.model();
        this.graph = ExposureGraph.build(facts);
        this.entries = entries();
        boolean[] barriers = new boolean[graph.nodeCount()];
        entries.forEach(entry -> barriers[entry] = true);
        this.search = new ShortestPaths(graph, barriers);
        this.ahead = new int[graph.nodeCount()];
        this.services = model.services();
        Map<String, Integer> serviceIndex = new HashMap<>();
        for (int i = 0; i < services.size(); i++) {
            serviceIndex.put(services.get(i).id(), i);
        }
        this.servicesOfNode = new int[graph.nodeCount()][];
        for (int v = 0; v < graph.nodeCount(); v++) {
            if (graph.type(v) != null) {
                Set<Ref> needing = facts.servicesOf(graph.node(v));
                if (!needing.isEmpty()) {
                    servicesOfNode[v] = needing.stream().mapToInt(s -> serviceIndex.get(s.id())).sorted().toArray();
                }
            }
        }
    }

    public static ExposureResult analyze(SiteFacts facts) {
        return new ExposureAnalyzer(facts).run(null);
    }

    /** As {@link #analyze(SiteFacts)}, with the outages each entry point could cause through {@code resilience}. */
    public static ExposureResult analyze(SiteFacts facts, ResilienceResult resilience) {
        return new ExposureAnalyzer(facts).run(resilience);
    }

    /** A path as edges with its cost; {@code connections} is its connection sequence. */
    private record Candidate(double cost, List<Integer> edges, List<Integer> connections) {
    }

    private ExposureResult run(ResilienceResult resilience) {
        List<AttackPath> paths = new ArrayList<>();
        List<Outage> outages = new ArrayList<>();
        OutageFinder outageFinder = resilience == null ? null : new OutageFinder(facts, graph, resilience);
        int[][] cheapest = new int[TargetGroup.values().length][services.size()];
        for (int[] group : cheapest) {
            Arrays.fill(group, -1);
        }
        for (int entry : entries) {
            search.search(entry, -1, -1);
            if (outageFinder != null) {
                outages.addAll(outageFinder.outages(graph.node(entry), search));
            }
            Set<Integer> touchedServices = new TreeSet<>();
            for (int i = 0; i < search.reachedCount(); i++) {
                int v = search.touchedNode(i);
                int[] needing = servicesOfNode[v];
                if (needing == null || v == entry || !search.isSettled(v)) {
                    continue;
                }
                int[] bestOfGroup = cheapest[TargetGroup.of(graph.type(v)).ordinal()];
                for (int s : needing) {
                    if (bestOfGroup[s] == -1 || closer(v, bestOfGroup[s])) {
                        bestOfGroup[s] = v;
                    }
                    touchedServices.add(s);
                }
            }
            // One set of paths per target, naming every service it is the target for.
            Map<Integer, List<Integer>> servicesByTarget = new TreeMap<>();
            for (int s : touchedServices) {
                for (int target : TargetGroup.targets(cheapest, s)) {
                    servicesByTarget.computeIfAbsent(target, t -> new ArrayList<>()).add(s);
                }
                for (int[] group : cheapest) {
                    group[s] = -1;
                }
            }
            for (Map.Entry<Integer, List<Integer>> byTarget : servicesByTarget.entrySet()) {
                int target = byTarget.getKey();
                List<Ref> serviceRefs = byTarget.getValue().stream().map(s -> services.get(s).ref()).toList();
                List<Integer> best = search.pathEdges(target);
                // A few spare candidates, since some repeat a sequence of connections already kept.
                List<Candidate> deviations = deviations(target, best, 3 * ALTERNATIVES);
                double cost = search.distance(target);
                paths.add(path(entry, target, serviceRefs, best, cost, 0));
                List<List<Integer>> seen = new ArrayList<>();
                seen.add(connectionsOf(best));
                int rank = 1;
                for (Candidate alternative : deviations) {
                    if (rank > ALTERNATIVES) {
                        break;
                    }
                    if (!seen.contains(alternative.connections())) {
                        seen.add(alternative.connections());
                        paths.add(path(entry, target, serviceRefs, alternative.edges(), alternative.cost(), rank++));
                    }
                }
            }
        }
        boolean[] barriers = new boolean[graph.nodeCount()];
        entries.forEach(entry -> barriers[entry] = true);
        DesignedBaseline.Result baseline = new DesignedBaseline(graph, facts, entries, barriers, servicesOfNode).compute();
        ExposureIndex index = ExposureIndex.compute(facts, graph, entries, barriers, hardenedEdges(baseline.entryConduits()));
        return new ExposureResult(paths, baseline.shortcuts(), baseline.entryConduits(), outages, index);
    }

    /** The edges of the entry conduits that are hardened (strong authentication, approval per session, on demand). */
    private boolean[] hardenedEdges(List<EntryConduit> conduits) {
        java.util.Set<String> hardened = new java.util.HashSet<>();
        for (EntryConduit conduit : conduits) {
            if (conduit.hardening().hardened()) {
                hardened.add(conduit.connection().id());
            }
        }
        boolean[] edges = new boolean[graph.edgeCount()];
        for (int e = 0; e < edges.length; e++) {
            int c = graph.connectionIndex(e);
            edges[e] = c >= 0 && hardened.contains(graph.connection(c).id());
        }
        return edges;
    }

    private boolean closer(int v, int current) {
        double dv = search.distance(v);
        double dc = search.distance(current);
        return dv < dc || (dv == dc && graph.node(v).id().compareTo(graph.node(current).id()) < 0);
    }

    /** Internet, removable media, suppliers with a way in, then every IT zone; each only if it leads anywhere. */
    private List<Integer> entries() {
        List<Integer> entries = new ArrayList<>();
        addEntry(entries, Ref.endpoint(RefKind.INTERNET, null));
        addEntry(entries, Ref.endpoint(RefKind.REMOVABLE_MEDIA, null));
        for (Supplier supplier : model.suppliers()) {
            addEntry(entries, supplier.ref());
        }
        for (Zone zone : model.zones()) {
            if (zone.domain() == Domain.IT) {
                addEntry(entries, zone.ref());
            }
        }
        return entries;
    }

    private void addEntry(List<Integer> entries, Ref ref) {
        Integer node = graph.indexOf(ref);
        if (node != null && graph.endEdge(node) > graph.firstEdge(node)) {
            entries.add(node);
        }
    }

    /**
     * Up to {@code limit} paths that leave the cheapest one at some step by another connection
     * into that step's node and follow it from there on; cheapest first, without loops.
     */
    private List<Candidate> deviations(int target, List<Integer> best, int limit) {
        int k = best.size();
        int[] pathNodes = new int[k + 1];
        pathNodes[0] = search.source();
        for (int i = 0; i < k; i++) {
            pathNodes[i + 1] = graph.target(best.get(i));
        }
        double total = search.distance(target);
        java.util.PriorityQueue<Candidate> kept = new java.util.PriorityQueue<>(
                Comparator.comparingDouble(Candidate::cost).reversed());
        for (int i = 1; i <= k; i++) {
            int v = pathNodes[i];
            int bestIn = best.get(i - 1);
            int bestConnection = graph.connectionIndex(bestIn);
            double suffix = total - search.distance(v);
            stamp++;
            for (int j = i; j <= k; j++) {
                ahead[pathNodes[j]] = stamp;
            }
            for (int in = graph.firstInEdge(v), end = graph.endInConnectionEdge(v); in < end; in++) {
                int e = graph.inEdge(in);
                int connection = graph.connectionIndex(e);
                if (e == bestIn || connection < 0 || connection == bestConnection) {
                    continue;
                }
                int u = graph.source(e);
                if (!search.isSettled(u) || ahead[u] == stamp) {
                    continue;
                }
                double cost = search.distance(u) + graph.cost(e) + suffix;
                if (kept.size() >= limit && cost >= kept.peek().cost()) {
                    continue;
                }
                if (loopsBack(u)) {
                    continue;
                }
                List<Integer> edges = new ArrayList<>(search.pathEdges(u));
                edges.add(e);
                edges.addAll(best.subList(i, k));
                kept.add(new Candidate(cost, edges, connectionsOf(edges)));
                if (kept.size() > limit) {
                    kept.poll();
                }
            }
        }
        List<Candidate> candidates = new ArrayList<>(kept);
        candidates.sort(Comparator.comparingDouble(Candidate::cost).thenComparingInt(c -> c.edges().size())
                .thenComparing(c -> c.connections().toString()));
        return candidates;
    }

    /** True when the cheapest path to {@code u} passes a node marked ahead on the path being deviated from. */
    private boolean loopsBack(int u) {
        for (int w = u; w != search.source(); ) {
            if (ahead[w] == stamp) {
                return true;
            }
            w = graph.source(search.predecessorEdge(w));
        }
        return false;
    }

    /** The connections a path travels, in order, each once even when it passes a jump host. */
    private List<Integer> connectionsOf(List<Integer> edges) {
        List<Integer> connections = new ArrayList<>();
        for (int e : edges) {
            int c = graph.connectionIndex(e);
            if (c >= 0 && (connections.isEmpty() || connections.get(connections.size() - 1) != c)) {
                connections.add(c);
            }
        }
        return connections;
    }

    private AttackPath path(int entry, int target, List<Ref> serviceRefs, List<Integer> edges, double cost, int rank) {
        List<Ref> steps = new ArrayList<>(edges.size() + 1);
        List<Ref> via = new ArrayList<>(edges.size());
        Set<String> techniques = new LinkedHashSet<>();
        steps.add(graph.node(entry));
        for (int e : edges) {
            steps.add(graph.node(graph.target(e)));
            int c = graph.connectionIndex(e);
            via.add(c >= 0 ? graph.connection(c).ref() : null);
            techniques.addAll(graph.techniques(e));
        }
        return new AttackPath(graph.node(entry), graph.node(target), serviceRefs, steps, via, cost,
                List.copyOf(techniques), rank);
    }
}
