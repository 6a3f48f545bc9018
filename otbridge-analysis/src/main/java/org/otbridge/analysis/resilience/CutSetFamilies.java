package org.otbridge.analysis.resilience;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.otbridge.model.graph.StronglyConnected;

/**
 * Minimal cut sets of up to three elements for every node that services need, computed exactly
 * bottom-up: an element fails by itself or when its gate does; a gate over n inputs with
 * threshold m fails through any combination of cut sets of m of its inputs (so "all" takes the
 * union of its inputs' sets, "any" their products). Sets larger than three are dropped as they
 * arise, which keeps every minimal set of up to three: such a set is always built from sets of up
 * to three of the inputs. Cycles of needs are solved as a least fixed point per strongly
 * connected component.
 */
final class CutSetFamilies {

    private final FailureModel model;
    private final Map<Integer, List<Cut>> families = new HashMap<>();

    CutSetFamilies(FailureModel model, List<Integer> roots) {
        this.model = model;
        int[] rootNodes = roots.stream().mapToInt(Integer::intValue).toArray();
        for (int[] component : StronglyConnected.components(model.nodeCount(), model::inputs, rootNodes)) {
            solve(component);
        }
    }

    /** The minimal cut sets of a node, smallest first. */
    List<Cut> of(int node) {
        return families.getOrDefault(node, List.of());
    }

    private void solve(int[] component) {
        if (!StronglyConnected.isCycle(component, model::inputs)) {
            families.put(component[0], evaluate(component[0]));
            return;
        }
        for (int v : component) {
            families.put(v, model.isElement(v) ? List.of(Cut.of(v)) : List.of());
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int v : component) {
                List<Cut> next = evaluate(v);
                if (!new LinkedHashSet<>(next).equals(new LinkedHashSet<>(families.get(v)))) {
                    families.put(v, next);
                    changed = true;
                }
            }
        }
    }

    /** Cut sets of a node from its inputs' current families. */
    private List<Cut> evaluate(int v) {
        int[] inputs = model.inputs(v);
        int threshold = model.threshold(v);
        List<Cut> result = new ArrayList<>();
        if (model.isElement(v)) {
            result.add(Cut.of(v));
        }
        if (inputs.length >= threshold) {
            // dp[j]: the sets that take down at least j of the inputs seen so far.
            List<List<Cut>> dp = new ArrayList<>(threshold + 1);
            dp.add(List.of(Cut.EMPTY));
            for (int j = 1; j <= threshold; j++) {
                dp.add(new ArrayList<>());
            }
            int seen = 0;
            for (int input : inputs) {
                List<Cut> family = families.getOrDefault(input, List.of());
                seen++;
                for (int j = Math.min(seen, threshold); j >= 1; j--) {
                    List<Cut> previous = dp.get(j - 1);
                    if (previous.isEmpty() || family.isEmpty()) {
                        continue;
                    }
                    List<Cut> combined = new ArrayList<>(dp.get(j));
                    for (Cut a : previous) {
                        for (Cut b : family) {
                            Cut union = a.union(b);
                            if (union != null) {
                                combined.add(union);
                            }
                        }
                    }
                    dp.set(j, minimal(combined));
                }
            }
            result.addAll(dp.get(threshold));
        }
        return minimal(result);
    }

    /** Drops duplicates and every set that contains another; smallest first, then by elements. */
    static List<Cut> minimal(List<Cut> cuts) {
        List<Cut> sorted = new ArrayList<>(new LinkedHashSet<>(cuts));
        sorted.sort(Comparator.comparingInt(Cut::size).thenComparingInt(Cut::a).thenComparingInt(Cut::b)
                .thenComparingInt(Cut::c));
        List<Cut> kept = new ArrayList<>(sorted.size());
        Set<Cut> singles = new java.util.HashSet<>();
        for (Cut cut : sorted) {
            boolean covered = false;
            if (cut.size() > 1) {
                for (int e : cut.elements()) {
                    if (singles.contains(Cut.of(e))) {
                        covered = true;
                        break;
                    }
                }
                if (!covered && cut.size() == 3) {
                    for (Cut smaller : kept) {
                        if (smaller.size() == 2 && smaller.isSubsetOf(cut)) {
                            covered = true;
                            break;
                        }
                    }
                }
            }
            if (!covered) {
                kept.add(cut);
                if (cut.size() == 1) {
                    singles.add(cut);
                }
            }
        }
        return kept;
    }
}
