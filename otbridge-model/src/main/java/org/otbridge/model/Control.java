package org.otbridge.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A security control as configured. Parameters are free per kind. Documented parameters
 * (ControlParameters) arrive converted: Long, Boolean, java.time.Duration, LocalDate, or String
 * for words; free ones as String, Long, Double, Boolean or a List of those.
 */
public record Control(String id, ControlKind kind, List<Ref> appliesTo, Map<String, Object> parameters,
        String description, SourcePosition at) {

    public Control {
        appliesTo = List.copyOf(appliesTo);
        parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    }

    public Ref ref() {
        return new Ref(RefKind.CONTROL, id, at);
    }
}
