package org.otbridge.report.view;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.otbridge.analysis.Finding;
import org.otbridge.analysis.Severity;
import org.otbridge.model.Ref;

/**
 * Open findings grouped by rule, worst first: one entry per rule, so ten findings of one kind do
 * not hide the others. The first finding of a rule stands for it; the group counts the rest and
 * gathers every service they touch.
 */
public record RuleGroups(List<Group> groups) {

    /** The findings of one rule: the worst one first, how many, the services all of them touch. */
    public record Group(String rule, Severity severity, String title, Finding first, int count, List<Ref> services) {

        public Group {
            services = List.copyOf(services);
        }

        /** The first finding's own sentence: what is wrong, with names. */
        public String detail() {
            return Words.firstSentence(first.explanation());
        }
    }

    public RuleGroups {
        groups = List.copyOf(groups);
    }

    /** Groups the open (not accepted) findings, which come in the contract's order (severity first). */
    public static RuleGroups open(List<Finding> findings) {
        Map<String, List<Finding>> byRule = new LinkedHashMap<>();
        for (Finding f : findings) {
            if (!f.accepted()) {
                byRule.computeIfAbsent(f.rule(), r -> new ArrayList<>()).add(f);
            }
        }
        List<Group> groups = new ArrayList<>(byRule.size());
        for (List<Finding> ofRule : byRule.values()) {
            Finding first = ofRule.get(0);
            Set<Ref> services = new LinkedHashSet<>();
            ofRule.forEach(f -> services.addAll(f.services()));
            groups.add(new Group(first.rule(), first.severity(), first.title(), first, ofRule.size(),
                    List.copyOf(services)));
        }
        return new RuleGroups(groups);
    }

    /** The first {@code n} groups. */
    public List<Group> top(int n) {
        return groups.subList(0, Math.min(n, groups.size()));
    }
}
