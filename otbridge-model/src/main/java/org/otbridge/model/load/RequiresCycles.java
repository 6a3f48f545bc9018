package org.otbridge.model.load;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.otbridge.model.Dependency;
import org.otbridge.model.Problem;
import org.otbridge.model.Ref;

/**
 * Finds cycles in the explicit {@code requires} graph and names one cycle per strongly connected
 * component. Iterative Tarjan, so 100,000-element models cannot overflow the stack.
 */
final class RequiresCycles {

    private RequiresCycles() {
    }

    /** One element that has a {@code requires}: its reference and the references it needs, in order. */
    record Node(Ref ref, List<Ref> needs) {
    }

    static List<Problem> find(List<Node> nodes) {
        Map<Ref, Integer> index = new HashMap<>(nodes.size() * 2);
        for (int i = 0; i < nodes.size(); i++) {
            index.putIfAbsent(nodes.get(i).ref(), i);
        }
        int[][] edges = new int[nodes.size()][];
        for (int i = 0; i < nodes.size(); i++) {
            edges[i] = nodes.get(i).needs().stream().map(index::get).filter(j -> j != null)
                    .mapToInt(Integer::intValue).toArray();
        }
        List<Problem> problems = new ArrayList<>();
        for (int[] component : stronglyConnected(edges)) {
            if (component.length > 1 || contains(edges[component[0]], component[0])) {
                problems.add(describe(nodes, edges, component));
            }
        }
        return problems;
    }

    private static boolean contains(int[] values, int value) {
        for (int v : values) {
            if (v == value) {
                return true;
            }
        }
        return false;
    }

    /** Tarjan's algorithm with an explicit stack of (node, next edge) frames. */
    private static List<int[]> stronglyConnected(int[][] edges) {
        int n = edges.length;
        int[] order = new int[n];
        int[] low = new int[n];
        boolean[] onStack = new boolean[n];
        java.util.Arrays.fill(order, -1);
        int[] stack = new int[n];
        int stackSize = 0;
        int[] frameNode = new int[n];
        int[] frameEdge = new int[n];
        int counter = 0;
        List<int[]> components = new ArrayList<>();
        for (int root = 0; root < n; root++) {
            if (order[root] != -1) {
                continue;
            }
            int depth = 0;
            frameNode[0] = root;
            frameEdge[0] = 0;
            order[root] = low[root] = counter++;
            stack[stackSize++] = root;
            onStack[root] = true;
            while (depth >= 0) {
                int v = frameNode[depth];
                if (frameEdge[depth] < edges[v].length) {
                    int w = edges[v][frameEdge[depth]++];
                    if (order[w] == -1) {
                        order[w] = low[w] = counter++;
                        stack[stackSize++] = w;
                        onStack[w] = true;
                        depth++;
                        frameNode[depth] = w;
                        frameEdge[depth] = 0;
                    } else if (onStack[w]) {
                        low[v] = Math.min(low[v], order[w]);
                    }
                    continue;
                }
                if (low[v] == order[v]) {
                    int size = 0;
                    while (stack[stackSize - 1 - size] != v) {
                        size++;
                    }
                    size++;
                    int[] component = new int[size];
                    for (int i = 0; i < size; i++) {
                        int w = stack[--stackSize];
                        onStack[w] = false;
                        component[i] = w;
                    }
                    components.add(component);
                }
                depth--;
                if (depth >= 0) {
                    int parent = frameNode[depth];
                    low[parent] = Math.min(low[parent], low[v]);
                }
            }
        }
        return components;
    }

    /** Names the shortest cycle through the component's first-written element. */
    private static Problem describe(List<Node> nodes, int[][] edges, int[] component) {
        Set<Integer> members = new HashSet<>();
        int start = component[0];
        for (int c : component) {
            members.add(c);
            if (nodes.get(c).ref().at().compareTo(nodes.get(start).ref().at()) < 0) {
                start = c;
            }
        }
        Map<Integer, Integer> previous = new HashMap<>();
        Deque<Integer> queue = new ArrayDeque<>();
        queue.add(start);
        int last = -1;
        search:
        while (!queue.isEmpty()) {
            int v = queue.poll();
            for (int w : edges[v]) {
                if (w == start) {
                    last = v;
                    break search;
                }
                if (members.contains(w) && !previous.containsKey(w)) {
                    previous.put(w, v);
                    queue.add(w);
                }
            }
        }
        List<Integer> path = new ArrayList<>();
        for (int v = last; v != start; v = previous.get(v)) {
            path.add(v);
        }
        path.add(start);
        Collections.reverse(path);
        path.add(start);
        String cycle = path.stream().map(i -> nodes.get(i).ref().key()).collect(Collectors.joining(" -> "));
        Ref first = nodes.get(start).ref();
        Ref next = nodes.get(path.get(1)).ref();
        Ref written = nodes.get(start).needs().stream().filter(next::equals).findFirst().orElse(first);
        return new Problem(written.at() != null ? written.at() : first.at(), "cycle in requires: " + cycle);
    }

    /** The references a dependency expression names, in order. */
    static List<Ref> refsOf(Dependency dependency) {
        List<Ref> refs = new ArrayList<>();
        dependency.forEachRef(refs::add);
        return refs;
    }
}
