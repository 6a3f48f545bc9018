package org.otbridge.analysis.drift;

import java.util.List;

/**
 * What the drift was measured on: the inputs read (captures, Zeek logs, the inputs of inventory
 * documents), their packets and bytes, records skipped as damaged, and the time the traffic spans.
 *
 * @param firstSeen nanoseconds since 1970 of the earliest flow; 0 when unknown
 */
public record Observation(List<String> inputs, long packets, long bytes, long damagedRecords, long firstSeen,
        long lastSeen) {

    public Observation {
        inputs = List.copyOf(inputs);
    }

    /** The time the traffic spans, in nanoseconds; 0 when unknown. */
    public long span() {
        return firstSeen == 0 || lastSeen < firstSeen ? 0 : lastSeen - firstSeen;
    }
}
