package org.otbridge.analysis.exposure;

import java.time.Duration;
import java.util.List;
import org.otbridge.model.Ref;

/**
 * The cheapest way an attacker from {@code entry} could stop or degrade {@code service}: hold
 * every element of a minimal set whose failure takes the service down (a single point of failure
 * or a cut set), at {@code cost}, the most any of them costs to reach. {@code effect} is lost (no
 * fallback) or degraded (on its fallback); {@code timeToImpact} is when the service is lost (zero:
 * at once; null: the fallback lasts indefinitely); {@code tolerable} its maximum tolerable
 * downtime (null when the model states none).
 */
public record Outage(Ref entry, Ref service, String effect, double cost, List<Ref> elements, Duration timeToImpact,
        Duration tolerable) {

    public Outage {
        elements = List.copyOf(elements);
    }

    /** The service is lost before it has been down as long as it can tolerate. */
    public boolean fasterThanTolerated() {
        return timeToImpact != null && (tolerable == null || timeToImpact.compareTo(tolerable) < 0);
    }
}
