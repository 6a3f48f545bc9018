package org.otbridge.cli;

import java.io.PrintWriter;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.otbridge.model.Problem;
import org.otbridge.model.load.LoadResult;
import org.otbridge.model.load.ModelLoader;

/** Loads the model a command names, or the bundled example when it names none. */
final class ModelInput {

    private ModelInput() {
    }

    static LoadResult load(Path model) {
        ModelLoader loader = new ModelLoader();
        return model == null ? loader.load(BundledExample.sources()) : loader.load(model);
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

    /** Prints one {@code FILE:LINE:COL: message} line per problem. */
    static void printProblems(LoadResult result, PrintWriter to) {
        for (Problem problem : result.problems()) {
            to.println(problem);
        }
    }
}
