package org.otbridge.analysis.governance;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.otbridge.model.Discipline;
import org.otbridge.model.Ref;

/** Small helpers for the detail sentences of governance findings. */
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

    /** References by key, at most {@code max} of them, then "N more". */
    static String refs(Collection<Ref> refs, int max) {
        List<String> keys = new ArrayList<>();
        int i = 0;
        for (Ref ref : refs) {
            if (i++ == max) {
                break;
            }
            keys.add(ref.key());
        }
        if (refs.size() > max) {
            keys.add((refs.size() - max) + " more");
        }
        return and(keys);
    }

    /** How a discipline reads in a sentence: "IT", "operations", "supplier management". */
    static String discipline(Discipline discipline) {
        return discipline == Discipline.IT ? "IT" : discipline.yamlName().replace('-', ' ');
    }

    static String disciplines(Collection<Discipline> disciplines) {
        return and(disciplines.stream().map(Words::discipline).toList());
    }
}
