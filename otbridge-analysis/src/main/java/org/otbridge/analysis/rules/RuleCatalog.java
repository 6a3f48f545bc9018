package org.otbridge.analysis.rules;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.otbridge.analysis.attack.AttackCatalog;
import org.otbridge.model.Problem;
import org.otbridge.model.SourcePosition;

/**
 * A set of rules as data: YAML files whose conditions are CEL expressions (docs/rules.md). The
 * built-in rules ship as resources; users add their own files with {@code --rules FILE}. Every
 * rule is parsed, type-checked and compiled when its file is loaded, so a broken rule is an error
 * before any analysis runs. Immutable and thread-safe.
 */
public final class RuleCatalog {

    /** Where the built-in rule files are, on the class path. */
    static final String RESOURCE_FOLDER = "/org/otbridge/analysis/rules/";

    /** The built-in rule files, in catalog order. An explicit list: no class path scanning. */
    public static final List<String> BUILT_IN_FILES = List.of("control-fitness.yaml");

    /** The rules of a load, or the problems that made it unusable (each with file, line and column). */
    public record Loaded(RuleCatalog catalog, List<Problem> problems) {
        public Loaded {
            problems = problems.stream().sorted().toList();
        }

        public boolean ok() {
            return problems.isEmpty();
        }
    }

    private static final class BuiltIn {
        static final RuleCatalog INSTANCE = loadBuiltIn();
    }

    private final List<Rule> rules;
    private final Map<String, Rule> byId;

    private RuleCatalog(List<Rule> rules) {
        this.rules = List.copyOf(rules);
        Map<String, Rule> index = new LinkedHashMap<>();
        for (Rule rule : rules) {
            if (index.putIfAbsent(rule.id(), rule) != null) {
                throw new IllegalArgumentException("rule id " + rule.id() + " twice: " + index.get(rule.id()).at()
                        + " and " + rule.at());
            }
        }
        this.byId = Collections.unmodifiableMap(index);
    }

    /** A catalog without rules. */
    public static RuleCatalog empty() {
        return new RuleCatalog(List.of());
    }

    /** The rules that ship with OT Bridge; loaded and compiled once. */
    public static RuleCatalog builtIn() {
        return BuiltIn.INSTANCE;
    }

    /** The rules of one file, on their own. */
    public static Loaded load(Path file) {
        return load(List.of(file), empty(), RuleLimits.defaults());
    }

    /**
     * The built-in rules plus the rules of {@code files}: what {@code otbridge assess --rules}
     * evaluates. An id used twice, within the files or by a built-in rule, is a problem.
     */
    public static Loaded withUserRules(List<Path> files) {
        return withUserRules(files, RuleLimits.defaults(), id -> Optional.empty());
    }

    /**
     * Like {@link #withUserRules(List)}: the files' regular expressions are checked against
     * {@code limits}, and {@code refusal} may refuse a user rule's id, such as one a built-in Java
     * rule has: its message becomes the problem, at the rule.
     */
    public static Loaded withUserRules(List<Path> files, RuleLimits limits, Function<String, Optional<String>> refusal) {
        List<RuleLoader.Result> results = new ArrayList<>();
        for (Path file : files) {
            results.add(readFile(file, limits));
        }
        return merge(builtIn(), results, refusal);
    }

    /** Rules read from text, as if from a file named {@code file}; for tests and tools. */
    public static Loaded read(String file, String text) {
        return read(file, text, RuleLimits.defaults());
    }

    /** As {@link #read(String, String)}, with regular expressions checked against {@code limits}. */
    public static Loaded read(String file, String text, RuleLimits limits) {
        return merge(empty(), List.of(new RuleLoader(file, AttackCatalog.bundled(), limits).read(new StringReader(text))),
                id -> Optional.empty());
    }

