package org.otbridge.model.load;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Suggests the id a dangling reference probably meant, for every dangling reference of a model
 * within a fixed amount of work, so that no model (thousands of dangling references, ids of
 * thousands of characters) makes reporting problems slower than loading.
 *
 * <p>While the work budget lasts, the answer is exact: a typo (the closest id within
 * {@link Suggestions#typoLimit} edits) or else the nearest id by edit distance (both compared on
 * at most their first {@value #COMPARED} characters). Once the budget is spent, candidates are the
 * ids that sort next to the missing one, forwards and backwards (spelt from the end), which finds
 * a typo at either end of an id. Answers are remembered per id, and references are checked in
 * model order, so the result is the same on every run.
 */
final class IdSuggestions {

    /** Cells of the edit-distance table the exact search may fill, for the whole model: tens of ms. */
    static final long BUDGET = 50_000_000L;
    /** Characters of an id compared for the nearest id: ids longer than this are told apart by their start. */
    static final int COMPARED = 64;
    /** Ids looked at on each side of the missing one in sorted order, once the budget is spent. */
    private static final int NEIGHBOURS = 16;

    /** A typo ("did you mean") or only the nearest id. */
    record Suggestion(String id, boolean typo) {
    }

    /** The work left for the exact search, shared by the ids of every kind of one model. */
    static final class Budget {
        private long cells = BUDGET;
    }

    private final Map<String, Suggestion> answers = new HashMap<>();
    private final String[] sorted;
    private final String[] reversedSorted;
    private final Map<Integer, List<String>> byLength = new HashMap<>();
    private final Budget shared;

    /** Suggestions among {@code ids}, the ids of one kind. */
    IdSuggestions(Collection<String> ids, Budget budget) {
        this.sorted = ids.stream().sorted().toArray(String[]::new);
        this.reversedSorted = ids.stream().map(IdSuggestions::reverse).sorted().toArray(String[]::new);
        for (String id : sorted) {
            byLength.computeIfAbsent(id.length(), k -> new ArrayList<>()).add(id);
        }
        this.shared = budget;
    }

    /** The suggestion for {@code typed}, or null when there are no ids at all. */
    Suggestion suggest(String typed) {
        if (sorted.length == 0) {
            return null;
        }
        Suggestion known = answers.get(typed);
        if (known == null) {
            known = shared.cells > 0 ? exact(typed) : neighbours(typed);
            answers.put(typed, known);
        }
        return known;
    }

    private Suggestion exact(String typed) {
        int limit = Suggestions.typoLimit(typed);
        String best = null;
        int bestDistance = limit + 1;
        for (int length = typed.length() - limit; length <= typed.length() + limit; length++) {
            for (String candidate : byLength.getOrDefault(length, List.of())) {
                if (shared.cells <= 0) {
                    return neighbours(typed);
                }
                shared.cells -= (2L * limit + 1) * Math.min(typed.length(), candidate.length()) + 1;
                int max = best == null ? limit : bestDistance;
                int distance = Suggestions.distance(typed, candidate, max);
                if (distance <= max && (best == null || distance < bestDistance
                        || distance == bestDistance && candidate.compareTo(best) < 0)) {
                    bestDistance = distance; // ties go to the id first in sorted order
                    best = candidate;
                }
            }
        }
        if (best != null) {
            return new Suggestion(best, true);
        }
        String head = head(typed);
        best = null;
        bestDistance = Integer.MAX_VALUE;
        for (String candidate : sorted) {
            if (shared.cells <= 0) {
                return neighbours(typed);
            }
            String other = head(candidate);
            shared.cells -= (long) head.length() * other.length() + 1;
            int distance = Suggestions.distance(head, other, Math.min(bestDistance, COMPARED + 1) - 1);
            if (distance < bestDistance) {
                bestDistance = distance;
                best = candidate;
            }
        }
        return new Suggestion(best, false);
    }

    /** Cheap and bounded: the ids next to {@code typed} in sorted order, spelt forwards and backwards. */
    private Suggestion neighbours(String typed) {
        List<String> near = new ArrayList<>();
        around(sorted, typed, near, false);
        around(reversedSorted, reverse(typed), near, true);
        near.sort(null);
        int limit = Suggestions.typoLimit(typed);
        String head = head(typed);
        String best = null;
        int bestDistance = limit + 1;
        for (String candidate : near) {
            int distance = Suggestions.distance(head, head(candidate), bestDistance - 1);
            if (distance < bestDistance) { // ties go to the id first in sorted order
                bestDistance = distance;
                best = candidate;
            }
        }
        if (best != null) {
            return new Suggestion(best, true);
        }
        // Nothing close: the id sharing the longest start with the missing one.
        int at = insertionPoint(sorted, typed);
        String before = at > 0 ? sorted[at - 1] : null;
        String after = at < sorted.length ? sorted[at] : null;
        if (before == null || after != null && commonPrefix(after, typed) > commonPrefix(before, typed)) {
            return new Suggestion(after, false);
        }
        return new Suggestion(before, false);
    }

    private static void around(String[] ids, String typed, List<String> into, boolean reversed) {
        int at = insertionPoint(ids, typed);
        for (int i = Math.max(0, at - NEIGHBOURS); i < Math.min(ids.length, at + NEIGHBOURS); i++) {
            into.add(reversed ? reverse(ids[i]) : ids[i]);
        }
    }

    private static int insertionPoint(String[] ids, String typed) {
        int at = Arrays.binarySearch(ids, typed);
        return at >= 0 ? at : -at - 1;
    }

    private static int commonPrefix(String a, String b) {
        int n = Math.min(a.length(), b.length());
        int i = 0;
        while (i < n && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        return i;
    }

    private static String head(String id) {
        return id.length() <= COMPARED ? id : id.substring(0, COMPARED);
    }

    private static String reverse(String id) {
        return new StringBuilder(id).reverse().toString();
    }
}
