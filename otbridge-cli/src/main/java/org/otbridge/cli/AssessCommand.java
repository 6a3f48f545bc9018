package org.otbridge.cli;

import java.io.PrintWriter;
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
import org.otbridge.analysis.plan.Planner;
import org.otbridge.analysis.registry.RuleRegistry;
import org.otbridge.analysis.rules.RuleLimits;
import org.otbridge.model.Problem;
import org.otbridge.model.YamlEnum;
import org.otbridge.model.load.LoadLimits;
import org.otbridge.model.load.LoadResult;
import org.otbridge.observe.inventory.Inventory;
import org.otbridge.report.format.Formats;
import org.otbridge.report.format.ReportFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code otbridge assess [MODEL] [--capture INPUT]... [--format FORMAT] [-o FILE] [--fail-on SEVERITY] [--rules FILE]...}:
 * runs every analysis on a model and prints a short summary or the full result as JSON
 * (docs/output.md). {@code --rules} adds rule files to the built-in rules (docs/rules.md);
 * {@code --capture} compares the model with observed traffic (docs/drift.md).
 */
@Command(name = "assess", mixinStandardHelpOptions = true,
        header = "Assess a model: meeting points, attack paths, failure impact and findings.",
        description = {"Assess a model: where IT and OT meet, attack paths and shortcuts, and findings with the",
                "services they touch. Prints a short summary, or with --format json the full result.",
                "With --capture, also what the network really does against the model (drift).",
                "Exit 0, or 1 when a finding at --fail-on or worse is not accepted; 2 for unusable input."})
class AssessCommand implements Callable<Integer> {

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    ModelOption model;

    @Mixin
    OutputOptions output;

    @Mixin
    LimitOptions limits;

    @Option(names = "--fail-on", paramLabel = "SEVERITY",
            description = "Exit 1 when a finding that is not accepted is at SEVERITY or worse: "
                    + "critical, high, medium, low or info. Default: never.")
    String failOn;

    @Option(names = "--rules", paramLabel = "FILE",
            description = {"Add the rules of a rule file (YAML with CEL conditions, docs/rules.md) to the built-in",
                    "ones; repeatable. A broken rule is an error (exit 2) and nothing is written."})
    List<Path> rules = new ArrayList<>();

    @Option(names = "--capture", paramLabel = "INPUT",
            description = "Compare the model with observed traffic: a capture (pcap, pcapng, gzip), a Zeek log, "
                    + "an inventory document (otbridge.inventory/1) or a folder of them; repeatable. Adds the drift "
                    + "section and the OTB-DRIFT findings (docs/drift.md). Damaged records are reported and skipped.")
    List<Path> captures = new ArrayList<>();

    @Option(names = "--keep-going",
            description = {"When a rule is stopped at its limits (docs/limits.md), warn and write the result",
                    "without its findings instead of exiting 2."})
    boolean keepGoing;

    @Option(names = "--top", paramLabel = "N",
            description = {"Plan at most N actions (default ${DEFAULT-VALUE}; 0 plans none). Each is measured by",
                    "applying it to a copy of the model and assessing again (docs/plan.md)."},
            defaultValue = "10")
    int top;

    @Option(names = {"-v", "--verbose"},
            description = "With the text format: every problem with its explanation and recommendation.")
    boolean verbose;

