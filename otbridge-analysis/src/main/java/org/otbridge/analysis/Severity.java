package org.otbridge.analysis;

import org.otbridge.model.YamlEnum;

/** How bad a finding is for operations (docs/rules.md, "Severity"), worst first. */
public enum Severity implements YamlEnum {
    CRITICAL, HIGH, MEDIUM, LOW, INFO;

    /** One step worse, at most critical. */
    public Severity raised() {
        return this == CRITICAL ? CRITICAL : values()[ordinal() - 1];
    }

    /** One step milder, at least info. */
    public Severity lowered() {
        return this == INFO ? INFO : values()[ordinal() + 1];
    }

    /** True when this is as bad as {@code other} or worse. */
    public boolean atLeast(Severity other) {
        return ordinal() <= other.ordinal();
    }
}
