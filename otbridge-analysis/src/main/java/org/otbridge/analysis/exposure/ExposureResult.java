package org.otbridge.analysis.exposure;

import java.util.List;

/** Attack paths per entry point and target, and the connections that make them short. */
public record ExposureResult(List<AttackPath> paths, List<Shortcut> shortcuts) {

    public ExposureResult {
        paths = List.copyOf(paths);
        shortcuts = List.copyOf(shortcuts);
    }
}
