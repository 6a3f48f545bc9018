package org.otbridge.model.load;

import java.util.List;
import org.otbridge.model.Model;
import org.otbridge.model.Problem;

/**
 * The outcome of loading a model: the model as far as it could be read, every problem in file,
 * line and column order, and the files under a model folder that were not read, with the reason
 * (in path order). Only a result without problems is fit for analysis.
 */
public record LoadResult(Model model, List<Problem> problems, List<SkippedFile> skipped) {

    public LoadResult {
        problems = problems.stream().sorted().toList();
        skipped = skipped.stream().sorted().toList();
    }

    public LoadResult(Model model, List<Problem> problems) {
        this(model, problems, List.of());
    }

    public boolean ok() {
        return problems.isEmpty();
    }
}
