package org.otbridge.model;

/** A network zone. {@code targetSl} (IEC 62443 target security level) is null when not set. */
public record Zone(String id, String name, Domain domain, PurdueLevel level, boolean flat, Integer targetSl,
        Dependency requires, String description, SourcePosition at) {

    public Ref ref() {
        return new Ref(RefKind.ZONE, id, at);
    }
}
