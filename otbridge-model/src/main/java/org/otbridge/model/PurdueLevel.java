package org.otbridge.model;

/** Purdue / ISA-95 level of a zone: 0 (process) up to 5 (enterprise), with 3.5 for the OT DMZ. */
public enum PurdueLevel implements YamlEnum {
    L0("0"), L1("1"), L2("2"), L3("3"), L3_5("3.5"), L4("4"), L5("5");

    private final String text;

    PurdueLevel(String text) {
        this.text = text;
    }

    @Override
    public String yamlName() {
        return text;
    }

    /** The level as a number, for comparisons such as "level 2 or below". */
    public double value() {
        return Double.parseDouble(text);
    }
}
