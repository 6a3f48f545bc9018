package org.otbridge.analysis;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The results of an assessment's analyses, by section. Immutable. */
public final class Sections {

    private final Map<SectionKey<?>, Object> values;

    private Sections(Map<SectionKey<?>, Object> values) {
        this.values = values;
    }

    public static Sections empty() {
        return new Sections(Map.of());
    }

    /** These sections with {@code key} set to {@code value}. */
    public <T> Sections with(SectionKey<T> key, T value) {
        Map<SectionKey<?>, Object> copy = new LinkedHashMap<>(values);
        copy.put(key, value);
        return new Sections(copy);
    }

    /** The value of a section; a section that was not computed is a programming error. */
    public <T> T get(SectionKey<T> key) {
        return find(key).orElseThrow(() -> new IllegalStateException("no section " + key));
    }

    /** The value of a section, if it was computed. */
    @SuppressWarnings("unchecked") // the key that stored a value carries its type
    public <T> Optional<T> find(SectionKey<T> key) {
        return Optional.ofNullable((T) values.get(key));
    }

    /** Every value, in the order the analyses were registered. */
    public Iterable<Object> values() {
        return values.values();
    }
}
