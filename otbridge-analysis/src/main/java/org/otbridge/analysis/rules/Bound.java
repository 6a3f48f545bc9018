package org.otbridge.analysis.rules;

import dev.cel.common.types.CelType;
import dev.cel.common.values.NullValue;
import dev.cel.common.values.StructValue;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The value of one record ({@link RuleBindings.Struct}) as the CEL runtime sees it: a struct
 * whose fields are selected one by one, never copied. A declared field without a value reads as
 * CEL null, and {@code has()} is false for it. Fields that are costly to compute (the services of
 * an asset, the assets of a zone) come from {@code lazy} the first time a condition reads them,
 * so a value is built once and only when some rule needs it. Not thread-safe: one evaluation run
 * at a time.
 */
final class Bound extends StructValue<String, Object> {

    private final RuleBindings.Struct type;
    private final Function<String, Object> lazy;
    private HashMap<String, Object> values;

    Bound(RuleBindings.Struct type, Function<String, Object> lazy) {
        this.type = type;
        this.lazy = lazy;
    }

    Bound(RuleBindings.Struct type) {
        this(type, null);
    }

    /** Sets a field; null leaves it unset. Only declared fields can be set. */
    Bound with(String field, Object value) {
        if (!type.has(field)) {
            throw new IllegalArgumentException("no field " + type.name() + "." + field);
        }
        if (value != null) {
            if (values == null) {
                values = new HashMap<>();
            }
            values.put(field, value);
        }
        return this;
    }

    RuleBindings.Struct type() {
        return type;
    }

    /** The field's value; null when it has none or is not declared. */
    Object field(String name) {
        Object value = values == null ? null : values.get(name);
        if (value != null || lazy == null || !type.has(name)) {
            return value;
        }
        value = lazy.apply(name);
        if (value != null) {
            with(name, value);
        }
        return value;
    }

    @Override
    public Object select(String field) {
        Object value = field(field);
        if (value != null) {
            return value;
        }
        if (!type.has(field)) {
            throw new IllegalArgumentException("no such field: " + type.name() + "." + field);
        }
        return NullValue.NULL_VALUE;
    }

    @Override
    public Optional<Object> find(String field) {
        return Optional.ofNullable(field(field));
    }

    /**
     * Itself: the runtime unwraps values in comprehensions ({@code exists}, {@code map}) and would
     * otherwise turn a record into a map that knows nothing of unset fields and lazy ones.
     */
    @Override
    public Object value() {
        return this;
    }

    /** Every field that has a value, in declaration order; computes lazy fields. For tests and messages. */
    Map<String, Object> fields() {
        Map<String, Object> all = new LinkedHashMap<>();
        for (RuleBindings.Field field : type.fields()) {
            Object value = field(field.name());
            if (value != null) {
                all.put(field.name(), value);
            }
        }
        return all;
    }

    @Override
    public boolean isZeroValue() {
        return false;
    }

    @Override
    public CelType celType() {
        return type.celType();
    }

    @Override
    public String toString() {
        return type.name() + fields();
    }
}
