package org.otbridge.model.spec;

/** One field of a model object: its name, type, whether it must be present, and what it means. */
public record FieldSpec(String name, FieldType type, boolean required, String description) {

    public static FieldSpec required(String name, FieldType type, String description) {
        return new FieldSpec(name, type, true, description);
    }

    public static FieldSpec optional(String name, FieldType type, String description) {
        return new FieldSpec(name, type, false, description);
    }
}
