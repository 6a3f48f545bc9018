package org.otbridge.model.load;

import java.util.Collection;
import java.util.Optional;

/**
 * "Did you mean" for misspelt field names, enum values and ids. Cheap whatever the input: a
 * candidate whose length differs by more than the typo allowance is not compared at all, and the
 * comparison only looks at the band of the edit-distance table a close match can lie in, so one
 * suggestion costs at most 7 times the typed length per candidate.
 */
public final class Suggestions {

    private Suggestions() {
    }

    /** How many edits still count as a typo of {@code typed}: 1 for short words, up to 3. */
    static int typoLimit(String typed) {
        return Math.max(1, Math.min(3, typed.length() / 3));
    }

    /**
     * The candidate closest to {@code typed} by edit distance (adjacent swaps count as one),
     * if it is close enough to be a plausible typo; ties go to the candidate first in order.
     */
    public static Optional<String> closest(String typed, Collection<String> candidates) {
        int limit = typoLimit(typed);
        String best = null;
        int bestDistance = limit + 1;
        for (String candidate : candidates) {
            if (Math.abs(candidate.length() - typed.length()) >= bestDistance || candidate.equals(typed)) {
                continue;
            }
            int distance = distance(typed, candidate, bestDistance - 1);
            if (distance < bestDistance) {
                bestDistance = distance;
                best = candidate;
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * Optimal string alignment distance, or {@code max + 1} once it is certain to exceed {@code max}.
     * Only cells within {@code max} of the diagonal are computed: O(max × length).
     */
    static int distance(String a, String b, int max) {
        int n = a.length();
        int m = b.length();
        if (Math.abs(n - m) > max) {
            return max + 1;
        }
        if (max >= Math.max(n, m)) {
            max = Math.max(n, m); // the distance never exceeds the longer length: a full table
        }
        int outside = max + 1;
        int[] previous2 = new int[m + 1];
        int[] previous = new int[m + 1];
        int[] current = new int[m + 1];
        for (int j = 0; j <= m; j++) {
            previous[j] = j <= max ? j : outside;
        }
        for (int i = 1; i <= n; i++) {
            int from = Math.max(1, i - max);
            int to = Math.min(m, i + max);
            current[0] = i <= max ? i : outside;
            if (from > 1) {
                current[from - 1] = outside;
            }
            int rowMin = from == 1 ? current[0] : outside;
            for (int j = from; j <= to; j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int value = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    value = Math.min(value, previous2[j - 2] + 1);
                }
                current[j] = Math.min(value, outside);
                rowMin = Math.min(rowMin, current[j]);
            }
            if (to < m) {
                current[to + 1] = outside;
            }
            if (rowMin > max) {
                return max + 1;
            }
            int[] recycled = previous2;
            previous2 = previous;
            previous = current;
            current = recycled;
        }
        return Math.min(previous[m], max + 1);
    }

    /** " did you mean 'x'?" or nothing, ready to append to a message. */
    public static String didYouMean(String typed, Collection<String> candidates) {
        return closest(typed, candidates).map(s -> "; did you mean '" + s + "'?").orElse("");
    }
}
