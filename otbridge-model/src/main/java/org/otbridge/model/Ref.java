package org.otbridge.model;

import java.util.Objects;

/**
 * A reference from one element to another, such as {@code asset:hmi-1}. Equality ignores where
 * the reference was written, so references can be used as keys.
 */
public record Ref(RefKind kind, String id, SourcePosition at) {

    public static final String OT_SECURITY_PROGRAM = "ot-security";

    public Ref {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
    }

    public static Ref of(RefKind kind, String id) {
        return new Ref(kind, id, null);
    }

    public static Ref endpoint(RefKind kind, SourcePosition at) {
        return new Ref(kind, kind.yamlName(), at);
    }

    /** The reference as written in a model and in reports: {@code asset:hmi-1}, {@code internet}. */
    public String key() {
        return kind.isEndpoint() ? kind.yamlName() : kind.yamlName() + ":" + id;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Ref ref && ref.kind == kind && ref.id.equals(id);
    }

    @Override
    public int hashCode() {
        return kind.hashCode() * 31 + id.hashCode();
    }

    @Override
    public String toString() {
        return key();
    }
}
