package org.otbridge.analysis.rules;

import java.io.Reader;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.otbridge.analysis.Category;
import org.otbridge.analysis.RuleMetadata;
import org.otbridge.analysis.Severity;
import org.otbridge.analysis.attack.AttackCatalog;
import org.otbridge.model.ControlKind;
import org.otbridge.model.Problem;
import org.otbridge.model.SourcePosition;
import org.otbridge.model.YamlEnum;
import org.otbridge.model.load.Suggestions;
import org.otbridge.model.yaml.YNode;
import org.otbridge.model.yaml.YamlTreeReader;

/**
 * Reads one rule file (docs/rules.md, "Writing rules") with the model's positioned YAML reader,
 * and compiles every rule's condition. A broken rule gives exactly one problem, at the place to
 * change: an unknown or missing field, a word that is not allowed, or a condition that does not
 * compile (reported at its {@code when:} line). Not thread-safe; one loader per file.
 */
final class RuleLoader {

    /** Rule ids: letters, digits, dots, dashes and underscores, starting with a letter or digit. */
    static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

    static final List<String> FIELDS = List.of("id", "category", "severity", "scope", "kinds", "when", "title",
            "it_control", "explanation", "recommendation", "references", "attack");
    private static final List<String> REQUIRED = List.of("id", "category", "severity", "scope", "when", "title",
            "explanation", "recommendation");

    /** The rules read and the problems found, each problem naming a file, line and column. */
    record Result(List<Rule> rules, List<Problem> problems) {
    }

    private final String file;
    private final AttackCatalog attack;
    private final RuleLimits limits;
    private final List<Problem> problems = new ArrayList<>();
    private final List<Rule> rules = new ArrayList<>();

    RuleLoader(String file, AttackCatalog attack) {
        this(file, attack, RuleLimits.defaults());
    }

    RuleLoader(String file, AttackCatalog attack, RuleLimits limits) {
        this.limits = limits;
        this.file = file;
        this.attack = attack;
    }

    Result read(Reader reader) {
        return read(new YamlTreeReader().read(file, reader, problems::add));
    }

    /** Reads a rule file's UTF-8 bytes; text that is not UTF-8 is a problem where it starts. */
    Result read(java.io.InputStream bytes) {
        return read(new YamlTreeReader().read(file, bytes, problems::add));
    }

    private Result read(YNode root) {
        if (root != null && problems.isEmpty()) {
            readRoot(root);
        }
        return new Result(List.copyOf(rules), List.copyOf(problems));
    }

    private void readRoot(YNode root) {
        if (!(root instanceof YNode.YMap map)) {
            problems.add(new Problem(root.at(), "a rule file is a mapping with a 'rules:' list, found " + root.shape()));
            return;
        }
        for (YNode.YEntry entry : map.entries()) {
            if (entry.key().equals("rules") || entry.key().startsWith("x-")) {
                continue;
            }
            problems.add(new Problem(entry.keyAt(), "unknown top-level key '" + entry.key() + "' in a rule file"
                    + hint(entry.key(), List.of("rules"), "a rule file holds 'rules:' (and x- keys)")));
        }
        YNode list = map.get("rules");
        if (list == null || list instanceof YNode.YScalar scalar && scalar.isNull()) {
            return;
        }
        if (!(list instanceof YNode.YList items)) {
            problems.add(new Problem(list.at(), "'rules' must be a list of rules, found " + list.shape()));
            return;
        }
        for (YNode item : items.items()) {
            List<Problem> found = new ArrayList<>();
            Optional<Rule> rule = readRule(item, found);
            if (!found.isEmpty()) {
                problems.add(found.get(0));
            } else {
                rule.ifPresent(rules::add);
            }
        }
    }

