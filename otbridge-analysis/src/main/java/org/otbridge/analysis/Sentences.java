package org.otbridge.analysis;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.otbridge.model.Ref;

/** Lists in the detail sentences of findings, written the same way by every analyzer. */
public final class Sentences {

    private Sentences() {
    }

    /** "a", "a and b", "a, b and c"; empty for none. */
    public static String and(Collection<String> items) {
        List<String> list = new ArrayList<>(items);
        if (list.isEmpty()) {
            return "";
        }
        if (list.size() == 1) {
            return list.get(0);
        }
        return String.join(", ", list.subList(0, list.size() - 1)) + " and " + list.get(list.size() - 1);
    }

    /** References by key, at most {@code max} of them, then "N more". */
    public static String refs(Collection<Ref> refs, int max) {
        List<String> keys = new ArrayList<>();
        for (Ref ref : refs) {
            if (keys.size() == max) {
                break;
            }
            keys.add(ref.key());
        }
        if (refs.size() > max) {
            keys.add((refs.size() - max) + " more");
        }
        return and(keys);
    }
}
