package org.otbridge.model.load;

import java.time.Duration;
import java.time.LocalDate;
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
 *
 * <p>Values sit in an array by the spec's field index and positions, where the spec keeps them,
 * as packed line and column: a large model makes hundreds of thousands of these, each bound and
 * dropped at once, so they hold no maps of their own. Built by {@link ValueReader} only, which
 * hands over its arrays.
 */
final class Fields {

    private final ObjectSpec spec;
    private final Object[] values;
    private final Map<String, Object> parameters;
    private final SourcePosition at;
    /** Line in the high half, column in the low half, by field index; 0 for none. Null when the spec keeps none. */
    private final long[] positions;

    Fields(ObjectSpec spec, Object[] values, Map<String, Object> parameters, SourcePosition at, long[] positions) {
        this.spec = spec;
        this.values = values;
        this.parameters = parameters;
        this.at = at;
        this.positions = positions;
    }

    static long place(int line, int column) {
        return ((long) line << 32) | (column & 0xffffffffL);
    }

    ObjectSpec spec() {
        return spec;
    }

    /** The free parameters (controls), in the order written. */
    Map<String, Object> parameters() {
        return parameters;
    }

    /** Where the object was written. */
    SourcePosition at() {
        return at;
    }

    /** Where the value of a field was written; the object's position when it was not. */
    SourcePosition at(String name) {
        long place = positions == null ? 0 : positions[index(name)];
        return place == 0 ? at : new SourcePosition(at.file(), (int) (place >>> 32), (int) place);
    }

    private int index(String name) {
        int index = spec.indexOf(name);
        if (index < 0) {
            throw new IllegalArgumentException(spec.name() + " has no field '" + name + "' in the model spec");
        }
        return index;
    }

    private Object get(String name) {
        return values[index(name)];
    }

    boolean has(String name) {
        return get(name) != null;
    }

    String text(String name) {
        return (String) get(name);
    }

    String textOr(String name, String otherwise) {
        String value = text(name);
        return value == null ? otherwise : value;
    }

    Boolean flag(String name) {
        return (Boolean) get(name);
    }

    boolean flagOr(String name, boolean otherwise) {
        Boolean value = flag(name);
        return value == null ? otherwise : value;
    }

    Long number(String name) {
        return (Long) get(name);
    }

    Double percent(String name) {
        return (Double) get(name);
    }

    Duration duration(String name) {
        return (Duration) get(name);
    }

    LocalDate date(String name) {
        return (LocalDate) get(name);
    }

    <E extends Enum<E>> E choice(String name, Class<E> type) {
        return type.cast(get(name));
    }

    Ref ref(String name) {
        return (Ref) get(name);
    }

    Dependency requires(String name) {
        return (Dependency) get(name);
    }

    Fields nested(String name) {
        return (Fields) get(name);
    }

    /**
     * A list field as a list of {@code type}; empty when absent. The reader keeps lists immutable,
     * so the list is handed out as it is (records copying it keep the same instance).
     */
    <T> List<T> list(String name, Class<T> type) {
        Object value = get(name);
        if (value == null) {
            return List.of();
        }
        List<?> list = (List<?>) value;
        for (Object item : list) {
            type.cast(item);
        }
        @SuppressWarnings("unchecked")
        List<T> typed = (List<T>) list;
        return typed;
    }
}
