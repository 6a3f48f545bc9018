package org.otbridge.model.graph;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntFunction;

/**
 * Strongly connected components of a graph over nodes 0..n-1, by Tarjan's algorithm with an
 * explicit stack: recursion would overflow on the long dependency chains of large models.
 * Components come out in reverse topological order: every component after all the components
 * it has edges to.
 */
public final class StronglyConnected {

    private StronglyConnected() {
    }

    /** Components of the nodes reachable from {@code roots} (all nodes when {@code roots} is null). */
    public static List<int[]> components(int n, IntFunction<int[]> successors, int[] roots) {
        int[] order = new int[n];
        int[] low = new int[n];
        Arrays.fill(order, -1);
        boolean[] onStack = new boolean[n];
        int[] stack = new int[n];
        int stackSize = 0;
        int[] frameNode = new int[n];
        int[] frameEdge = new int[n];
        int counter = 0;
        List<int[]> components = new ArrayList<>();
        int rootCount = roots == null ? n : roots.length;
        for (int r = 0; r < rootCount; r++) {
            int root = roots == null ? r : roots[r];
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
                int[] next = successors.apply(v);
                if (frameEdge[depth] < next.length) {
                    int w = next[frameEdge[depth]++];
                    if (order[w] == -1) {
                        order[w] = low[w] = counter++;
                        stack[stackSize++] = w;
                        onStack[w] = true;
                        frameNode[++depth] = w;
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
                    int[] component = new int[size + 1];
                    for (int i = 0; i <= size; i++) {
                        int w = stack[--stackSize];
                        onStack[w] = false;
                        component[i] = w;
                    }
                    components.add(component);
                }
                depth--;
                if (depth >= 0) {
                    low[frameNode[depth]] = Math.min(low[frameNode[depth]], low[v]);
                }
            }
        }
        return components;
    }

    /** True when the component is a cycle: more than one node, or one node with an edge to itself. */
    public static boolean isCycle(int[] component, IntFunction<int[]> successors) {
        if (component.length > 1) {
            return true;
        }
        for (int w : successors.apply(component[0])) {
            if (w == component[0]) {
                return true;
            }
        }
        return false;
    }
}
