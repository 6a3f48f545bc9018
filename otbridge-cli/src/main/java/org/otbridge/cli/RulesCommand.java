package org.otbridge.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.otbridge.analysis.FindingBuilder;
import org.otbridge.analysis.Mistake;
import org.otbridge.analysis.RuleMetadata;
import org.otbridge.analysis.attack.AttackCatalog;
import org.otbridge.analysis.registry.RegisteredRule;
import org.otbridge.analysis.registry.RuleFamily;
import org.otbridge.analysis.registry.RuleRegistry;
import org.otbridge.analysis.rules.RuleLimits;
import org.otbridge.model.Problem;
import org.otbridge.model.YamlEnum;
import org.otbridge.model.load.Suggestions;
import org.otbridge.report.RulesJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code otbridge rules [ID]... [--id ID]... [--family F]... [--format text|json] [--rules FILE]...}:
 * every rule an assessment can report, from the rule registry: the built-in Java families, the
 * built-in CEL catalog and the given rule files, grouped by the mistake each is about. Named ids
 * are shown in full. A broken rule file, or a rule reusing another rule's id, is reported with
 * file, line and column (exit 2), as {@code assess --rules} does.
 */
@Command(name = "rules", mixinStandardHelpOptions = true,
        header = "List every rule an assessment can report, and check rule files.",
        description = {"List every rule an assessment can report, grouped by the mistake it is",
                "about: the built-in rules and those of --rules files (YAML with CEL",
                "conditions, docs/rules.md). Name rule ids to see them in full. Checks the",
                "rule files: exit 2 with FILE:LINE:COL for a broken rule or a reused id."})
