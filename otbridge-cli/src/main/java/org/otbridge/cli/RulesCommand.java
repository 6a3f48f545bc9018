package org.otbridge.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.otbridge.analysis.rules.Rule;
import org.otbridge.analysis.rules.RuleCatalog;
import org.otbridge.analysis.rules.RuleLimits;
import org.otbridge.model.Problem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code otbridge rules [--rules FILE]...}: lists the rule catalog, the built-in rules and those of
 * the given rule files (docs/rules.md), one line each: id, severity, scope and title. A broken
 * rule file is reported with file, line and column (exit 2), as {@code assess --rules} does.
 */
@Command(name = "rules", mixinStandardHelpOptions = true,
        header = "List the rule catalog and check rule files.",
        description = {"List the rule catalog: the built-in rules and those of --rules files (YAML with CEL",
                "conditions, docs/rules.md), with id, severity, scope and title. Checks the rule files:",
                "exit 2 with FILE:LINE:COL for a broken rule."})
final class RulesCommand implements Callable<Integer> {

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--rules", paramLabel = "FILE",
            description = "Also list the rules of a rule file; repeatable.")
    List<Path> rules = new ArrayList<>();

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Optional<RuleCatalog> catalog = catalog(rules, err);
        if (catalog.isEmpty()) {
            return ExitCodes.BAD_INPUT;
        }
        PrintWriter out = spec.commandLine().getOut();
        List<Rule> all = catalog.get().rules();
        int idWidth = "ID".length();
        int scopeWidth = "SCOPE".length();
        for (Rule rule : all) {
            idWidth = Math.max(idWidth, rule.id().length());
            scopeWidth = Math.max(scopeWidth, rule.scope().yamlName().length());
        }
        String format = "%-" + idWidth + "s  %-8s  %-" + scopeWidth + "s  %s%n";
        out.printf(format, "ID", "SEVERITY", "SCOPE", "TITLE");
        for (Rule rule : all) {
            out.printf(format, rule.id(), rule.metadata().severity().yamlName(), rule.scope().yamlName(),
                    rule.metadata().title());
        }
        int added = all.size() - RuleCatalog.builtIn().size();
        out.println(all.size() + (all.size() == 1 ? " rule" : " rules") + " (" + RuleCatalog.builtIn().size()
                + " built-in" + (rules.isEmpty() ? "" : ", " + added + " from " + rules.size()
                + (rules.size() == 1 ? " file" : " files")) + ")");
        out.flush();
        return ExitCodes.OK;
    }

    /**
     * The built-in rules plus those of {@code files}; empty after printing one
     * {@code FILE:LINE:COL: message} line per problem when a rule file is unusable.
     */
    static Optional<RuleCatalog> catalog(List<Path> files, PrintWriter err) {
        return catalog(files, RuleLimits.defaults(), err);
    }

    /** As {@link #catalog(List, PrintWriter)}, with the files' regular expressions checked against {@code limits}. */
    static Optional<RuleCatalog> catalog(List<Path> files, RuleLimits limits, PrintWriter err) {
        if (files == null || files.isEmpty()) {
            return Optional.of(RuleCatalog.builtIn());
        }
        RuleCatalog.Loaded loaded = RuleCatalog.withUserRules(files, limits);
        if (!loaded.ok()) {
            for (Problem problem : loaded.problems()) {
                err.println(problem);
            }
            err.flush();
            return Optional.empty();
        }
        return Optional.of(loaded.catalog());
    }
}
