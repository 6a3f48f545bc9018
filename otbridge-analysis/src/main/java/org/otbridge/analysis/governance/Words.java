package org.otbridge.analysis.governance;

import java.util.Collection;
import java.util.List;
import org.otbridge.model.Discipline;
import org.otbridge.analysis.Sentences;
import org.otbridge.model.Ref;

/** Small helpers for the detail sentences of governance findings. */
final class Words {

    private Words() {
    }

    /** "a", "a and b", "a, b and c". */
    static String and(Collection<String> items) {
        return Sentences.and(items);
    }

    static String refs(Collection<Ref> refs, int max) {
        return Sentences.refs(refs, max);
    }

    /** How a discipline reads in a sentence: "IT", "operations", "supplier management". */
    static String discipline(Discipline discipline) {
        return discipline == Discipline.IT ? "IT" : discipline.yamlName().replace('-', ' ');
    }

    static String disciplines(Collection<Discipline> disciplines) {
        return and(disciplines.stream().map(Words::discipline).toList());
    }
}
