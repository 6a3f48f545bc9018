package org.otbridge.model.load;

import java.util.List;
import org.otbridge.model.Model;
import org.otbridge.model.Problem;

/**
 * The outcome of loading a model: the model as far as it could be read, and every problem in
 * file, line and column order. Only a result without problems is fit for analysis.
 */
public record LoadResult(Model model, List<Problem> problems) {

    public LoadResult {
        problems = problems.stream().sorted().toList();
    }

    public boolean ok() {
        return problems.isEmpty();
    }
}
