package org.otbridge.analysis;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The elements of one kind that differ between a model and a copy changed from it. The copy holds
 * the same objects for what a change left alone, so those are passed over by identity.
 */
public final class ElementDiff {

    private ElementDiff() {
    }

    /** The same elements in the same order. */
    public static boolean same(List<?> a, List<?> b) {
        if (a == b) {
            return true;
        }
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!Objects.equals(a.get(i), b.get(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Hands {@code each} every element of {@code a} or {@code b} that the other does not hold as it
     * is: both versions of a changed element, the removed and the added ones. {@code id} matches
     * elements when the lists differ in length; null matches them by equality.
     */
    public static <T> void changed(List<T> a, List<T> b, Function<T, String> id, Consumer<T> each) {
        if (a == b) {
            return;
        }
        // an edit keeps what it does not touch, in order: only what lies between the longest run of
        // the very same elements at the start and the one at the end can differ
        int start = 0;
        int endA = a.size();
        int endB = b.size();
        while (start < endA && start < endB && a.get(start) == b.get(start)) {
            start++;
        }
        while (endA > start && endB > start && a.get(endA - 1) == b.get(endB - 1)) {
            endA--;
            endB--;
        }
        middle(a.subList(start, endA), b.subList(start, endB), id, each);
    }

    private static <T> void middle(List<T> a, List<T> b, Function<T, String> id, Consumer<T> each) {
        if (a.size() == b.size()) {
            for (int i = 0; i < a.size(); i++) {
                T x = a.get(i);
                T y = b.get(i);
                if (x != y && !x.equals(y)) {
                    each.accept(x);
                    each.accept(y);
                }
            }
            return;
        }
        if (id == null) {
            Set<T> inA = new HashSet<>(a);
            Set<T> inB = new HashSet<>(b);
            a.stream().filter(x -> !inB.contains(x)).forEach(each);
            b.stream().filter(y -> !inA.contains(y)).forEach(each);
            return;
        }
        Map<String, T> byId = new HashMap<>();
        b.forEach(y -> byId.put(id.apply(y), y));
        for (T x : a) {
            T y = byId.remove(id.apply(x));
            if (y == null) {
                each.accept(x);
            } else if (x != y && !x.equals(y)) {
                each.accept(x);
                each.accept(y);
            }
        }
        byId.values().forEach(each);
    }
}
