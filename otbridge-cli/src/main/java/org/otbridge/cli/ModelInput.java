package org.otbridge.cli;

import java.io.PrintWriter;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.otbridge.analysis.plan.Efforts;
import org.otbridge.analysis.registry.RuleRegistry;
import org.otbridge.model.Problem;
import org.otbridge.model.load.LoadLimits;
import org.otbridge.model.load.LoadResult;
import org.otbridge.model.load.ModelLoader;

/** Loads the model a command names, or the bundled example when it names none. */
final class ModelInput {

    private ModelInput() {
    }

    static LoadResult load(Path model) {
        return load(model, RuleRegistry.builtIn(), LoadLimits.defaults());
    }

    static LoadResult load(Path model, RuleRegistry rules) {
        return load(model, rules, LoadLimits.defaults());
    }

    /**
     * Loads the model, then checks that its exceptions name rules of {@code rules} and its efforts
     * kinds of planned action: an unknown name is a problem like a dangling reference, since the
     * entry would never apply.
     */
    static LoadResult load(Path model, RuleRegistry rules, LoadLimits limits) {
        ModelLoader loader = new ModelLoader(limits);
        LoadResult result = model == null ? loader.load(BundledExample.sources()) : loader.load(model);
        if (!result.ok()) {
            return result;
        }
        List<Problem> unknown = new ArrayList<>(rules.checkExceptions(result.model()));
        unknown.addAll(Efforts.check(result.model()));
        return unknown.isEmpty() ? result : new LoadResult(result.model(), unknown, result.skipped());
    }

    /** The files a run reads: the model's and {@code others} (rule files), for output checks. */
    static List<Path> inputs(LoadResult result, List<Path> others) {
        List<Path> inputs = new ArrayList<>();
        for (String file : result.model().files()) {
            try {
                inputs.add(Path.of(file));
            } catch (InvalidPathException e) {
                // A bundled source has no file on disk.
            }
        }
        inputs.addAll(others);
        return inputs;
    }

    /** Lists the files of a model folder that were not read, and why; for --verbose. */
    static void printSkipped(LoadResult result, PrintWriter to) {
        result.skipped().forEach(to::println);
    }

    /** Prints one {@code FILE:LINE:COL: message} line per problem. */
    static void printProblems(LoadResult result, PrintWriter to) {
        for (Problem problem : result.problems()) {
            to.println(problem);
        }
    }
}
