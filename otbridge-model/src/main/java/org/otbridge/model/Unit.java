package org.otbridge.model;

/**
 * An organisational function, such as IT or operations. {@code headcount} is how many people it
 * can call in, null when the model does not say.
 */
public record Unit(String id, String name, Discipline discipline, Integer headcount, String description,
        SourcePosition at) {

    /** A unit without a headcount. */
    public Unit(String id, String name, Discipline discipline, String description, SourcePosition at) {
        this(id, name, discipline, null, description, at);
    }

    public Ref ref() {
        return new Ref(RefKind.UNIT, id, at);
    }
}
