package org.otbridge.model.load;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
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
import org.otbridge.model.graph.StronglyConnected;

/**
 * Finds cycles in the explicit {@code requires} graph and names one cycle per strongly connected
 * component.
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
        int[] scratch = new int[16];
        for (int i = 0; i < nodes.size(); i++) {
            List<Ref> needs = nodes.get(i).needs();
            if (scratch.length < needs.size()) {
                scratch = new int[needs.size()];
            }
            int n = 0;
            for (Ref need : needs) {
                Integer j = index.get(need);
                if (j != null) {
                    scratch[n++] = j;
                }
            }
            edges[i] = Arrays.copyOf(scratch, n);
        }
        List<Problem> problems = new ArrayList<>();
        for (int[] component : StronglyConnected.components(edges.length, v -> edges[v], null)) {
            if (StronglyConnected.isCycle(component, v -> edges[v])) {
                problems.add(describe(nodes, edges, component));
            }
        }
        return problems;
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
