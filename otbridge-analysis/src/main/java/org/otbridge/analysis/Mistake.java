package org.otbridge.analysis;

import org.otbridge.model.YamlEnum;

/**
 * The three classic mistakes where IT and OT meet; every rule belongs to exactly one of them, and
 * the report's scorecard is grouped by them.
 */
public enum Mistake implements YamlEnum {

    /** An IT control applied in OT without operational context: lockout on a shift console. */
    IT_CONTROLS_IN_OT("IT controls applied to OT without operational context"),
    /** Integration treated as pure gain: shortcuts, dependencies, what-ifs and contingency. */
    INTEGRATION("Integration treated as pure gain"),
    /** Responsibility kept in one silo: IT or operations alone, no mandate, no supplier management. */
    ONE_SILO("Responsibility in one silo");

    private final String title;

    Mistake(String title) {
        this.title = title;
    }

    /** The mistake in one line, as headings show it. */
    public String title() {
        return title;
    }

    /**
     * The mistake a rule of {@code category} belongs to unless it says otherwise: control fitness
     * is about IT controls in OT, governance about silos, everything else about integration. Rule
     * files use it, since they have no field of their own for it.
     */
    public static Mistake of(Category category) {
        return switch (category) {
            case CONTROL_FITNESS -> IT_CONTROLS_IN_OT;
            case GOVERNANCE -> ONE_SILO;
            default -> INTEGRATION;
        };
    }
}
