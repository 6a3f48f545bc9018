package org.otbridge.model;

import java.time.LocalDate;

/**
 * People a fallback needs: how many of a unit ({@code count}, null when not said) and when that
 * unit last drilled the fallback ({@code lastDrilled}, null when never or unknown).
 */
public record FallbackStaff(Ref unit, Integer count, LocalDate lastDrilled, SourcePosition at) {
}
