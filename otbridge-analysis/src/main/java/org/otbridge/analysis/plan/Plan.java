package org.otbridge.analysis.plan;

import java.util.List;

/**
 * The action plan: the ranked actions, and how many candidate changes were found and how many
 * assessments measuring them took.
 */
public record Plan(List<Action> actions, int candidates, int measurements) {

    public Plan {
        actions = List.copyOf(actions);
    }

    public static Plan empty() {
        return new Plan(List.of(), 0, 0);
    }
}