    /** This catalog's rules followed by {@code other}'s; ids must not repeat. */
    public RuleCatalog plus(RuleCatalog other) {
        if (other.rules.isEmpty()) {
            return this;
        }
        List<Rule> all = new ArrayList<>(rules);
        all.addAll(other.rules);
        return new RuleCatalog(all);
    }

    /** The rules {@code kept} accepts, in catalog order. */
    public RuleCatalog only(java.util.function.Predicate<Rule> kept) {
        return new RuleCatalog(rules.stream().filter(kept).toList());
    }

    public List<Rule> rules() {
        return rules;
    }

    public Optional<Rule> rule(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public int size() {
        return rules.size();
    }

    private static Loaded load(List<Path> files, RuleCatalog base, RuleLimits limits) {
        List<RuleLoader.Result> results = new ArrayList<>();
        for (Path file : files) {
            results.add(readFile(file, limits));
        }
        return merge(base, results, id -> Optional.empty());
    }

    private static Loaded merge(RuleCatalog base, List<RuleLoader.Result> results,
            Function<String, Optional<String>> refusal) {
        List<Problem> problems = new ArrayList<>();
        Map<String, Rule> seen = new LinkedHashMap<>(base.byId);
        List<Rule> added = new ArrayList<>();
        for (RuleLoader.Result result : results) {
            problems.addAll(result.problems());
            for (Rule rule : result.rules()) {
                Optional<String> refused = refusal.apply(rule.id());
                if (refused.isPresent()) {
                    problems.add(new Problem(rule.at(), refused.get()));
                    continue;
                }
                Rule first = seen.putIfAbsent(rule.id(), rule);
                if (first != null) {
                    String where = first.at().file().startsWith("built-in:") ? "the built-in rule at " + first.at()
                            : "the rule at " + first.at();
                    problems.add(new Problem(rule.at(), "duplicate rule id '" + rule.id() + "': " + where
                            + " has it already; give this rule an id of its own"));
                } else {
                    added.add(rule);
                }
            }
        }
        if (!problems.isEmpty()) {
            return new Loaded(base, problems);
        }
        return new Loaded(base.plus(new RuleCatalog(added)), List.of());
    }

    private static RuleLoader.Result readFile(Path file, RuleLimits limits) {
        String shown = file.toString();
        SourcePosition start = new SourcePosition(shown, 1, 1);
        if (Files.isDirectory(file)) {
            return new RuleLoader.Result(List.of(), List.of(new Problem(start, "is a folder; --rules takes a rule file")));
        }
        // as bytes: the YAML reader checks the UTF-8 and names the line and column of a bad byte
        try (InputStream bytes = Files.newInputStream(file)) {
            return new RuleLoader(shown, AttackCatalog.bundled(), limits).read(bytes);
        } catch (NoSuchFileException e) {
            return new RuleLoader.Result(List.of(), List.of(new Problem(start, "no such rule file")));
        } catch (IOException e) {
            return new RuleLoader.Result(List.of(), List.of(new Problem(start, "cannot read: " + e.getMessage())));
        }
    }

    private static RuleLoader.Result readOne(String file, Reader reader) {
        return new RuleLoader(file, AttackCatalog.bundled()).read(reader);
    }

    private static RuleCatalog loadBuiltIn() {
        List<RuleLoader.Result> results = new ArrayList<>();
        for (String name : BUILT_IN_FILES) {
            String resource = RESOURCE_FOLDER + name;
            InputStream in = RuleCatalog.class.getResourceAsStream(resource);
            if (in == null) {
                throw new IllegalStateException("built-in rule file missing from the class path: " + resource);
            }
            try (Reader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                results.add(readOne(builtInName(name), reader));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        Loaded loaded = merge(empty(), results, id -> Optional.empty());
        if (!loaded.ok()) {
            throw new IllegalStateException("the built-in rule catalog is broken: " + loaded.problems());
        }
        return loaded.catalog();
    }

    /** How built-in rule files are named in positions and docs. */
    static String builtInName(String file) {
        return "built-in:" + file;
    }
}