    private Optional<Rule> readRule(YNode node, List<Problem> found) {
        if (!(node instanceof YNode.YMap map)) {
            found.add(new Problem(node.at(), "a rule must be a mapping of fields, found " + node.shape()));
            return Optional.empty();
        }
        String name = map.get("id") instanceof YNode.YScalar id && !id.isNull() ? "rule '" + id.text() + "'" : "rule";
        for (YNode.YEntry entry : map.entries()) {
            if (!FIELDS.contains(entry.key()) && !entry.key().startsWith("x-")) {
                found.add(new Problem(entry.keyAt(), "unknown field '" + entry.key() + "' in " + name
                        + hint(entry.key(), FIELDS, "a rule has " + String.join(", ", FIELDS))));
                return Optional.empty();
            }
        }
        for (String field : REQUIRED) {
            if (map.get(field) == null || map.get(field) instanceof YNode.YScalar s && s.isNull()) {
                found.add(new Problem(map.at(), name + " is missing the required field '" + field + "'"));
                return Optional.empty();
            }
        }
        String id = text(map, "id", name, found);
        if (id != null && !ID.matcher(id).matches()) {
            found.add(new Problem(map.get("id").at(), "invalid rule id '" + id + "': use letters, digits, '.', '-' "
                    + "and '_', starting with a letter or digit, such as ACME-001"));
        }
        Category category = choice(map, "category", Category.class, name, found);
        Severity severity = choice(map, "severity", Severity.class, name, found);
        RuleScope scope = choice(map, "scope", RuleScope.class, name, found);
        String title = text(map, "title", name, found);
        String explanation = text(map, "explanation", name, found);
        String recommendation = text(map, "recommendation", name, found);
        String itControl = map.get("it_control") == null ? null : text(map, "it_control", name, found);
        List<String> references = texts(map, "references", name, found);
        List<String> attackIds = texts(map, "attack", name, found);
        for (int i = 0; i < attackIds.size(); i++) {
            if (attack.name(attackIds.get(i)).isEmpty()) {
                found.add(new Problem(((YNode.YList) map.get("attack")).items().get(i).at(), "'" + attackIds.get(i)
                        + "' in " + name + " is not an ATT&CK for ICS technique or mitigation id in the bundled data"
                        + " (such as T0866 or M0930)"));
            }
        }
        Set<ControlKind> kinds = kinds(map, scope, name, found);
        String when = text(map, "when", name, found);
        if (!found.isEmpty()) {
            return Optional.empty();
        }
        YNode.YEntry whenEntry = map.entry("when");
        SourcePosition whenAt = whenEntry.keyAt();
        RuleCompiler.Compiled compiled;
        try {
            compiled = RuleCompiler.get().compile(scope, when, limits);
        } catch (RuleCompiler.Failure failure) {
            String place = when.strip().contains("\n") ? "line " + failure.line() + ", column " + failure.column()
                    : "column " + failure.column();
            found.add(new Problem(whenAt, "condition of " + name + " does not compile (" + place + " of the condition): "
                    + failure.getMessage()));
            return Optional.empty();
        }
        Set<ControlKind> effective = EnumSet.noneOf(ControlKind.class);
        if (scope == RuleScope.ASSET_CONTROL) {
            Set<String> fromCondition = compiled.kinds();
            if (!kinds.isEmpty() && !fromCondition.isEmpty()) {
                Set<ControlKind> both = EnumSet.copyOf(kinds);
                both.removeIf(k -> !fromCondition.contains(k.yamlName()));
                if (both.isEmpty()) {
                    found.add(new Problem(map.entry("kinds").keyAt(), name + " can never fire: 'kinds' lists "
                            + words(kinds) + " but its condition only allows " + String.join(", ", fromCondition)));
                    return Optional.empty();
                }
                effective = both;
            } else if (!kinds.isEmpty()) {
                effective = kinds;
            } else if (!fromCondition.isEmpty()) {
                for (String kind : fromCondition) {
                    Optional<ControlKind> parsed = YamlEnum.parse(ControlKind.class, kind);
                    if (parsed.isEmpty()) {
                        found.add(new Problem(whenAt, name + " can never fire: its condition asks for control kinds "
                                + "that contradict each other"));
                        return Optional.empty();
                    }
                    effective.add(parsed.get());
                }
            }
        }
        RuleMetadata metadata = new RuleMetadata(id, category, severity, title, explanation, recommendation,
                references, attackIds);
        return Optional.of(new Rule(metadata, scope, when, effective, itControl, map.at(), whenAt, compiled.program(),
                compiled.ast()));
    }

