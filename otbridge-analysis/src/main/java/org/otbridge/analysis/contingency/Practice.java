package org.otbridge.analysis.contingency;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.otbridge.model.Control;
import org.otbridge.model.ControlKind;
import org.otbridge.model.Model;
import org.otbridge.model.Ref;
import org.otbridge.model.RefKind;

/**
 * Programme-level practices declared as controls of kind {@code other} (catalog section D note):
 * {@code ot-incident-plan} and {@code offline-recovery-docs}. The catalog matches them by the
 * control's {@code name}, but the loaded {@link Control} does not carry its name (model v1 keeps
 * only id, kind, applies_to, parameters and description). Until it does, a control matches when
 * a {@code name} parameter, its id, or its id and description together say what it is: the
 * convention name itself, or all the words of one of the practice's phrases.
 */
enum Practice {

    INCIDENT_PLAN("ot-incident-plan", List.of(List.of("incident", "plan"), List.of("incident", "response"))),
    OFFLINE_RECOVERY_DOCS("offline-recovery-docs", List.of(List.of("offline", "doc"), List.of("printed", "drawing"),
            List.of("printed", "procedure"), List.of("offline", "recovery")));

    /** The subject of a finding about the programme as a whole. */
    static final Ref PROGRAM = Ref.of(RefKind.PROGRAM, Ref.OT_SECURITY_PROGRAM);

    private final String convention;
    private final List<List<String>> phrases;

    Practice(String convention, List<List<String>> phrases) {
        this.convention = convention;
        this.phrases = phrases;
    }

    String convention() {
        return convention;
    }

    /** The declared controls of this practice, in model order. */
    List<Control> in(Model model) {
        return model.controls().stream().filter(this::matches).toList();
    }

    boolean matches(Control control) {
        if (control.kind() != ControlKind.OTHER) {
            return false;
        }
        Optional<String> name = ContingencySite.textParameter(control, "name");
        if (name.map(convention::equalsIgnoreCase).orElse(false) || control.id().equalsIgnoreCase(convention)) {
            return true;
        }
        String text = (control.id() + " " + (control.description() == null ? "" : control.description()))
                .toLowerCase(Locale.ROOT);
        for (List<String> phrase : phrases) {
            if (phrase.stream().allMatch(text::contains)) {
                return true;
            }
        }
        return false;
    }
}
