package org.otbridge.analysis.exposure;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Dijkstra over an {@link ExposureGraph} from one source, optionally without one connection and
 * stopping once a given node is settled; or from several sources at once, forward (what holding
 * them reaches) or backward (who can reach them, and which of them each reaches first). Edges can
 * be switched off for a whole search object, for the designed baseline. The arrays are reused
 * between searches and only the touched entries are reset, so the many small searches of a large
 * model (one per site office) cost what they explore, not the size of the whole graph. Not
 * thread-safe: one per thread.
 */
final class ShortestPaths {

    static final double UNREACHABLE = Double.POSITIVE_INFINITY;

    private final ExposureGraph graph;
    private final double[] distance;
    private final int[] predecessorEdge;
    private final int[] hops;
    private final int[] origin;
    private final boolean[] settled;
    private final boolean[] reached;
    private final int[] touched;
    private int touchedCount;
    // Binary heap of (distance, hops, node), with stale entries skipped when popped.
    private double[] heapDistance = new double[1024];
    private int[] heapHops = new int[1024];
    private int[] heapNode = new int[1024];
    private int heapSize;
    private int source = -1;
    private boolean backward;
    private final boolean[] barrier;
    private final boolean[] disabled;

    /** {@code barriers}: nodes the search reaches but never goes beyond, unless it starts there. */
    ShortestPaths(ExposureGraph graph, boolean[] barriers) {
        this(graph, barriers, null);
    }

    /** As {@link #ShortestPaths(ExposureGraph, boolean[])}, never using the edges {@code disabled} marks (null: none). */
    ShortestPaths(ExposureGraph graph, boolean[] barriers, boolean[] disabled) {
        this.barrier = barriers;
        this.disabled = disabled;
        this.graph = graph;
        int n = graph.nodeCount();
        distance = new double[n];
        predecessorEdge = new int[n];
        hops = new int[n];
        origin = new int[n];
        settled = new boolean[n];
        reached = new boolean[n];
        touched = new int[n];
        Arrays.fill(distance, UNREACHABLE);
        Arrays.fill(predecessorEdge, -1);
    }

    /**
     * Searches from {@code from}. Edges of connection {@code excludedConnection} (or none, when
     * -1) are skipped; the search stops early once {@code stopAt} (or never, when -1) is settled.
     * Ties in cost go to the path with fewer steps.
     */
    void search(int from, int excludedConnection, int stopAt) {
        reset();
        backward = false;
        source = from;
        touch(from, 0.0, -1, 0, from);
        push(from, 0.0, 0);
        run(excludedConnection, stopAt);
    }

    /**
     * Searches backward from all of {@code targets}: {@link #distance(int)} is then the cheapest
     * cost from a node to the nearest target, {@link #origin(int)} that target, and
     * {@link #predecessorEdge(int)} the first edge of that path. A barrier is reached but no path
     * runs through it, as forward.
     */
    void searchBackwardFrom(int[] targets) {
        reset();
        backward = true;
        source = targets.length > 0 ? targets[0] : -1;
        for (int t : targets) {
            if (!reached[t]) {
                touch(t, 0.0, -1, 0, t);
                push(t, 0.0, 0);
            }
        }
        run(-1, -1);
    }

    /**
     * Searches from all of {@code sources} at once, each at cost 0, to every node it can reach: a
     * multi-source search, for an attacker who holds several nodes. A path then starts at the
     * source it was found from; {@link #source()} is the first of them.
     */
    void searchFrom(int[] sources) {
        reset();
        backward = false;
        source = sources.length > 0 ? sources[0] : -1;
        for (int s : sources) {
            if (!reached[s]) {
                touch(s, 0.0, -1, 0, s);
                push(s, 0.0, 0);
            }
        }
        run(-1, -1);
    }

