package org.otbridge.cli;

import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.otbridge.model.Model;
import org.otbridge.analysis.registry.RuleRegistry;
import org.otbridge.model.load.LoadLimits;
import org.otbridge.model.load.LoadResult;
import org.otbridge.model.text.Printable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code otbridge check [MODEL]}: validates a model and prints OK with counts or every problem. */
@Command(name = "check", mixinStandardHelpOptions = true,
        header = "Validate a model: OK with counts, or every problem with file, line and column.",
        description = {"Validate a model file or folder.",
                "Prints one line 'OK ...' with counts, or one line per problem as FILE:LINE:COL: message.",
                "Before the OK line, 'warning: FILE:LINE:COL: ...' names OT assets that no service requires.",
                "Exit 0 when the model is valid, 2 when it has problems."})
final class CheckCommand implements Callable<Integer> {

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    ModelOption model;

    @Mixin
    LimitOptions limits;

    @Option(names = {"-v", "--verbose"}, description = "Also list every file of a model folder that was not read, and why.")
    boolean verbose;

    @Override
    public Integer call() {
        LoadLimits loadLimits;
        try {
            limits.check();
            loadLimits = limits.load();
        } catch (LimitOptions.BadLimit e) {
            spec.commandLine().getErr().println("otbridge check: " + Terminal.oneLine(e.getMessage()));
            return ExitCodes.BAD_INPUT;
        }
        LoadResult result = ModelInput.load(model.model, RuleRegistry.builtIn(), loadLimits);
        PrintWriter out = spec.commandLine().getOut();
        if (verbose) {
            ModelInput.printSkipped(result, out);
        }
        if (!result.ok()) {
            ModelInput.printProblems(result, out);
            return ExitCodes.BAD_INPUT;
        }
        ModelWarnings.of(result.model()).forEach(out::println);
        out.println(okLine(result.model()) + skippedNote(result.skipped().size()));
        return ExitCodes.OK;
    }

    static String okLine(Model model) {
        Map<String, Integer> counts = model.counts();
        String name = model.name() == null ? "model" : Printable.escape(model.name());
        return "OK " + name + ": " + counts.entrySet().stream()
                .map(e -> e.getValue() + " " + e.getKey())
                .collect(Collectors.joining(", "))
                + " in " + model.files().size() + (model.files().size() == 1 ? " file" : " files");
    }

    /** ", 2 files skipped (--verbose lists them)", or nothing. */
    private String skippedNote(int skipped) {
        if (skipped == 0) {
            return "";
        }
        return ", " + skipped + (skipped == 1 ? " file" : " files") + " skipped"
                + (verbose ? "" : " (--verbose lists them)");
    }
}
