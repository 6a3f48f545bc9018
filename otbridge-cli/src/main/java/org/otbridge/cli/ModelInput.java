package org.otbridge.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
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

    /** Prints one {@code FILE:LINE:COL: message} line per problem. */
    static void printProblems(LoadResult result, PrintWriter to) {
        for (Problem problem : result.problems()) {
            to.println(problem);
        }
    }
}
