package org.otbridge.analysis;

import java.util.List;

/** A rule's metadata as a value, read once from its {@link RuleInfo}. */
public record RuleMetadata(String id, Category category, Severity severity, String title, String explanation,
        String recommendation, List<String> references, List<String> attack) {

    public RuleMetadata {
        references = List.copyOf(references);
        attack = List.copyOf(attack);
    }

    /** Reads the {@link RuleInfo} on a rule class; a rule without one is a programming error. */
    public static RuleMetadata of(Class<?> rule) {
        RuleInfo info = rule.getAnnotation(RuleInfo.class);
        if (info == null) {
            throw new IllegalStateException(rule.getName() + " has no @RuleInfo");
        }
        return new RuleMetadata(info.id(), info.category(), info.severity(), info.title(), info.explanation(),
                info.recommendation(), List.of(info.references()), List.of(info.attack()));
    }
}
