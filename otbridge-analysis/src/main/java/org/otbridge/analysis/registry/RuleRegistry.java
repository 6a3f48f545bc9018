package org.otbridge.analysis.registry;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.otbridge.analysis.Mistake;
import org.otbridge.analysis.RuleInfo;
import org.otbridge.analysis.RuleMetadata;
import org.otbridge.analysis.SiteRule;
import org.otbridge.analysis.rules.Rule;
import org.otbridge.analysis.rules.RuleCatalog;
import org.otbridge.analysis.rules.RuleLimits;
import org.otbridge.model.AcceptedRisk;
import org.otbridge.model.Model;
import org.otbridge.model.Problem;
import org.otbridge.model.load.Suggestions;

/**
 * Every rule an assessment can report, in one map keyed by id: the built-in Java families
 * ({@link BuiltInRules}), the built-in CEL catalog and the rule files a user adds. As in
 * Threagile, built-in and script rules share the one id space and a rule that would shadow
 * another's id is refused: within the built-in rules that is a programming error, in a user's
 * rule file a problem at the rule's file, line and column. {@code otbridge rules}, docs/rules.md
 * and the check of {@code exceptions} all read this registry. Immutable and thread-safe.
 */
public final class RuleRegistry {

    /** The registry of a load, or the problems that made it unusable (each with file, line and column). */
    public record Loaded(RuleRegistry registry, List<Problem> problems) {
        public Loaded {
            problems = problems.stream().sorted().toList();
        }

        public boolean ok() {
            return problems.isEmpty();
        }
    }

    private static final class BuiltIn {
        static final RuleRegistry INSTANCE = new RuleRegistry(RuleCatalog.builtIn());
    }

    /** The prefix of every built-in rule id; user rules may not use it. */
    public static final String BUILT_IN_PREFIX = "OTB-";

    private final Map<String, RegisteredRule> byId;
    private final RuleCatalog catalog;

    private RuleRegistry(RuleCatalog catalog) {
        Map<String, RegisteredRule> index = new LinkedHashMap<>();
        for (List<? extends SiteRule<?>> family : List.of(BuiltInRules.ARCHITECTURE, BuiltInRules.EXPOSURE,
                BuiltInRules.GOVERNANCE, BuiltInRules.CONTINGENCY, BuiltInRules.DRIFT)) {
            for (SiteRule<?> rule : family) {
                add(index, java(rule.getClass()));
            }
        }
        for (Rule rule : catalog.rules()) {
            add(index, cel(rule));
        }
        this.byId = Collections.unmodifiableMap(index);
        this.catalog = catalog;
    }

    private static void add(Map<String, RegisteredRule> index, RegisteredRule rule) {
        RegisteredRule first = index.putIfAbsent(rule.id(), rule);
        if (first != null) {
            // User rule files are checked before they get here (withUserRules), so this is ours.
            throw new IllegalStateException("rule id " + rule.id() + " twice: " + first.describe() + " and "
                    + rule.describe());
        }
    }

    private static RegisteredRule java(Class<?> type) {
        RuleInfo info = type.getAnnotation(RuleInfo.class);
        RuleMetadata metadata = RuleMetadata.of(type);
        RuleFamily family = RuleFamily.ofBuiltInId(metadata.id())
                .orElseThrow(() -> new IllegalStateException(type.getName() + " has an id of no family: "
                        + metadata.id()));
        return new RegisteredRule(metadata, family, info.mistake(), List.of(info.reads()), Optional.empty(),
                Optional.of(type));
    }

    private static RegisteredRule cel(Rule rule) {
        boolean builtIn = rule.at().file().startsWith("built-in:");
        RuleFamily family = builtIn ? RuleFamily.ofBuiltInId(rule.id()).orElseThrow(
                () -> new IllegalStateException("built-in rule " + rule.id() + " has an id of no family"))
                : RuleFamily.USER;
        return new RegisteredRule(rule.metadata(), family, Mistake.of(rule.metadata().category()),
                ConditionReads.of(rule.when()), Optional.of(rule), Optional.empty());
    }

    /** The rules that ship with OT Bridge; built once. */
    public static RuleRegistry builtIn() {
        return BuiltIn.INSTANCE;
    }

    /**
     * The built-in rules plus those of the rule files: what {@code otbridge assess --rules}
     * evaluates. A broken rule, or one whose id another rule already has (built-in, of any
     * family, or in another file), is a problem at its file, line and column.
     */
    public static Loaded withUserRules(List<Path> files) {
        return withUserRules(files, RuleLimits.defaults());
    }

