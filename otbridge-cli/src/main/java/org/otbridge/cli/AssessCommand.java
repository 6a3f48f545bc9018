package org.otbridge.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.otbridge.analysis.Assessment;
import org.otbridge.analysis.Assessor;
import org.otbridge.analysis.Severity;
import org.otbridge.analysis.registry.RuleRegistry;
import org.otbridge.model.YamlEnum;
import org.otbridge.model.load.LoadResult;
import org.otbridge.report.JsonReport;
import org.otbridge.report.TextSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code otbridge assess [MODEL] [--format text|json] [-o FILE] [--fail-on SEVERITY] [--rules FILE]...}:
 * runs every analysis on a model and prints a short summary or the full result as JSON
 * ({@code otbridge.assessment/1}). {@code --rules} adds rule files to the built-in rules (docs/rules.md).
 */
@Command(name = "assess", mixinStandardHelpOptions = true,
        description = {"Assess a model: where IT and OT meet, attack paths and shortcuts, and findings with the",
                "services they touch. Prints a short summary, or with --format json the full result.",
                "Exit 0, or 1 when a finding at --fail-on or worse is not accepted; 2 for unusable input."})
final class AssessCommand implements Callable<Integer> {

    static final List<String> FORMATS = List.of("text", "json");
    /** Formats of the design that are not written yet; asking for one is a clear error, not a surprise. */
    static final List<String> PLANNED_FORMATS = List.of("html", "sarif", "csv", "xlsx", "md");

    /** File name endings that choose a format when --format is not given, checked in this order. */
    private static final List<Map.Entry<String, String>> FORMAT_BY_ENDING = List.of(
            Map.entry(".sarif.json", "sarif"), Map.entry(".json", "json"), Map.entry(".txt", "text"),
            Map.entry(".html", "html"), Map.entry(".htm", "html"), Map.entry(".sarif", "sarif"),
            Map.entry(".csv", "csv"), Map.entry(".xlsx", "xlsx"), Map.entry(".md", "md"));

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "MODEL",
            description = "Model file or folder (default: the bundled example utility).")
    Path model;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = {"text (a short summary; the default) or json (everything, as one JSON document).",
                    "Without --format, -o FILE.json writes json. html, sarif, csv, xlsx and md are planned."})
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write to FILE (whole or not at all) instead of standard output.")
    Path output;

    @Option(names = "--fail-on", paramLabel = "SEVERITY",
            description = "Exit 1 when a finding that is not accepted is at SEVERITY or worse: "
                    + "critical, high, medium, low or info. Default: never.")
    String failOn;

    @Option(names = "--rules", paramLabel = "FILE",
            description = {"Add the rules of a rule file (YAML with CEL conditions, docs/rules.md) to the built-in",
                    "ones; repeatable. A broken rule is an error (exit 2) and nothing is written."})
    List<Path> rules = new ArrayList<>();

    /** The day that decides which exceptions are still valid; for reproducible runs and tests. */
    @Option(names = "--today", hidden = true, paramLabel = "YYYY-MM-DD")
    LocalDate today;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        Optional<String> chosen = chooseFormat(err);
        if (chosen.isEmpty()) {
            return ExitCodes.BAD_INPUT;
        }
        Severity threshold = null;
        if (failOn != null) {
            Optional<Severity> parsed = YamlEnum.parse(Severity.class, failOn.strip().toLowerCase(Locale.ROOT));
            if (parsed.isEmpty()) {
                err.println("otbridge assess: unknown severity '" + failOn + "' for --fail-on; use one of: "
                        + String.join(", ", YamlEnum.names(Severity.class)));
                return ExitCodes.BAD_INPUT;
            }
            threshold = parsed.get();
        }
        if (output != null && Files.isDirectory(output)) {
            err.println("otbridge assess: " + output + " is a folder; -o needs a file name");
            return ExitCodes.BAD_INPUT;
        }

        Optional<RuleRegistry> registry = RulesCommand.registry(rules, err);
        if (registry.isEmpty()) {
            return ExitCodes.BAD_INPUT;
        }

        LoadResult result = ModelInput.load(model, registry.get());
        if (!result.ok()) {
            ModelInput.printProblems(result, err);
            return ExitCodes.BAD_INPUT;
        }
        Assessment assessment = new Assessor(today == null ? LocalDate.now() : today, registry.get())
                .assess(result.model());

        boolean json = chosen.get().equals("json");
        if (output == null) {
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                new JsonReport().write(assessment, out);
            } else {
                out.print(new TextSummary().render(assessment));
            }
            out.flush();
        } else {
            if (json) {
                AtomicFiles.write(output, out -> new JsonReport().write(assessment, out));
            } else {
                AtomicFiles.write(output, new TextSummary().render(assessment));
            }
            spec.commandLine().getOut().println("Wrote " + output + ": " + findingCounts(assessment));
        }
        return exitStatus(assessment, threshold);
    }

    /** 1 when a finding that is not accepted is at {@code threshold} or worse, else 0; always 0 without one. */
    static int exitStatus(Assessment assessment, Severity threshold) {
        return threshold != null && assessment.hasFindingsAtLeast(threshold) ? ExitCodes.FINDINGS : ExitCodes.OK;
    }

    /** The format asked for, or from the output file's name; empty (with a message) when it cannot be written. */
    private Optional<String> chooseFormat(PrintWriter err) {
        String name;
        String from;
        if (format != null) {
            name = format.strip().toLowerCase(Locale.ROOT);
            from = "";
        } else if (output != null) {
            String file = output.getFileName() == null ? "" : output.getFileName().toString().toLowerCase(Locale.ROOT);
            name = FORMAT_BY_ENDING.stream().filter(e -> file.endsWith(e.getKey()))
                    .map(Map.Entry::getValue).findFirst().orElse("text");
            from = " (from the name " + output.getFileName() + ")";
        } else {
            name = "text";
            from = "";
        }
        if (FORMATS.contains(name)) {
            return Optional.of(name);
        }
        if (PLANNED_FORMATS.contains(name)) {
            err.println("otbridge assess: format '" + name + "'" + from + " is not yet available; use --format text"
                    + " or --format json");
        } else {
            err.println("otbridge assess: unknown format '" + format + "'; use text or json ("
                    + String.join(", ", PLANNED_FORMATS) + " are planned)");
        }
        return Optional.empty();
    }

    private static String findingCounts(Assessment assessment) {
        Map<Severity, Integer> counts = assessment.countsBySeverity();
        int total = counts.values().stream().mapToInt(Integer::intValue).sum();
        return total + (total == 1 ? " finding (" : " findings (") + counts.entrySet().stream()
                .map(e -> e.getValue() + " " + e.getKey().yamlName()).collect(Collectors.joining(", ")) + ")";
    }
}
