package org.otbridge.analysis;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * How the findings of a re-assessment differ from those of the assessment it started from. A
 * section kept or brought up to date hands back the very finding objects it had, so the two are
 * told apart by identity: tens of thousands of findings, a handful changed.
 *
 * @param removed findings of the earlier assessment that are gone
 * @param added   findings that are new (or new objects: a finding made again counts as removed and added)
 */
public record FindingChanges(List<Finding> removed, List<Finding> added) {

    public FindingChanges {
        removed = List.copyOf(removed);
        added = List.copyOf(added);
    }

    public static FindingChanges between(List<Finding> before, List<Finding> after) {
        Map<Finding, Integer> unmatched = counted(before);
        List<Finding> added = new ArrayList<>();
        for (Finding finding : after) {
            if (!take(unmatched, finding)) {
                added.add(finding);
            }
        }
        List<Finding> removed = new ArrayList<>();
        if (!unmatched.isEmpty()) {
            for (Finding finding : before) {
                if (take(unmatched, finding)) {
                    removed.add(finding);
                }
            }
        }
        return new FindingChanges(removed, added);
    }

    /** Each object with how often it occurs: the same finding object twice in a list is two findings. */
    private static Map<Finding, Integer> counted(List<Finding> findings) {
        Map<Finding, Integer> counts = new IdentityHashMap<>(findings.size() * 2);
        for (Finding finding : findings) {
            counts.merge(finding, 1, Integer::sum);
        }
        return counts;
    }

    /** Takes one occurrence of {@code finding} out of {@code counts}; false when none is left. */
    private static boolean take(Map<Finding, Integer> counts, Finding finding) {
        Integer n = counts.get(finding);
        if (n == null) {
            return false;
        }
        if (n == 1) {
            counts.remove(finding);
        } else {
            counts.put(finding, n - 1);
        }
        return true;
    }

    public boolean isEmpty() {
        return removed.isEmpty() && added.isEmpty();
    }

    /**
     * The findings after the change in {@link Finding#ORDER}, given those before it in that order:
     * the kept ones stay in their order and the added ones are merged in.
     */
    public List<Finding> applyTo(List<Finding> sortedBefore) {
        if (isEmpty()) {
            return sortedBefore;
        }
        if (removed.size() == sortedBefore.size()) {
            List<Finding> all = new ArrayList<>(added);
            all.sort(Finding.ORDER);
            return all;
        }
        Map<Finding, Integer> gone = counted(removed);
        List<Finding> fresh = new ArrayList<>(added);
        fresh.sort(Finding.ORDER);
        List<Finding> merged = new ArrayList<>(sortedBefore.size() - removed.size() + added.size());
        int next = 0;
        for (Finding kept : sortedBefore) {
            if (take(gone, kept)) {
                continue;
            }
            // ties keep the earlier assessment's finding first
            while (next < fresh.size() && Finding.ORDER.compare(fresh.get(next), kept) < 0) {
                merged.add(fresh.get(next++));
            }
            merged.add(kept);
        }
        merged.addAll(fresh.subList(next, fresh.size()));
        return merged;
    }
}
