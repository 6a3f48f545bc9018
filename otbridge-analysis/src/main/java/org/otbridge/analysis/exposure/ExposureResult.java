package org.otbridge.analysis.exposure;

import java.util.List;

/**
 * Attack paths per entry point and target; the bypasses that make them cheaper than the design
 * allows; the designed conduits the entry points' ways run through; and the services each entry
 * point could stop (empty when failure propagation was not part of the analysis); and how exposed
 * each element is (null when not computed).
 */
public record ExposureResult(List<AttackPath> paths, List<Shortcut> shortcuts, List<EntryConduit> entryConduits,
        List<Outage> outages, ExposureIndex index) {

    public ExposureResult {
        paths = List.copyOf(paths);
        shortcuts = List.copyOf(shortcuts);
        entryConduits = List.copyOf(entryConduits);
        outages = List.copyOf(outages);
    }

    /** A result without outages and without an exposure index (nothing counts as reachable); for views and tests. */
    public ExposureResult(List<AttackPath> paths, List<Shortcut> shortcuts, List<EntryConduit> entryConduits) {
        this(paths, shortcuts, entryConduits, List.of(), null);
    }
}
