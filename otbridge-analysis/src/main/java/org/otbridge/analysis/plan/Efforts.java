package org.otbridge.analysis.plan;

import java.util.ArrayList;
import java.util.List;
import org.otbridge.model.Effort;
import org.otbridge.model.EffortOverride;
import org.otbridge.model.Model;
import org.otbridge.model.Problem;
import org.otbridge.model.load.Suggestions;

/**
 * The effort class of each planned action: the site's own from the model's {@code efforts} (one
 * for the action's subject beats one for every action of its kind), else the usual one of its kind
 * of change. A site knows what its own changes take; the plan's classes are a starting point.
 */
public final class Efforts {

    /** The kinds of change the plan proposes, as {@code efforts} entries name them. */
    public static final List<String> KINDS = List.of("remove-connection", "route-through-dmz",
            "harden-connection", "leave-zones", "close-internet-exposure", "replace-control", "cut-it-dependencies",
            "name-accountable", "add-responsible", "give-mandate", "exercise-fallback", "add-fallback", "hold-spare",
            "add-backup", "second-supplier", "exercise-incident-plan", "separate-ot-backup",
            "keep-offline-documents", "disable-account", "require-account-mfa", "separate-ot-account",
            "move-management-interface", "require-signed-firmware");

    private final List<EffortOverride> given;

    private Efforts(List<EffortOverride> given) {
        this.given = given;
    }

    /** The efforts of {@code model}'s plan. */
    public static Efforts of(Model model) {
        return new Efforts(model.efforts());
    }

    /** The effort class of {@code change}. */
    public Effort of(Change change) {
        EffortOverride own = given(change);
        return own != null ? own.effort() : change.effort();
    }

    /** Whether the model gives the effort of {@code change} itself. */
    public boolean fromModel(Change change) {
        return given(change) != null;
    }

    private EffortOverride given(Change change) {
        EffortOverride forKind = null;
        for (EffortOverride e : given) {
            if (e.covers(change.kind(), change.subject())) {
                if (e.subject() != null) {
                    return e;
                }
                forKind = forKind == null ? e : forKind;
            }
        }
        return forKind;
    }

    /**
     * The entries of {@code efforts} that name no kind of change: each a problem where the action
     * is written, with the nearest kind as a suggestion. Such an entry would never apply.
     */
    public static List<Problem> check(Model model) {
        List<Problem> problems = new ArrayList<>();
        for (EffortOverride e : model.efforts()) {
            if (!KINDS.contains(e.action())) {
                String hint = Suggestions.closest(e.action(), KINDS).map(k -> "; did you mean '" + k + "'?")
                        .orElse("; the kinds are " + String.join(", ", KINDS));
                problems.add(new Problem(e.actionAt(), "unknown action '" + e.action() + "' in efforts" + hint));
            }
        }
        return problems;
    }
}
