package org.otbridge.analysis.plan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
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
import org.otbridge.model.RefKind;

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

    /** What findings are grouped by: the mistake, and the subject as its key tells it. */
    private record Group(Mistake mistake, RefKind kind, String id) {
        static Group of(Mistake mistake, Ref subject) {
            return new Group(mistake, subject.kind(), subject.kind().isEndpoint() ? "" : subject.id());
        }
    }

    public static List<Problem> of(List<Finding> findings, RuleRegistry rules) {
        // an assessment has tens of thousands of findings and the planner groups them for every
        // change it measures: group keys without strings, the mistake looked up once per rule
        Map<Group, List<Finding>> groups = new LinkedHashMap<>(findings.size() * 2);
        Map<String, Mistake> mistakeOfRule = new HashMap<>();
        for (Finding finding : findings) {
            // a rule has one category, so its id decides the mistake
            Mistake mistake = mistakeOfRule.computeIfAbsent(finding.rule(),
                    k -> rules.rule(finding.rule()).map(RegisteredRule::mistake).orElse(Mistake.of(finding.category())));
            groups.computeIfAbsent(Group.of(mistake, finding.subjects().get(0)), k -> new ArrayList<>(1)).add(finding);
        }
        boolean inOrder = inOrder(findings);
        List<Problem> problems = new ArrayList<>(groups.size());
        for (Map.Entry<Group, List<Finding>> group : groups.entrySet()) {
            List<Finding> members = group.getValue();
            if (!inOrder) {
                members.sort(Finding.ORDER);
            }
            Mistake mistake = group.getKey().mistake();
            if (members.size() == 1) {
                problems.add(alone(members.get(0), mistake));
                continue;
            }
            Finding worst = members.stream().filter(f -> !f.accepted()).findFirst().orElse(members.get(0));
            Ref subject = worst.subjects().get(0);
            Set<String> rulesSeen = new LinkedHashSet<>();
            Set<Ref> subjects = new LinkedHashSet<>();
            subjects.add(subject);
            Set<Ref> services = new TreeSet<>(Comparator.comparing(Ref::id));
            List<String> ids = new ArrayList<>(members.size());
            boolean accepted = true;
            for (Finding f : members) {
                rulesSeen.add(f.rule());
                subjects.addAll(f.subjects());
                services.addAll(f.services());
                ids.add(f.id());
                accepted &= f.accepted();
            }
            problems.add(new Problem(FindingIds.of("problem|" + mistake.yamlName(), List.of(subject)), mistake,
                    worst.severity(), List.copyOf(subjects), worst.title(), ids, List.copyOf(rulesSeen),
                    List.copyOf(services), accepted));
        }
        return sorted(problems);
    }

    /** The problem of a subject with one finding, most of them: the finding's own lists as they are. */
    private static Problem alone(Finding finding, Mistake mistake) {
        Ref subject = finding.subjects().get(0);
        List<Ref> services = finding.services();
        if (!byId(services)) {
            Set<Ref> sorted = new TreeSet<>(Comparator.comparing(Ref::id));
            sorted.addAll(services);
            services = List.copyOf(sorted);
        }
        return new Problem(FindingIds.of("problem|" + mistake.yamlName(), List.of(subject)), mistake,
                finding.severity(), finding.subjects(), finding.title(), List.of(finding.id()), List.of(finding.rule()),
                services, finding.accepted());
    }

    /** Sorted by id, each id once. */
    private static boolean byId(List<Ref> refs) {
        for (int i = 1; i < refs.size(); i++) {
            if (refs.get(i - 1).id().compareTo(refs.get(i).id()) >= 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean inOrder(List<Finding> findings) {
        for (int i = 1; i < findings.size(); i++) {
            if (Finding.ORDER.compare(findings.get(i - 1), findings.get(i)) > 0) {
                return false;
            }
        }
        return true;
    }

    /** More findings than this on one subject sort as this many. */
    private static final int MAX_FINDINGS = 0xFF_FFFF;

    /** A problem with what {@link #ORDER} compares, computed once: an assessment sorts tens of thousands. */
    private record Keyed(long rank, Ref subject, Problem problem) {
    }

    /** The problems in {@link #ORDER}. */
    static List<Problem> sorted(List<Problem> problems) {
        List<Keyed> keyed = new ArrayList<>(problems.size());
        for (Problem p : problems) {
            int fewerFindings = MAX_FINDINGS - Math.min(MAX_FINDINGS, p.findings().size());
            long rank = (p.accepted() ? 1L : 0L) << 40 | (long) p.severity().ordinal() << 32
                    | (long) fewerFindings << 8 | p.mistake().ordinal();
            keyed.add(new Keyed(rank, p.subject(), p));
        }
        keyed.sort(Comparator.comparingLong(Keyed::rank).thenComparing(Keyed::subject, Ref.BY_KEY));
        return keyed.stream().map(Keyed::problem).toList();
    }
}
