package org.otbridge.model;

import java.time.Duration;
import java.time.LocalDate;

/**
 * How a service keeps going, reduced, when what it requires is down. {@code capacity} is a
 * percentage; {@code sustainableFor} and {@code lastTested} are null when not declared.
 */
public record Fallback(String description, Double capacity, Duration sustainableFor, LocalDate lastTested,
        SourcePosition at) {
}
