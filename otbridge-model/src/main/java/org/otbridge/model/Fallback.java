package org.otbridge.model;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

/**
 * How a service keeps going, reduced, when what it requires is down. {@code capacity} is a
 * percentage; {@code sustainableFor} and {@code lastTested} are null when not declared;
 * {@code staff} names the people it needs, empty when the model does not say.
 */
public record Fallback(String description, Double capacity, Duration sustainableFor, LocalDate lastTested,
        List<FallbackStaff> staff, SourcePosition at) {

    public Fallback {
        staff = List.copyOf(staff);
    }

    /** A fallback that names no staff. */
    public Fallback(String description, Double capacity, Duration sustainableFor, LocalDate lastTested,
            SourcePosition at) {
        this(description, capacity, sustainableFor, lastTested, List.of(), at);
    }
}
