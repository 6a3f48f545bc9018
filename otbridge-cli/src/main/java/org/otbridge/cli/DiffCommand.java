package org.otbridge.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.otbridge.analysis.Assessor;
import org.otbridge.analysis.Severity;
import org.otbridge.model.YamlEnum;
import org.otbridge.model.load.LoadResult;
import org.otbridge.model.load.ModelLoader;
import org.otbridge.model.load.ModelSource;
import org.otbridge.observe.inventory.Inventory;
import org.otbridge.report.diff.DiffResult;
import org.otbridge.report.diff.Snapshot;
import org.otbridge.report.format.Formats;
import org.otbridge.report.format.ReportFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code otbridge diff OLD NEW} and {@code otbridge diff --git REV1 REV2 FOLDER}: what changed
 * between two models (each assessed as of the same day) or two JSON results: findings new, fixed
 * and changed, meeting points and shortcuts added and removed, services whose exposure or failure
 * impact changed. Exit 1 when a new or worsened finding reaches --fail-on, so a merge request that
 * opens a shortcut fails its pipeline.
 */
@Command(name = "diff", mixinStandardHelpOptions = true,
        header = "Compare two models or two results: what a change opens and what it closes.",
        description = {"Compare two models (files or folders), two JSON results of assess (otbridge.assessment/2),",
                "or with --git a model folder at two git revisions. Lists findings new, fixed and changed in",
                "severity, meeting points and shortcuts added and removed, and services whose exposure or",
                "failure impact changed; with --capture both are assessed against the same observed traffic.",
                "Exit 0, or 1 when a new or worse finding is at --fail-on or worse",
                "and not accepted; 2 for unusable input."})
final class DiffCommand implements Callable<Integer> {

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    OutputOptions output;

    @Parameters(arity = "2..3", paramLabel = "INPUT",
            description = {"OLD NEW: two models (file or folder) or two JSON results;",
                    "with --git: REV1 REV2 FOLDER."})
    List<String> inputs = new ArrayList<>();

    @Option(names = "--git", description = "Compare the model in FOLDER at revisions REV1 and REV2 (read with git show).")
    boolean git;

    @Option(names = "--fail-on", paramLabel = "SEVERITY",
            description = "Exit 1 when a new or worsened finding that is not accepted is at SEVERITY or worse: "
                    + "critical, high, medium, low or info. Default: never.")
    String failOn;

    @Option(names = "--today", paramLabel = "YYYY-MM-DD",
            description = "Assess both models as of this day (which exceptions are valid); default: today.")
    LocalDate today;

    @Option(names = "--capture", paramLabel = "INPUT",
            description = "Assess both models against the same observed traffic (captures, Zeek logs, inventory "
                    + "documents or folders; repeatable), so drift findings and counts are compared too.")
    List<Path> captures = new ArrayList<>();

    /**
     * Made when a JSON result is first read, not when picocli makes every command at start-up:
     * building a mapper loads some 400 classes, a quarter of every command's start.
     */
    private static final class Json {
        static final JsonMapper MAPPER = JsonMapper.builder().build();
    }

    /** Why an input cannot be compared, as lines for the user. */
    private static final class Unusable extends Exception {
        private static final long serialVersionUID = 1L;