    private Set<ControlKind> kinds(YNode.YMap map, RuleScope scope, String name, List<Problem> found) {
        YNode node = map.get("kinds");
        if (node == null) {
            return EnumSet.noneOf(ControlKind.class);
        }
        if (scope != null && scope != RuleScope.ASSET_CONTROL) {
            found.add(new Problem(map.entry("kinds").keyAt(), "'kinds' in " + name + " only applies to scope "
                    + "asset-control, not " + scope.yamlName()));
            return EnumSet.noneOf(ControlKind.class);
        }
        Set<ControlKind> kinds = EnumSet.noneOf(ControlKind.class);
        List<YNode> items = node instanceof YNode.YList list ? list.items() : List.of(node);
        for (YNode item : items) {
            if (!(item instanceof YNode.YScalar scalar) || scalar.isNull()) {
                found.add(new Problem(item.at(), "'kinds' in " + name + " lists control kinds, found " + item.shape()));
                continue;
            }
            Optional<ControlKind> kind = YamlEnum.parse(ControlKind.class, scalar.text());
            if (kind.isEmpty()) {
                found.add(new Problem(item.at(), "unknown control kind '" + scalar.text() + "' in " + name
                        + hint(scalar.text(), YamlEnum.names(ControlKind.class), "kinds: "
                        + String.join(", ", YamlEnum.names(ControlKind.class)))));
            } else {
                kinds.add(kind.get());
            }
        }
        return kinds;
    }

    /** "; did you mean 'x'?" when a candidate is close, else "; " and the fallback. */
    static String hint(String typed, List<String> candidates, String fallback) {
        return Suggestions.closest(typed, candidates).map(s -> "; did you mean '" + s + "'?").orElse("; " + fallback);
    }

    private static String words(Set<ControlKind> kinds) {
        Set<String> names = new LinkedHashSet<>();
        kinds.forEach(k -> names.add(k.yamlName()));
        return String.join(", ", names);
    }

    private static String text(YNode.YMap map, String field, String name, List<Problem> found) {
        YNode node = map.get(field);
        if (node instanceof YNode.YScalar scalar && !scalar.isNull()) {
            if (scalar.text().isBlank()) {
                found.add(new Problem(scalar.at(), "'" + field + "' in " + name + " is empty"));
                return null;
            }
            return scalar.text();
        }
        found.add(new Problem(node.at(), "'" + field + "' in " + name + " must be text, found " + node.shape()));
        return null;
    }

    private static List<String> texts(YNode.YMap map, String field, String name, List<Problem> found) {
        YNode node = map.get(field);
        if (node == null || node instanceof YNode.YScalar s && s.isNull()) {
            return List.of();
        }
        if (!(node instanceof YNode.YList list)) {
            found.add(new Problem(node.at(), "'" + field + "' in " + name + " must be a list, found " + node.shape()
                    + (node instanceof YNode.YScalar scalar ? " (write [" + scalar.text() + "])" : "")));
            return List.of();
        }
        List<String> values = new ArrayList<>();
        for (YNode item : list.items()) {
            if (item instanceof YNode.YScalar scalar && !scalar.isNull() && !scalar.text().isBlank()) {
                values.add(scalar.text().strip());
            } else {
                found.add(new Problem(item.at(), "'" + field + "' in " + name + " lists text, found " + item.shape()));
            }
        }
        return values;
    }

    private static <E extends Enum<E> & YamlEnum> E choice(YNode.YMap map, String field, Class<E> type, String name,
            List<Problem> found) {
        YNode node = map.get(field);
        if (!(node instanceof YNode.YScalar scalar) || scalar.isNull()) {
            found.add(new Problem(node.at(), "'" + field + "' in " + name + " must be one word, found " + node.shape()));
            return null;
        }
        String text = scalar.text().strip().toLowerCase(Locale.ROOT);
        Optional<E> value = YamlEnum.parse(type, text);
        if (value.isEmpty()) {
            List<String> names = YamlEnum.names(type);
            found.add(new Problem(scalar.at(), "unknown " + field + " '" + scalar.text() + "' in " + name
                    + hint(text, names, "use one of: " + String.join(", ", names))));
            return null;
        }
        return value.get();
    }
}
