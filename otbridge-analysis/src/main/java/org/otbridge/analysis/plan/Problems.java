package org.otbridge.analysis.plan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.otbridge.analysis.Finding;
import org.otbridge.analysis.FindingChanges;
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

        /** The subject as groups tell subjects apart: an endpoint by its kind alone. */
        static Ref subjectKey(Ref subject) {
            return subject.kind().isEndpoint() ? Ref.of(subject.kind(), "") : subject;
        }
    }

    public static List<Problem> of(List<Finding> findings, RuleRegistry rules) {
        // an assessment has tens of thousands of findings: group keys without strings, the mistake
        // looked up once per rule
        Map<Group, List<Finding>> groups = new LinkedHashMap<>(findings.size() * 2);
        Mistakes mistakes = new Mistakes(rules);
        for (Finding finding : findings) {
            groups.computeIfAbsent(Group.of(mistakes.of(finding), finding.subjects().get(0)), k -> new ArrayList<>(1))
                    .add(finding);
        }
        return sorted(problems(groups, inOrder(findings)));
    }

    /**
     * The problems of {@code findings} (in {@link Finding#ORDER}), given {@code before}, the
     * problems (in {@link #ORDER}) of the findings they were changed from by {@code changes}: a
     * problem none of whose findings changed is kept as it is, the others are grouped again. The
     * same as {@link #of}, for the work of the changed subjects: a planner re-assesses a large
     * model for every change it measures.
     */
    public static List<Problem> update(List<Problem> before, FindingChanges changes, List<Finding> findings,
            RuleRegistry rules) {
        if (changes.isEmpty()) {
            return before;
        }
        if (changes.removed().size() + changes.added().size() > findings.size() / 2) {
            // most findings made again (a change every analysis reads): grouping afresh costs less
            return of(findings, rules);
        }
        Mistakes mistakes = new Mistakes(rules);
        Set<Group> changed = new HashSet<>();
        Set<Ref> subjects = new HashSet<>();
        for (List<Finding> side : List.of(changes.removed(), changes.added())) {
            for (Finding finding : side) {
                Ref subject = finding.subjects().get(0);
                subjects.add(Group.subjectKey(subject));
                changed.add(Group.of(mistakes.of(finding), subject));
            }
        }
        Map<Group, List<Finding>> groups = new LinkedHashMap<>();
        for (Finding finding : findings) {
            Ref subject = finding.subjects().get(0);
            if (subjects.contains(Group.subjectKey(subject))) {
                Group group = Group.of(mistakes.of(finding), subject);
                if (changed.contains(group)) {
                    groups.computeIfAbsent(group, k -> new ArrayList<>(1)).add(finding);
                }
            }
        }
        List<Problem> regrouped = sorted(problems(groups, true));
        List<Problem> merged = new ArrayList<>(before.size() + regrouped.size());
        int next = 0;
        for (Problem kept : before) {
            if (subjects.contains(Group.subjectKey(kept.subject()))
                    && changed.contains(Group.of(kept.mistake(), kept.subject()))) {
                continue;
            }
            long rank = rank(kept);
            while (next < regrouped.size() && precedes(regrouped.get(next), rank, kept)) {
                merged.add(regrouped.get(next++));
            }
            merged.add(kept);
        }
        merged.addAll(regrouped.subList(next, regrouped.size()));
        return merged;
    }

    /**
     * The problems {@code before} has and {@code after} has not, and the other way round, both lists
     * in {@link #ORDER}: one walk along both, the problems an update kept being the same objects.
     * A problem whose group is in both but changed is gone from one and made in the other.
     */
    static void diff(List<Problem> before, List<Problem> after, java.util.function.Consumer<Problem> gone,
            java.util.function.Consumer<Problem> made) {
        int i = 0;
        int j = 0;
        while (i < before.size() && j < after.size()) {
            Problem b = before.get(i);
            Problem a = after.get(j);
            if (a == b) {
                i++;
                j++;
                continue;
            }
            long rankB = rank(b);
            long rankA = rank(a);
            int order = rankB != rankA ? Long.compare(rankB, rankA) : Ref.BY_KEY.compare(b.subject(), a.subject());
            if (order <= 0) {
                gone.accept(b);
                i++;
            }
            if (order >= 0) {
                made.accept(a);
                j++;
            }
        }
        before.subList(i, before.size()).forEach(gone);
        after.subList(j, after.size()).forEach(made);
    }

    /** Whether {@code p} comes before the problem {@code other} of rank {@code otherRank} in {@link #ORDER}. */
    private static boolean precedes(Problem p, long otherRank, Problem other) {
        long rank = rank(p);
        return rank < otherRank || rank == otherRank && Ref.BY_KEY.compare(p.subject(), other.subject()) < 0;
    }

    /** The mistake of each finding; a rule has one category, so its id decides, looked up once per rule. */
    private static final class Mistakes {
        private final RuleRegistry rules;
        private final Map<String, Mistake> ofRule = new HashMap<>();

        Mistakes(RuleRegistry rules) {
            this.rules = rules;
        }

        Mistake of(Finding finding) {
            return ofRule.computeIfAbsent(finding.rule(),
                    k -> rules.rule(finding.rule()).map(RegisteredRule::mistake).orElse(Mistake.of(finding.category())));
        }
    }

    /** One problem per group, in the groups' order; members sorted first unless {@code inOrder}. */
    private static List<Problem> problems(Map<Group, List<Finding>> groups, boolean inOrder) {
        List<Problem> problems = new ArrayList<>(groups.size());
        for (Map.Entry<Group, List<Finding>> group : groups.entrySet()) {
            List<Finding> members = group.getValue();
            if (!inOrder) {
                members.sort(Finding.ORDER);
            }
            problems.add(problem(group.getKey().mistake(), members));
        }
        return problems;
    }

    /** The problem of one subject and mistake, from its findings in {@link Finding#ORDER}. */
    private static Problem problem(Mistake mistake, List<Finding> members) {
        if (members.size() == 1) {
            return alone(members.get(0), mistake);
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
        return new Problem(FindingIds.of("problem|" + mistake.yamlName(), List.of(subject)), mistake,
                worst.severity(), List.copyOf(subjects), worst.title(), ids, List.copyOf(rulesSeen),
                List.copyOf(services), accepted);
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

    /** What {@link #ORDER} compares before the subject, as one number. */
    private static long rank(Problem p) {
        int fewerFindings = MAX_FINDINGS - Math.min(MAX_FINDINGS, p.findings().size());
        return (p.accepted() ? 1L : 0L) << 40 | (long) p.severity().ordinal() << 32 | (long) fewerFindings << 8
                | p.mistake().ordinal();
    }

    /** The problems in {@link #ORDER}. */
    static List<Problem> sorted(List<Problem> problems) {
        List<Keyed> keyed = new ArrayList<>(problems.size());
        for (Problem p : problems) {
            keyed.add(new Keyed(rank(p), p.subject(), p));
        }
        keyed.sort(Comparator.comparingLong(Keyed::rank).thenComparing(Keyed::subject, Ref.BY_KEY));
        return keyed.stream().map(Keyed::problem).toList();
    }
}
