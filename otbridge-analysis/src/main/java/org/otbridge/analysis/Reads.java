package org.otbridge.analysis;

import java.util.EnumSet;
import java.util.Set;
import org.otbridge.model.ControlKind;

/**
 * What of a model an analysis reads: parts of it, and of the controls only those of some kinds
 * (which controls apply where, and their settings). An analysis whose reads a change does not
 * alter gives the same section before and after it, so a re-assessment keeps that section
 * ({@link Assessor#assess(org.otbridge.model.Model, java.util.Optional, java.util.concurrent.Executor, Assessment)}).
 */
public record Reads(Set<ModelPart> parts, Set<ControlKind> controlKinds) {

    public Reads {
        parts = parts.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(parts));
        controlKinds = controlKinds.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(controlKinds));
    }

    /** Everything: the safe declaration, and the default of every analysis. */
    public static Reads everything() {
        return new Reads(EnumSet.allOf(ModelPart.class), EnumSet.allOf(ControlKind.class));
    }

    /** Every part of the model, and of the controls only those of {@code kinds} (none when empty). */
    public static Reads allButControlsExcept(Set<ControlKind> kinds) {
        return new Reads(EnumSet.allOf(ModelPart.class), kinds);
    }

    /** Whether the change {@code diff} describes alters something read here. */
    public boolean affectedBy(ModelDiff diff) {
        for (ModelPart part : diff.parts()) {
            if (parts.contains(part)) {
                return true;
            }
        }
        for (ControlKind kind : diff.controlKinds()) {
            if (controlKinds.contains(kind)) {
                return true;
            }
        }
        return false;
    }
}
