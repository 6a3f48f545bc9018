package org.otbridge.analysis.architecture;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.otbridge.model.Asset;
import org.otbridge.model.Ref;

/** Small helpers for the detail sentences of findings. */
final class Words {

    private Words() {
    }

    /** "a", "a and b", "a, b and c". */
    static String and(Collection<String> items) {
        List<String> list = new ArrayList<>(items);
        if (list.isEmpty()) {
            return "";
        }
        if (list.size() == 1) {
            return list.get(0);
        }
        return String.join(", ", list.subList(0, list.size() - 1)) + " and " + list.get(list.size() - 1);
    }

    /** References by key, at most {@code max} of them, then "and N more". */
    static String refs(List<Ref> refs, int max) {
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < refs.size() && i < max; i++) {
            keys.add(refs.get(i).key());
        }
        if (refs.size() > max) {
            keys.add((refs.size() - max) + " more");
        }
        return and(keys);
    }

    static String assets(List<Asset> assets, int max) {
        return refs(assets.stream().map(Asset::ref).toList(), max);
    }

    /** The via assets of a connection as "through a, b and c", or "" when there are none. */
    static String through(ConnectionView view) {
        return view.via().isEmpty() ? "" : " through " + assets(view.via(), 5);
    }
}
