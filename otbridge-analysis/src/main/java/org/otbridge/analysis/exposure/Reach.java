package org.otbridge.analysis.exposure;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.otbridge.model.Ref;

/**
 * What an attacker who holds several nodes of an {@link ExposureGraph} at once can reach: one
 * Dijkstra search from all of them together (cost first, then fewer steps), through every node.
 * Unlike the entry-point searches of {@link ExposureAnalyzer}, it does not stop at other entry
 * points: whoever holds the corporate network also walks on through a supplier or another office.
 * Reusable for many searches over the same graph; not thread-safe.
 */
public final class Reach {

    private final ExposureGraph graph;
    private final ShortestPaths search;

    public Reach(ExposureGraph graph) {
        this.graph = graph;
        this.search = new ShortestPaths(graph, new boolean[graph.nodeCount()]);
    }

    public ExposureGraph graph() {
        return graph;
    }

    /** Searches from all of {@code sources} (graph nodes) at once; each source costs 0. */
    public void from(Collection<Integer> sources) {
        search.searchFrom(sources.stream().mapToInt(Integer::intValue).distinct().toArray());
    }

    /** True when the last search reached {@code node} (the sources included). */
    public boolean isReached(int node) {
        return search.isSettled(node);
    }

    /** The cheapest cost to {@code node}, infinite when the last search did not reach it. */
    public double cost(int node) {
        return search.distance(node);
    }

    /** The nodes the last search reached, sources included, in the order first reached. */
    public List<Integer> reached() {
        List<Integer> nodes = new ArrayList<>(search.reachedCount());
        for (int i = 0; i < search.reachedCount(); i++) {
            int v = search.touchedNode(i);
            if (search.isSettled(v)) {
                nodes.add(v);
            }
        }
        return nodes;
    }

    /**
     * The cheapest path to a reached {@code target}, from the source it starts at, as an
     * {@link AttackPath} of rank 0 naming {@code services}.
     */
    public AttackPath path(int target, List<Ref> services) {
        if (!search.isSettled(target)) {
            throw new IllegalArgumentException(graph.node(target).key() + " was not reached");
        }
        List<Integer> edges = search.pathEdges(target);
        int entry = edges.isEmpty() ? target : graph.source(edges.get(0));
        List<Ref> steps = new ArrayList<>(edges.size() + 1);
        List<Ref> connections = new ArrayList<>(edges.size());
        Set<String> techniques = new LinkedHashSet<>();
        steps.add(graph.node(entry));
        for (int e : edges) {
            steps.add(graph.node(graph.target(e)));
            int c = graph.connectionIndex(e);
            connections.add(c >= 0 ? graph.connection(c).ref() : null);
            techniques.addAll(graph.techniques(e));
        }
        return new AttackPath(graph.node(entry), graph.node(target), services, steps, connections,
                search.distance(target), List.copyOf(techniques), 0);
    }
}
