package org.otbridge.analysis.resilience;

import java.util.List;
import org.otbridge.model.Ref;

/** What stops when one element fails: services lost (no fallback) and degraded (on fallback). */
public record FailureImpact(Ref element, List<Ref> lost, List<Ref> degraded) {

    public FailureImpact {
        lost = List.copyOf(lost);
        degraded = List.copyOf(degraded);
    }
}
