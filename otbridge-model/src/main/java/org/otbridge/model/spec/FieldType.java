package org.otbridge.model.spec;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.otbridge.model.RefKind;
import org.otbridge.model.YamlEnum;

/**
 * The type of a model field. One description serves the loader (conversion and checking) and
 * the JSON Schema, so the two cannot drift apart.
 */
public sealed interface FieldType {

    /** Free text; numbers and booleans are taken as written ({@code version: 7.5}). */
    record Text() implements FieldType { }

    /** An id: {@code [a-z0-9][a-z0-9._-]*}. */
    record Identifier() implements FieldType { }

    /** {@code true} or {@code false}; {@code yes} and {@code no} are accepted for them. */
    record Flag() implements FieldType {

        /** The spellings of a flag: the two booleans, and yes and no. */
        public static final Vocabulary VOCABULARY = Vocabulary.of(List.of("true", "false"),
                Spellings.spellings("yes", "true", "no", "false"));

        public Vocabulary vocabulary() {
            return VOCABULARY;
        }
    }

    record WholeNumber(long min, long max) implements FieldType { }

    /** A duration such as 30m, 4h, 2d, 1w; {@code vocabulary} holds words accepted beside it ("until-admin"). */
    record Span(Vocabulary vocabulary) implements FieldType {

        public Span(List<String> words) {
            this(Vocabulary.of(words));
        }

        /** The documented words accepted instead of a duration. */
        public List<String> words() {
            return vocabulary.values();
        }
    }

    /** A calendar date, YYYY-MM-DD. */
    record Day() implements FieldType { }

    /** A percentage written with its sign: {@code 60%}. */
    record Percent() implements FieldType { }

    /** An IPv4 or IPv6 address, optionally with a /prefix. */
    record IpAddress() implements FieldType { }

    /** A MAC address, six hex pairs separated by colons or hyphens. */
    record MacAddress() implements FieldType { }

    /**
     * One of the values of a model enum, converted to the enum constant; other spellings people
     * use ({@link Spellings}) are accepted for them.
     */
    record Choice(Class<? extends Enum<?>> type, Map<String, Enum<?>> byName, Vocabulary vocabulary)
            implements FieldType {

        public Choice(Class<? extends Enum<?>> type) {
            this(type, index(type), Vocabulary.of(List.copyOf(index(type).keySet()), Spellings.of(type)));
        }

        public Choice {
            byName = Collections.unmodifiableMap(new LinkedHashMap<>(byName));
        }

        private static Map<String, Enum<?>> index(Class<? extends Enum<?>> type) {
            Map<String, Enum<?>> map = new LinkedHashMap<>();
            for (Enum<?> constant : type.getEnumConstants()) {
                map.put(((YamlEnum) constant).yamlName(), constant);
            }
            return map;
        }

        /** The documented values, in order. */
        public List<String> names() {
            return List.copyOf(byName.keySet());
        }

        /** The constant a documented value names. */
        public Enum<?> constant(String value) {
            return byName.get(value);
        }
    }

    /** One of a fixed set of words, kept as a string (for control parameters), with other spellings for them. */
    record Words(Vocabulary vocabulary) implements FieldType {

        public Words(List<String> values) {
            this(Vocabulary.of(values));
        }

        /** The documented words, in order. */
        public List<String> values() {
            return vocabulary.values();
        }
    }

    /** A reference to one of {@code kinds}; a bare id is accepted when only one id-kind fits. */
    record Reference(Set<RefKind> kinds) implements FieldType {
        public Reference {
            kinds = Set.copyOf(kinds);
        }
    }

    /** A list; {@code singleAllowed} also accepts one item written without brackets. */
    record ListOf(FieldType item, boolean singleAllowed) implements FieldType { }

    /** A nested mapping. */
    record Nested(ObjectSpec spec) implements FieldType { }

    /** A dependency expression over references of {@code kinds}. */
    record Requires(Set<RefKind> kinds) implements FieldType {
        public Requires {
            kinds = Set.copyOf(kinds);
        }
    }

    /** Any scalar or list of scalars (free control parameters). */
    record Free() implements FieldType { }
}
