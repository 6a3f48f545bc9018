package org.otbridge.model.spec;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The fields a model object may have. {@code exactlyOne} lists groups of fields of which exactly
 * one must be given (an asset has {@code zone} or {@code zones}). {@code parameters} marks an
 * object that also takes free parameters (controls).
 */
public record ObjectSpec(String name, String description, List<FieldSpec> fields, List<List<String>> exactlyOne,
        boolean parameters) {

    public ObjectSpec {
        fields = List.copyOf(fields);
        exactlyOne = exactlyOne.stream().map(List::copyOf).toList();
    }

    public static ObjectSpec of(String name, String description, FieldSpec... fields) {
        return new ObjectSpec(name, description, List.of(fields), List.of(), false);
    }

    public ObjectSpec withExactlyOne(String... group) {
        List<List<String>> groups = new java.util.ArrayList<>(exactlyOne);
        groups.add(List.of(group));
        return new ObjectSpec(name, description, fields, groups, parameters);
    }

    public ObjectSpec withParameters() {
        return new ObjectSpec(name, description, fields, exactlyOne, true);
    }

    public Optional<FieldSpec> field(String fieldName) {
        return fields.stream().filter(f -> f.name().equals(fieldName)).findFirst();
    }

    public Map<String, FieldSpec> fieldsByName() {
        Map<String, FieldSpec> map = new LinkedHashMap<>();
        fields.forEach(f -> map.put(f.name(), f));
        return map;
    }

    public List<String> fieldNames() {
        return fields.stream().map(FieldSpec::name).toList();
    }
}
