package org.otbridge.analysis.exposure;

import java.util.List;

/**
 * Attack paths per entry point and target; the bypasses that make them cheaper than the design
 * allows; and the designed conduits the entry points' ways run through.
 */
public record ExposureResult(List<AttackPath> paths, List<Shortcut> shortcuts, List<EntryConduit> entryConduits) {

    public ExposureResult {
        paths = List.copyOf(paths);
        shortcuts = List.copyOf(shortcuts);
        entryConduits = List.copyOf(entryConduits);
    }
}