    /** As {@link #withUserRules(List)}, with the files' regular expressions checked against {@code limits}. */
    public static Loaded withUserRules(List<Path> files, RuleLimits limits) {
        if (files.isEmpty()) {
            return new Loaded(builtIn(), List.of());
        }
        RuleRegistry builtIn = builtIn();
        RuleCatalog.Loaded loaded = RuleCatalog.withUserRules(files, limits, id -> builtIn.refusal(id));
        if (!loaded.ok()) {
            return new Loaded(builtIn(), loaded.problems());
        }
        return new Loaded(new RuleRegistry(loaded.catalog()), List.of());
    }

    /** Why a user's rule cannot have {@code id}: a built-in rule has it, or it is in the built-in prefix. */
    private Optional<String> refusal(String id) {
        RegisteredRule taken = byId.get(id);
        if (taken != null) {
            return Optional.of("duplicate rule id '" + id + "': " + taken.describe()
                    + " has it already; give this rule an id of its own");
        }
        if (id.startsWith(BUILT_IN_PREFIX)) {
            return Optional.of("rule id '" + id + "' starts with " + BUILT_IN_PREFIX + ", which is kept for the "
                    + "built-in rules (a later version may add that id); give your rules a prefix of your own, "
                    + "such as ACME-001");
        }
        return Optional.empty();
    }

    /** Every rule: the Java families (architecture, exposure, governance, contingency, drift), then the CEL rules. */
    public List<RegisteredRule> rules() {
        return List.copyOf(byId.values());
    }

    public Optional<RegisteredRule> rule(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public int size() {
        return byId.size();
    }

    /** How many rules ship with OT Bridge. */
    public long builtInCount() {
        return byId.values().stream().filter(RegisteredRule::builtIn).count();
    }

    /** The CEL rules (built-in and from files), for the rule engine. */
    public RuleCatalog catalog() {
        return catalog;
    }

    /**
     * The exceptions of a model that name no rule of this registry: each a problem at the rule id
     * as written, with the nearest id of the same family as a suggestion. An exception for an
     * unknown id would never apply, and the finding it was meant for would stay. Ids outside the
     * built-in prefix belong to users' rule files, so they are checked only when the registry has
     * some ({@code assess --rules}); {@code check} knows no rule files and leaves them alone.
     */
    public List<Problem> checkExceptions(Model model) {
        boolean userRules = byId.values().stream().anyMatch(r -> !r.builtIn());
        List<Problem> problems = new ArrayList<>();
        for (AcceptedRisk exception : model.exceptions()) {
            String id = exception.rule();
            if (id == null || byId.containsKey(id) || !id.startsWith(BUILT_IN_PREFIX) && !userRules) {
                continue;
            }
            String subject = exception.subject() == null ? "" : " on " + exception.subject().key();
            String known = id.startsWith(BUILT_IN_PREFIX) ? "" : ": no rule file given with --rules has it";
            problems.add(new Problem(exception.ruleAt(), "unknown rule '" + id + "' in the exception" + subject
                    + known + suggestion(id)));
        }
        return problems;
    }

    /** "; did you mean 'OTB-ARCH-009'?" for a rule id that names no rule, or nothing when none is close. */
    public String suggestion(String typed) {
        int dash = typed.lastIndexOf('-');
        String prefix = dash > 0 ? typed.substring(0, dash + 1) : null;
        List<String> candidates = byId.keySet().stream().filter(id -> prefix != null && id.startsWith(prefix))
                .toList();
        if (candidates.isEmpty()) {
            candidates = List.copyOf(byId.keySet());
        }
        List<String> sorted = candidates.stream().sorted().toList();
        // A plausible typo first; else the id of the same family that sorts next to it.
        return Suggestions.closest(typed, sorted).or(() -> nextInOrder(typed, sorted))
                .map(id -> "; did you mean '" + id + "'?").orElse("");
    }

    private static java.util.Optional<String> nextInOrder(String typed, List<String> sorted) {
        if (sorted.isEmpty()) {
            return java.util.Optional.empty();
        }
        int at = java.util.Collections.binarySearch(sorted, typed);
        int insert = at >= 0 ? at : -at - 1;
        return java.util.Optional.of(sorted.get(Math.min(insert, sorted.size() - 1)));
    }
}