final class RulesCommand implements Callable<Integer> {

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "ID", description = "Show these rules in full, such as OTB-ARCH-001.")
    List<String> positionalIds = new ArrayList<>();

    @Option(names = "--id", paramLabel = "ID", description = "Show this rule in full; repeatable.")
    List<String> ids = new ArrayList<>();

    @Option(names = "--family", paramLabel = "FAMILY",
            description = "Only rules of this family: arch, exp, gov, cont, fit or user; repeatable.")
    List<String> families = new ArrayList<>();

    @Option(names = "--format", paramLabel = "FORMAT", description = "text (the default) or json.")
    String format = "text";

    @Option(names = "--rules", paramLabel = "FILE",
            description = "Also list the rules of a rule file; repeatable.")
    List<Path> rules = new ArrayList<>();

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        String chosen = format.strip().toLowerCase(Locale.ROOT);
        if (!chosen.equals("text") && !chosen.equals("json")) {
            err.println("otbridge rules: unknown format '" + format + "'; use text or json");
            return ExitCodes.BAD_INPUT;
        }
        Set<RuleFamily> wanted = new LinkedHashSet<>();
        for (String family : families) {
            Optional<RuleFamily> parsed = YamlEnum.parse(RuleFamily.class, family.strip().toLowerCase(Locale.ROOT));
            if (parsed.isEmpty()) {
                err.println("otbridge rules: unknown family '" + family + "'; use one of: "
                        + String.join(", ", YamlEnum.names(RuleFamily.class)));
                return ExitCodes.BAD_INPUT;
            }
            wanted.add(parsed.get());
        }
        Optional<RuleRegistry> registry = registry(rules, err);
        if (registry.isEmpty()) {
            return ExitCodes.BAD_INPUT;
        }
        List<String> named = new ArrayList<>(positionalIds);
        named.addAll(ids);
        List<RegisteredRule> selected = new ArrayList<>();
        for (String id : named) {
            Optional<RegisteredRule> rule = registry.get().rule(id.strip());
            if (rule.isEmpty()) {
                err.println("otbridge rules: no rule '" + Terminal.oneLine(id) + "'"
                        + registry.get().suggestion(id.strip()));
                return ExitCodes.BAD_INPUT;
            }
            selected.add(rule.get());
        }
        if (named.isEmpty()) {
            selected = registry.get().rules();
        }
        selected = byMistake(selected.stream().filter(r -> wanted.isEmpty() || wanted.contains(r.family())).toList());

        PrintWriter out = spec.commandLine().getOut();
        if (chosen.equals("json")) {
            new RulesJson().write(selected, AttackCatalog.bundled(), out);
        } else if (!named.isEmpty()) {
            for (int i = 0; i < selected.size(); i++) {
                out.print((i == 0 ? "" : "\n") + details(selected.get(i)));
            }
        } else {
            out.print(table(selected, registry.get(), !wanted.isEmpty()));
        }
        out.flush();
        return ExitCodes.OK;
    }

    /** Grouped by mistake, in the registry's order within each. */
    private static List<RegisteredRule> byMistake(List<RegisteredRule> rules) {
        List<RegisteredRule> sorted = new ArrayList<>(rules.size());
        for (Mistake mistake : Mistake.values()) {
            rules.stream().filter(r -> r.mistake() == mistake).forEach(sorted::add);
        }
        return sorted;
    }

    private String table(List<RegisteredRule> rules, RuleRegistry registry, boolean filtered) {
        int idWidth = "ID".length();
        int familyWidth = "FAMILY".length();
        for (RegisteredRule rule : rules) {
            idWidth = Math.max(idWidth, Terminal.oneLine(rule.id()).length());
            familyWidth = Math.max(familyWidth, rule.family().yamlName().length());
        }
        String format = "%-" + idWidth + "s  %-8s  %-" + familyWidth + "s  %s%n";
        StringBuilder text = new StringBuilder();
        text.append(String.format(format, "ID", "SEVERITY", "FAMILY", "TITLE"));
        for (Mistake mistake : Mistake.values()) {
            List<RegisteredRule> group = rules.stream().filter(r -> r.mistake() == mistake).toList();
            if (group.isEmpty()) {
                continue;
            }
            text.append('\n').append(mistake.title()).append(" (").append(mistake.yamlName()).append("): ")
                    .append(count(group.size())).append('\n');
            for (RegisteredRule rule : group) {
                // a user's rule file may hold anything: never let it move the cursor or forge a line
                text.append(String.format(format, Terminal.oneLine(rule.id()), rule.metadata().severity().yamlName(),
                        rule.family().yamlName(), Terminal.oneLine(rule.metadata().title())));
            }
        }
        long builtIn = registry.builtInCount();
        long added = registry.size() - builtIn;
        text.append('\n').append(filtered ? rules.size() + " of " : "").append(count(registry.size())).append(" (")
                .append(builtIn).append(" built-in").append(this.rules.isEmpty() ? "" : ", " + added + " from "
                        + this.rules.size() + (this.rules.size() == 1 ? " file" : " files")).append(")\n");
        return text.toString();
    }

    private static String count(long rules) {
        return rules + (rules == 1 ? " rule" : " rules");
    }

    /** One rule in full, as docs/rules.md shows it. */
    static String details(RegisteredRule rule) {
        RuleMetadata meta = rule.metadata();
        StringBuilder text = new StringBuilder();
        text.append(Terminal.oneLine(rule.id())).append("  ").append(Terminal.oneLine(meta.title())).append('\n');
        line(text, "severity", meta.severity().yamlName() + " (the default; see docs/rules.md, \"Severity\")");
        line(text, "mistake", rule.mistake().yamlName() + ": " + rule.mistake().title());
        line(text, "family", rule.family().yamlName() + " (" + rule.family().description() + ")");
        line(text, "category", meta.category().yamlName());
        rule.condition().ifPresent(c -> line(text, "scope", c.scope().yamlName()));
        line(text, "source", rule.builtIn() ? "built-in" : rule.at().map(Object::toString).orElse(""));
        line(text, "reads", String.join(", ", rule.reads()));
        rule.condition().ifPresent(c -> line(text, "condition", lines(c.when())));
        line(text, "why", lines(meta.explanation()));
        line(text, "instead", lines(meta.recommendation()));
        List<String> references = FindingBuilder.references(meta, AttackCatalog.bundled());
        if (!references.isEmpty()) {
            line(text, "references", Terminal.oneLine(String.join("; ", references)));
        }
        return text.toString();
    }

    /** A text of several lines, each escaped, continued under the value column. */
    private static String lines(String text) {
        return text.strip().lines().map(org.otbridge.model.text.Printable::escape)
                .collect(java.util.stream.Collectors.joining("\n" + " ".repeat(17)));
    }

    private static void line(StringBuilder text, String label, String value) {
        text.append("  ").append(String.format("%-13s", label + ":")).append("  ").append(value).append('\n');
    }

    /**
     * The built-in rules plus those of {@code files}; empty after printing one
     * {@code FILE:LINE:COL: message} line per problem when a rule file is unusable.
     */
    static Optional<RuleRegistry> registry(List<Path> files, PrintWriter err) {
        return registry(files, RuleLimits.defaults(), err);
    }

    /** As {@link #registry(List, PrintWriter)}, with the files' regular expressions checked against {@code limits}. */
    static Optional<RuleRegistry> registry(List<Path> files, RuleLimits limits, PrintWriter err) {
        RuleRegistry.Loaded loaded = RuleRegistry.withUserRules(files == null ? List.of() : files, limits);
        if (!loaded.ok()) {
            for (Problem problem : loaded.problems()) {
                err.println(problem);
            }
            err.flush();
            return Optional.empty();
        }
        return Optional.of(loaded.registry());
    }
}
