package org.otbridge.analysis;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

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
        Set<Finding> gone = Collections.newSetFromMap(new IdentityHashMap<>(before.size() * 2));
        gone.addAll(before);
        List<Finding> added = new ArrayList<>();
        for (Finding finding : after) {
            if (!gone.remove(finding)) {
                added.add(finding);
            }
        }
        List<Finding> removed = new ArrayList<>(gone.size());
        if (!gone.isEmpty()) {
            for (Finding finding : before) {
                if (gone.contains(finding)) {
                    removed.add(finding);
                }
            }
        }
        return new FindingChanges(removed, added);
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
        Set<Finding> gone = Collections.newSetFromMap(new IdentityHashMap<>(removed.size() * 2));
        gone.addAll(removed);
        List<Finding> fresh = new ArrayList<>(added);
        fresh.sort(Finding.ORDER);
        List<Finding> merged = new ArrayList<>(sortedBefore.size() - removed.size() + added.size());
        int next = 0;
        for (Finding kept : sortedBefore) {
            if (gone.contains(kept)) {
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
