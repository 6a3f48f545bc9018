package org.otbridge.cli;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.otbridge.model.Model;
import org.otbridge.model.load.LoadResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code otbridge check [MODEL]}: validates a model and prints OK with counts or every problem. */
@Command(name = "check", mixinStandardHelpOptions = true,
        header = "Validate a model: OK with counts, or every problem with file, line and column.",
        description = {"Validate a model file or folder.",
                "Prints one line 'OK ...' with counts, or one line per problem as FILE:LINE:COL: message.",
                "Exit 0 when the model is valid, 2 when it has problems."})
final class CheckCommand implements Callable<Integer> {

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "MODEL",
            description = "Model file or folder (default: the bundled example utility).")
    Path model;

    @Override
    public Integer call() {
        LoadResult result = ModelInput.load(model);
        if (!result.ok()) {
            ModelInput.printProblems(result, spec.commandLine().getOut());
            return ExitCodes.BAD_INPUT;
        }
        spec.commandLine().getOut().println(okLine(result.model()));
        return ExitCodes.OK;
    }

    static String okLine(Model model) {
        Map<String, Integer> counts = model.counts();
        String name = model.name() == null ? "model" : model.name();
        return "OK " + name + ": " + counts.entrySet().stream()
                .map(e -> e.getValue() + " " + e.getKey())
                .collect(Collectors.joining(", "))
                + " in " + model.files().size() + (model.files().size() == 1 ? " file" : " files");
    }
}
