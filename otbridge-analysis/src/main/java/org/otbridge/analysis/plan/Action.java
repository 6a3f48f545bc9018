package org.otbridge.analysis.plan;

import java.util.List;
import org.otbridge.model.Effort;

/**
 * One step of the plan: a change to the model, measured by applying it after the steps ranked
 * before it and assessing again. {@code before} and {@code after} are the figures of the model
 * without and with this step (the earlier steps done in both); {@code closes} are the problems
 * open before and gone after; {@code buys} says it in one sentence. {@code effortFromModel}: the
 * effort class is the site's own, from the model's {@code efforts}.
 */
public record Action(String id, int rank, Change change, Effort effort, boolean effortFromModel, Value value,
        List<String> closes, Figures before, Figures after, String buys) {

    public Action {
        closes = List.copyOf(closes);
    }

    public String title() {
        return change.title();
    }
}
