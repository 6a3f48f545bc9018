package org.otbridge.analysis;

/**
 * Names one section of an assessment and the type of its value: the key a view reads a result
 * by, and an analysis declares what it needs by. Keys are compared by identity; each analysis
 * owns its key as a constant.
 */
public final class SectionKey<T> {

    private final String name;

    private SectionKey(String name) {
        this.name = name;
    }

    /** A new key; {@code name} is for messages and debugging, not for lookup. */
    public static <T> SectionKey<T> of(String name) {
        return new SectionKey<>(name);
    }

    public String name() {
        return name;
    }

    @Override
    public String toString() {
        return name;
    }
}
