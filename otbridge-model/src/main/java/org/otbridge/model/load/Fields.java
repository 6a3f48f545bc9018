package org.otbridge.model.load;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.otbridge.model.Dependency;
import org.otbridge.model.Ref;
import org.otbridge.model.SourcePosition;
import org.otbridge.model.spec.ObjectSpec;

/**
 * The checked, converted fields of one model object. A field that was absent or invalid is
 * simply missing (its problem has been reported). Asking for a field the spec does not define
 * is a programming error, which keeps the binder and the spec in step.
 */
public record Fields(ObjectSpec spec, Map<String, Object> values, Map<String, Object> parameters, SourcePosition at,
        Map<String, SourcePosition> positions) {

    public Fields {
        values = Map.copyOf(values);
        // Parameters keep the order written: they are shown as given.
        parameters = parameters.isEmpty() ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
        positions = Map.copyOf(positions);
    }

    /** Fields without the positions of their values. */
    public Fields(ObjectSpec spec, Map<String, Object> values, Map<String, Object> parameters, SourcePosition at) {
        this(spec, values, parameters, at, Map.of());
    }

    /** Where the value of a field was written; the object's position when it was not. */
    public SourcePosition at(String name) {
        return positions.getOrDefault(name, at);
    }

    private Object get(String name) {
        Object value = values.get(name);
        if (value != null) {
            return value;
        }
        if (spec.fieldOrNull(name) == null) {
            throw new IllegalArgumentException(spec.name() + " has no field '" + name + "' in the model spec");
        }
        return null;
    }

    public boolean has(String name) {
        return get(name) != null;
    }

    public String text(String name) {
        return (String) get(name);
    }

    public String textOr(String name, String otherwise) {
        String value = text(name);
        return value == null ? otherwise : value;
    }

    public Boolean flag(String name) {
        return (Boolean) get(name);
    }

    public boolean flagOr(String name, boolean otherwise) {
        Boolean value = flag(name);
        return value == null ? otherwise : value;
    }

    public Long number(String name) {
        return (Long) get(name);
    }

    public Double percent(String name) {
        return (Double) get(name);
    }

    public Duration duration(String name) {
        return (Duration) get(name);
    }

    public LocalDate date(String name) {
        return (LocalDate) get(name);
    }

    public <E extends Enum<E>> E choice(String name, Class<E> type) {
        return type.cast(get(name));
    }

    public Ref ref(String name) {
        return (Ref) get(name);
    }

    public Dependency requires(String name) {
        return (Dependency) get(name);
    }

    public Fields nested(String name) {
        return (Fields) get(name);
    }

    /** A list field as a list of {@code type}; empty when absent. */
    public <T> List<T> list(String name, Class<T> type) {
        Object value = get(name);
        if (value == null) {
            return List.of();
        }
        return ((List<?>) value).stream().map(type::cast).toList();
    }
}