    private void run(int excludedConnection, int stopAt) {
        while (heapSize > 0) {
            int v = heapNode[0];
            double d = heapDistance[0];
            int h = heapHops[0];
            pop();
            if (settled[v] || d > distance[v] || (d == distance[v] && h > hops[v])) {
                continue;
            }
            settled[v] = true;
            if (v == stopAt) {
                return;
            }
            if (barrier[v] && predecessorEdge[v] >= 0) { // a barrier stops a search, unless it starts there
                continue;
            }
            if (backward) {
                for (int i = graph.firstInEdge(v), end = graph.endInEdge(v); i < end; i++) {
                    int e = graph.inEdge(i);
                    relax(e, graph.source(e), d, h, origin[v]);
                }
            } else {
                for (int e = graph.firstEdge(v), end = graph.endEdge(v); e < end; e++) {
                    if (excludedConnection < 0 || graph.connectionIndex(e) != excludedConnection) {
                        relax(e, graph.target(e), d, h, origin[v]);
                    }
                }
            }
        }
    }

    private void relax(int e, int w, double d, int h, int from) {
        if (settled[w] || (disabled != null && disabled[e])) {
            return;
        }
        double candidate = d + graph.cost(e);
        int candidateHops = h + 1;
        if (candidate < distance[w] || (candidate == distance[w] && candidateHops < hops[w])) {
            touch(w, candidate, e, candidateHops, from);
            push(w, candidate, candidateHops);
        }
    }

    /** The source (forward) or target (backward) a node's cheapest path starts or ends at. */
    int origin(int v) {
        return origin[v];
    }

    double distance(int v) {
        return settled[v] ? distance[v] : UNREACHABLE;
    }

    int predecessorEdge(int v) {
        return predecessorEdge[v];
    }

    /** Nodes the last search reached (settled unless it stopped early), in the order first reached. */
    int reachedCount() {
        return touchedCount;
    }

    int touchedNode(int i) {
        return touched[i];
    }

    boolean isSettled(int v) {
        return settled[v];
    }

    int source() {
        return source;
    }

    /** The edges of the cheapest path to {@code target}, in order; empty for a source itself (forward searches). */
    List<Integer> pathEdges(int target) {
        List<Integer> edges = new ArrayList<>();
        for (int v = target; predecessorEdge[v] >= 0; ) {
            int e = predecessorEdge[v];
            edges.add(e);
            v = graph.source(e);
        }
        java.util.Collections.reverse(edges);
        return edges;
    }

    private void touch(int v, double d, int edge, int h, int from) {
        if (!reached[v]) {
            reached[v] = true;
            touched[touchedCount++] = v;
        }
        distance[v] = d;
        predecessorEdge[v] = edge;
        hops[v] = h;
        origin[v] = from;
    }

    private void reset() {
        for (int i = 0; i < touchedCount; i++) {
            int v = touched[i];
            distance[v] = UNREACHABLE;
            predecessorEdge[v] = -1;
            hops[v] = 0;
            settled[v] = false;
            reached[v] = false;
        }
        touchedCount = 0;
        heapSize = 0;
    }

    private void push(int v, double d, int h) {
        if (heapSize == heapNode.length) {
            int size = heapSize * 2;
            heapNode = Arrays.copyOf(heapNode, size);
            heapDistance = Arrays.copyOf(heapDistance, size);
            heapHops = Arrays.copyOf(heapHops, size);
        }
        int i = heapSize++;
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            if (!less(d, h, heapDistance[parent], heapHops[parent])) {
                break;
            }
            heapNode[i] = heapNode[parent];
            heapDistance[i] = heapDistance[parent];
            heapHops[i] = heapHops[parent];
            i = parent;
        }
        heapNode[i] = v;
        heapDistance[i] = d;
        heapHops[i] = h;
    }

    private void pop() {
        heapSize--;
        if (heapSize == 0) {
            return;
        }
        int v = heapNode[heapSize];
        double d = heapDistance[heapSize];
        int h = heapHops[heapSize];
        int i = 0;
        while (true) {
            int child = 2 * i + 1;
            if (child >= heapSize) {
                break;
            }
            if (child + 1 < heapSize && less(heapDistance[child + 1], heapHops[child + 1], heapDistance[child],
                    heapHops[child])) {
                child++;
            }
            if (!less(heapDistance[child], heapHops[child], d, h)) {
                break;
            }
            heapNode[i] = heapNode[child];
            heapDistance[i] = heapDistance[child];
            heapHops[i] = heapHops[child];
            i = child;
        }
        heapNode[i] = v;
        heapDistance[i] = d;
        heapHops[i] = h;
    }

    private static boolean less(double d1, int h1, double d2, int h2) {
        return d1 < d2 || (d1 == d2 && h1 < h2);
    }
}