        Unusable(String message) {
            super(message, null, false, false);
        }
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        ReportFormat<DiffResult> format;
        Severity threshold;
        try {
            format = output.chosen(Formats.diff());
            threshold = threshold();
            if (git != (inputs.size() == 3)) {
                throw new OutputTarget.Refused(git ? "--git takes REV1 REV2 FOLDER" : "give two inputs, OLD and NEW");
            }
        } catch (OutputTarget.Refused e) {
            return refuse(e.getMessage());
        }
        LocalDate day = today == null ? LocalDate.now() : today;
        Progress progress = Progress.of(err, "otbridge diff", git ? 5 : 4);
        try (OutputTarget target = output.target(spec.commandLine().getOut())) {
            Snapshot before;
            Snapshot after;
            List<Path> read = new ArrayList<>(captures);
            Optional<Inventory> observed = Optional.empty();
            if (!captures.isEmpty()) {
                try {
                    observed = Optional.of(CaptureInput.read(captures, err, "otbridge diff"));
                } catch (CaptureInput.Unreadable e) {
                    return ExitCodes.BAD_INPUT;
                }
            }
            if (git) {
                Path folder = Path.of(inputs.get(2));
                progress.step("reading " + inputs.get(0));
                List<ModelSource> oldSources = GitSources.read(folder, inputs.get(0));
                progress.step("reading " + inputs.get(1));
                List<ModelSource> newSources = GitSources.read(folder, inputs.get(1));
                progress.step("assessing " + inputs.get(0));
                before = assess(inputs.get(0), new ModelLoader().load(oldSources), day, observed, err);
                progress.step("assessing " + inputs.get(1));
                after = assess(inputs.get(1), new ModelLoader().load(newSources), day, observed, err);
            } else {
                progress.step("reading and assessing " + inputs.get(0));
                before = snapshot(inputs.get(0), day, observed, err, read);
                progress.step("reading and assessing " + inputs.get(1));
                after = snapshot(inputs.get(1), day, observed, err, read);
                progress.step("comparing");
            }
            target.refuseInputs(read);
            DiffResult diff = DiffResult.between(before, after);
            progress.step("writing");
            target.write(format, diff);
            if (!target.isStandardOutput()) {
                spec.commandLine().getOut().println("Wrote " + target.shown() + ": " + diff.newFindings().size()
                        + " new, " + diff.fixedFindings().size() + " fixed, " + diff.changedFindings().size() + " changed");
            }
            return threshold != null && diff.reaches(threshold) ? ExitCodes.FINDINGS : ExitCodes.OK;
        } catch (OutputTarget.Refused | GitSources.Failed e) {
            return refuse(e.getMessage());
        } catch (Unusable e) {
            return ExitCodes.BAD_INPUT;
        }
    }

    /** A JSON result is read as it is; anything else is loaded as a model and assessed. */
    private Snapshot snapshot(String input, LocalDate day, Optional<Inventory> observed, PrintWriter err,
            List<Path> read) throws Unusable {
        Path path = Path.of(input);
        Optional<JsonNode> json = json(path, err);
        if (json.isPresent()) {
            read.add(path);
            return Snapshot.fromJson(input, json.get()).orElseThrow(() -> {
                err.println(input + ":1:1: not an assessment result (\"schema\": \"otbridge.assessment/2\")");
                return new Unusable(input);
            });
        }
        LoadResult loaded = new ModelLoader().load(path);
        read.addAll(ModelInput.inputs(loaded, List.of()));
        return assess(input, loaded, day, observed, err);
    }

    private static Optional<JsonNode> json(Path path, PrintWriter err) throws Unusable {
        if (!Files.isRegularFile(path) || !path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json")) {
            return Optional.empty();
        }
        try {
            return Optional.of(Json.MAPPER.readTree(Files.readString(path, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            err.println(path + ":1:1: cannot read: " + OutputTarget.reason(e));
            throw new Unusable(path.toString());
        } catch (JacksonException e) {
            var at = e.getLocation();
            err.println(path + ":" + (at == null ? 1 : Math.max(1, at.getLineNr())) + ":" + (at == null ? 1
                    : Math.max(1, at.getColumnNr())) + ": not valid JSON: " + Terminal.oneLine(e.getOriginalMessage()));
            throw new Unusable(path.toString());
        }
    }

    private static Snapshot assess(String name, LoadResult loaded, LocalDate day, Optional<Inventory> observed,
            PrintWriter err) throws Unusable {
        if (!loaded.ok()) {
            ModelInput.printProblems(loaded, err);
            throw new Unusable(name);
        }
        return Snapshot.of(name, new Assessor(day).assess(loaded.model(), observed));
    }

    private Severity threshold() throws OutputTarget.Refused {
        if (failOn == null) {
            return null;
        }
        return YamlEnum.parse(Severity.class, failOn.strip().toLowerCase(Locale.ROOT))
                .orElseThrow(() -> new OutputTarget.Refused("unknown severity '" + failOn + "' for --fail-on; use one of: "
                        + String.join(", ", YamlEnum.names(Severity.class))));
    }

    private int refuse(String message) {
        spec.commandLine().getErr().println("otbridge diff: " + Terminal.oneLine(message));
        return ExitCodes.BAD_INPUT;
    }
}
