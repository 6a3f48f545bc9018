package org.otbridge.model.spec;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The fields a model object may have. {@code exactlyOne} lists groups of fields of which exactly
 * one must be given (an asset has {@code zone} or {@code zones}). {@code parameters} marks an
 * object that also takes free parameters (controls). Immutable; lookups by name are indexed
 * because the loader asks for every field of every element.
 */
public final class ObjectSpec {

    private final String name;
    private final String description;
    private final List<FieldSpec> fields;
    private final List<List<String>> exactlyOne;
    private final List<OnlyWith> onlyWith;
    private final boolean parameters;
    private final boolean positions;
    private final Map<String, FieldSpec> byName;
    private final Map<String, Integer> indexByName;
    private final List<String> fieldNames;

    /**
     * {@code field} may be given only when {@code other} is absent or holds one of {@code values}
     * (a connection's {@code protocol_category} only with {@code protocol: other}).
     */
    public record OnlyWith(String field, String other, List<String> values) {
        public OnlyWith {
            values = List.copyOf(values);
        }
    }

    private ObjectSpec(String name, String description, List<FieldSpec> fields, List<List<String>> exactlyOne,
            boolean parameters, boolean positions) {
        this(name, description, fields, exactlyOne, List.of(), parameters, positions);
    }

    private ObjectSpec(String name, String description, List<FieldSpec> fields, List<List<String>> exactlyOne,
            List<OnlyWith> onlyWith, boolean parameters, boolean positions) {
        this.onlyWith = List.copyOf(onlyWith);
        this.positions = positions;
        this.name = name;
        this.description = description;
        this.fields = List.copyOf(fields);
        List<List<String>> groups = new ArrayList<>();
        for (List<String> group : exactlyOne) {
            groups.add(List.copyOf(group));
        }
        this.exactlyOne = List.copyOf(groups);
        this.parameters = parameters;
        Map<String, FieldSpec> map = new LinkedHashMap<>();
        List<String> names = new ArrayList<>();
        for (FieldSpec field : this.fields) {
            map.put(field.name(), field);
            names.add(field.name());
        }
        this.byName = Collections.unmodifiableMap(map);
        Map<String, Integer> indexes = new HashMap<>();
        for (int i = 0; i < this.fields.size(); i++) {
            indexes.put(this.fields.get(i).name(), i);
        }
        this.indexByName = Collections.unmodifiableMap(indexes);
        this.fieldNames = List.copyOf(names);
    }

    public static ObjectSpec of(String name, String description, FieldSpec... fields) {
        return new ObjectSpec(name, description, List.of(fields), List.of(), false, false);
    }

    public ObjectSpec withExactlyOne(String... group) {
        List<List<String>> groups = new ArrayList<>(exactlyOne);
        groups.add(List.of(group));
        return new ObjectSpec(name, description, fields, groups, onlyWith, parameters, positions);
    }

    /** {@code field} may be given only when {@code other} is absent or holds one of {@code values}. */
    public ObjectSpec withOnlyWith(String field, String other, String... values) {
        List<OnlyWith> all = new ArrayList<>(onlyWith);
        all.add(new OnlyWith(field, other, List.of(values)));
        return new ObjectSpec(name, description, fields, exactlyOne, all, parameters, positions);
    }

    public ObjectSpec withParameters() {
        return new ObjectSpec(name, description, fields, exactlyOne, onlyWith, true, positions);
    }

    /**
     * An object whose fields keep the position of their values, for checks after loading that
     * point at a value (an exception's rule id); others keep only their own position, which
     * keeps loading large models lean.
     */
    public ObjectSpec withPositions() {
        return new ObjectSpec(name, description, fields, exactlyOne, onlyWith, parameters, true);
    }

    /** Whether the object keeps the positions of its field values. */
    public boolean positions() {
        return positions;
    }

    public String name() {
        return name;
    }

    public String description() {
        return description;
    }

    public List<FieldSpec> fields() {
        return fields;
    }

    public List<List<String>> exactlyOne() {
        return exactlyOne;
    }

    /** Fields allowed only together with certain values of another field. */
    public List<OnlyWith> onlyWith() {
        return onlyWith;
    }

    /** Whether the object also takes free parameters (controls). */
    public boolean parameters() {
        return parameters;
    }

    public Optional<FieldSpec> field(String fieldName) {
        return Optional.ofNullable(byName.get(fieldName));
    }

    /** The field called {@code fieldName}, or null. */
    public FieldSpec fieldOrNull(String fieldName) {
        return byName.get(fieldName);
    }

    /**
     * The place of {@code fieldName} in {@link #fields()}, or -1: the loader keeps an object's
     * values in an array by this index instead of a map per object.
     */
    public int indexOf(String fieldName) {
        Integer index = indexByName.get(fieldName);
        return index == null ? -1 : index;
    }

    public Map<String, FieldSpec> fieldsByName() {
        return byName;
    }

    public List<String> fieldNames() {
        return fieldNames;
    }

    @Override
    public String toString() {
        return "ObjectSpec[" + name + "]";
    }
}
