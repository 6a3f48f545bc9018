package org.otbridge.analysis.plan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.otbridge.analysis.Finding;
import org.otbridge.analysis.FindingIds;
import org.otbridge.analysis.Mistake;
import org.otbridge.analysis.registry.RegisteredRule;
import org.otbridge.analysis.registry.RuleRegistry;
import org.otbridge.model.Ref;

/**
 * Groups findings into problems: one per subject (a finding's first subject, the one it is about)
 * and mistake. An office RDP connection straight to SCADA is one problem of integration with the
 * five architecture findings and the shortcut it raises, not six rows.
 */
public final class Problems {

    /**
     * Open before accepted, worst first; among equals the one with more findings (one connection
     * that breaks five rules before one that breaks one), then the mistakes in their order, then the subject.
     */
    public static final Comparator<Problem> ORDER = Comparator.comparing(Problem::accepted)
            .thenComparing(Problem::severity)
            .thenComparing(Comparator.comparingInt((Problem p) -> p.findings().size()).reversed())
            .thenComparing(Problem::mistake)
            .thenComparing(Problem::subject, Ref.BY_KEY);

    private Problems() {
    }

    public static List<Problem> of(List<Finding> findings, RuleRegistry rules) {
        Map<String, List<Finding>> groups = new LinkedHashMap<>();
        Map<String, Mistake> mistakes = new LinkedHashMap<>();
        for (Finding finding : findings) {
            Mistake mistake = rules.rule(finding.rule()).map(RegisteredRule::mistake)
                    .orElse(Mistake.of(finding.category()));
            String key = mistake.name() + "|" + finding.subjects().get(0).key();
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(finding);
            mistakes.put(key, mistake);
        }
        List<Problem> problems = new ArrayList<>(groups.size());
        for (Map.Entry<String, List<Finding>> group : groups.entrySet()) {
            List<Finding> members = new ArrayList<>(group.getValue());
            members.sort(Finding.ORDER);
            Finding worst = members.stream().filter(f -> !f.accepted()).findFirst().orElse(members.get(0));
            Ref subject = worst.subjects().get(0);
            Mistake mistake = mistakes.get(group.getKey());
            Set<String> rulesSeen = new LinkedHashSet<>();
            Set<Ref> subjects = new LinkedHashSet<>();
            subjects.add(subject);
            Set<Ref> services = new TreeSet<>(Comparator.comparing(Ref::id));
            for (Finding f : members) {
                rulesSeen.add(f.rule());
                subjects.addAll(f.subjects());
                services.addAll(f.services());
            }
            boolean accepted = members.stream().allMatch(Finding::accepted);
            problems.add(new Problem(FindingIds.of("problem|" + mistake.yamlName(), List.of(subject)), mistake,
                    worst.severity(), List.copyOf(subjects), worst.title(), members.stream().map(Finding::id).toList(),
                    List.copyOf(rulesSeen), List.copyOf(services), accepted));
        }
        return sorted(problems);
    }

    /** More findings than this on one subject sort as this many. */
    private static final int MAX_FINDINGS = 0xFF_FFFF;

    /** A problem with what {@link #ORDER} compares, computed once: an assessment sorts tens of thousands. */
    private record Keyed(long rank, String subject, Problem problem) {
    }

    /** The problems in {@link #ORDER}. */
    static List<Problem> sorted(List<Problem> problems) {
        List<Keyed> keyed = new ArrayList<>(problems.size());
        for (Problem p : problems) {
            int fewerFindings = MAX_FINDINGS - Math.min(MAX_FINDINGS, p.findings().size());
            long rank = (p.accepted() ? 1L : 0L) << 40 | (long) p.severity().ordinal() << 32
                    | (long) fewerFindings << 8 | p.mistake().ordinal();
            keyed.add(new Keyed(rank, p.subject().key(), p));
        }
        keyed.sort(Comparator.comparingLong(Keyed::rank).thenComparing(Keyed::subject));
        return keyed.stream().map(Keyed::problem).toList();
    }
}
