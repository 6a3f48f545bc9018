package org.otbridge.model;

import java.util.Objects;

/**
 * A reference from one element to another, such as {@code asset:hmi-1}. Equality ignores where
 * the reference was written, so references can be used as keys.
 */
public record Ref(RefKind kind, String id, SourcePosition at) {

    public static final String OT_SECURITY_PROGRAM = "ot-security";

    /** The order of {@link #key()}, without building the keys: sorting many references compares each often. */
    public static final java.util.Comparator<Ref> BY_KEY = Ref::compareKeys;

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

    private static int compareKeys(Ref a, Ref b) {
        String kindA = a.kind.yamlName();
        String kindB = b.kind.yamlName();
        int lengthA = a.keyLength();
        int lengthB = b.keyLength();
        for (int i = 0, n = Math.min(lengthA, lengthB); i < n; i++) {
            char ca = a.keyChar(kindA, i);
            char cb = b.keyChar(kindB, i);
            if (ca != cb) {
                return ca - cb;
            }
        }
        return lengthA - lengthB;
    }

    private int keyLength() {
        return kind.isEndpoint() ? kind.yamlName().length() : kind.yamlName().length() + 1 + id.length();
    }

    private char keyChar(String kindName, int i) {
        if (i < kindName.length()) {
            return kindName.charAt(i);
        }
        return i == kindName.length() ? ':' : id.charAt(i - kindName.length() - 1);
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
