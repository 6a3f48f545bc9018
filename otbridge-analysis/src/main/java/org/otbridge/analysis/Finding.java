package org.otbridge.analysis;

import java.util.Comparator;
import java.util.List;
import org.otbridge.model.Ref;

/**
 * One finding: which rule, on which subjects, which services it touches, why it matters for
 * operations and what to do instead. {@code id} is a stable hash of rule and subjects.
 */
public record Finding(String id, String rule, Category category, Severity severity, String title,
        List<Ref> subjects, List<Ref> services, String explanation, String recommendation, List<String> references,
        boolean accepted) {

    /** The contract's order: severity, then rule, then id. */
    public static final Comparator<Finding> ORDER = Comparator.comparing(Finding::severity)
            .thenComparing(Finding::rule).thenComparing(Finding::id);

    public Finding {
        // Each subject once, in the order given: a subject named twice says nothing more.
        subjects = List.copyOf(new java.util.LinkedHashSet<>(subjects));
        services = List.copyOf(services);
        references = List.copyOf(references);
        if (subjects.isEmpty()) {
            throw new IllegalArgumentException("a finding names at least one subject: " + rule);
        }
    }

    public Finding withAccepted(boolean value) {
        return new Finding(id, rule, category, severity, title, subjects, services, explanation, recommendation,
                references, value);
    }
}
