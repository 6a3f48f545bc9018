package org.otbridge.analysis.contingency;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.otbridge.model.Control;
import org.otbridge.model.ControlKind;
import org.otbridge.model.Model;
import org.otbridge.model.Ref;
import org.otbridge.model.RefKind;

/**
 * Programme-level practices the contingency rules ask for, each a control kind of its own:
 * {@code incident-plan} and {@code offline-recovery-docs}. The form of earlier versions, a control
 * of kind {@code other} whose {@code name} is {@code ot-incident-plan} or
 * {@code offline-recovery-docs}, is still accepted and documented as deprecated (docs/model.md).
 */
enum Practice {

    INCIDENT_PLAN(ControlKind.INCIDENT_PLAN, "ot-incident-plan"),
    OFFLINE_RECOVERY_DOCS(ControlKind.OFFLINE_RECOVERY_DOCS, "offline-recovery-docs");

    /** The subject of a finding about the programme as a whole. */
    static final Ref PROGRAM = Ref.of(RefKind.PROGRAM, Ref.OT_SECURITY_PROGRAM);

    private final ControlKind kind;
    private final String deprecatedName;

    Practice(ControlKind kind, String deprecatedName) {
        this.kind = kind;
        this.deprecatedName = deprecatedName;
    }

    /** The control kinds that can declare the practice: its own and, in the deprecated form, {@code other}. */
    Set<ControlKind> kinds() {
        return Set.of(kind, ControlKind.OTHER);
    }

    /** The control kind that declares the practice. */
    ControlKind kind() {
        return kind;
    }

    /** The declared controls of this practice, in model order. */
    List<Control> in(Model model) {
        return model.controls().stream().filter(this::matches).toList();
    }

    boolean matches(Control control) {
        if (control.kind() == kind) {
            return true;
        }
        Optional<String> name = ContingencySite.textParameter(control, "name");
        return control.kind() == ControlKind.OTHER && name.map(n -> n.strip().equals(deprecatedName)).orElse(false);
    }
}