    @Option(names = "--today", paramLabel = "YYYY-MM-DD",
            description = {"Assess the model as of this day instead of today: which exceptions are still valid,",
                    "which tests and contracts are overdue. For audits and for comparing with earlier results."})
    LocalDate today;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        ReportFormat<Assessment> format;
        Severity threshold;
        RuleLimits ruleLimits;
        LoadLimits loadLimits;
        try {
            format = output.chosen(Formats.assessment());
            if (format.name().equals("text")) {
                format = textFormat();
            }
            if (top < 0) {
                throw new OutputTarget.Refused("--top must be 0 or more, not " + top);
            }
            threshold = threshold();
            limits.check();
            ruleLimits = limits.rules();
            loadLimits = limits.load();
        } catch (OutputTarget.Refused | LimitOptions.BadLimit e) {
            return refuse(e.getMessage());
        }
        try (OutputTarget target = output.target(spec.commandLine().getOut())) {
            Optional<RuleRegistry> registry = RulesCommand.registry(rules, ruleLimits, err);
            if (registry.isEmpty()) {
                return ExitCodes.BAD_INPUT;
            }
            // a large model takes minutes: say what is going on when someone watches
            Progress progress = Progress.of(err, "otbridge " + spec.name(), top > 0 ? 4 : 3);
            progress.step("loading " + (model.model == null ? "the bundled example" : model.model));
            LoadResult result = ModelInput.load(model.model, registry.get(), loadLimits);
            if (!result.ok()) {
                ModelInput.printProblems(result, err);
                return ExitCodes.BAD_INPUT;
            }
            List<Path> inputs = new ArrayList<>(ModelInput.inputs(result, rules));
            inputs.addAll(captures);
            target.refuseInputs(inputs);
            Optional<Inventory> observed = Optional.empty();
            if (!captures.isEmpty()) {
                try {
                    observed = Optional.of(CaptureInput.read(captures, err, "otbridge assess"));
                } catch (CaptureInput.Unreadable e) {
                    return ExitCodes.BAD_INPUT;
                }
            }
            LocalDate day = today == null ? LocalDate.now() : today;
            progress.step("assessing " + result.model().assets().size() + " assets");
            Assessment assessment = new Assessor(day, registry.get(), ruleLimits).assess(result.model(), observed);
            if (!assessment.runProblems().isEmpty()) {
                for (Problem problem : assessment.runProblems()) {
                    err.println((keepGoing ? "warning: " : "") + problem);
                }
                if (!keepGoing) {
                    return refuse(stopped(assessment) + "; nothing written (--keep-going writes the result without "
                            + "their findings)");
                }
            }
            if (top > 0) {
                progress.step("planning the top " + top + " actions");
                assessment = assessment.withPlan(Planner.of(day, registry.get(), ruleLimits, observed)
                        .plan(assessment, top));
            }
            progress.step("writing " + format.name());
            target.write(format, assessment);
            if (!target.isStandardOutput()) {
                spec.commandLine().getOut().println("Wrote " + target.shown() + ": " + findingCounts(assessment));
            }
            return exitStatus(assessment, threshold);
        } catch (OutputTarget.Refused e) {
            return refuse(e.getMessage());
        }
    }

    /** The format --format text (or no --format) writes. */
    ReportFormat<Assessment> textFormat() {
        return verbose ? Formats.verboseText() : Formats.assessment().named("text").orElseThrow();
    }

    private Severity threshold() throws OutputTarget.Refused {
        if (failOn == null) {
            return null;
        }
        return YamlEnum.parse(Severity.class, failOn.strip().toLowerCase(Locale.ROOT))
                .orElseThrow(() -> new OutputTarget.Refused("unknown severity '" + failOn + "' for --fail-on; use one of: "
                        + String.join(", ", YamlEnum.names(Severity.class))));
    }

    private static String stopped(Assessment assessment) {
        int count = assessment.runProblems().size();
        return count == 1 ? "1 rule was stopped at its limits" : count + " rules were stopped at their limits";
    }

    private int refuse(String message) {
        spec.commandLine().getErr().println("otbridge " + spec.name() + ": " + Terminal.oneLine(message));
        return ExitCodes.BAD_INPUT;
    }

    /** 1 when a finding that is not accepted is at {@code threshold} or worse, else 0; always 0 without one. */
    static int exitStatus(Assessment assessment, Severity threshold) {
        return threshold != null && assessment.hasFindingsAtLeast(threshold) ? ExitCodes.FINDINGS : ExitCodes.OK;
    }

    private static String findingCounts(Assessment assessment) {
        Map<Severity, Integer> counts = assessment.countsBySeverity();
        int total = counts.values().stream().mapToInt(Integer::intValue).sum();
        return total + (total == 1 ? " finding (" : " findings (") + counts.entrySet().stream()
                .map(e -> e.getValue() + " " + e.getKey().yamlName()).collect(Collectors.joining(", ")) + ")";
    }
}
