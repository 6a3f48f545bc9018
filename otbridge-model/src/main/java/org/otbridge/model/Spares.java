package org.otbridge.model;

import java.time.Duration;

/** Spare parts held for an asset and how long a new one takes to arrive. */
public record Spares(Integer onHand, Duration leadTime, SourcePosition at) {
}
