package org.otbridge.analysis.exposure;

import java.util.List;
import org.otbridge.model.Ref;

/**
 * A bypass that makes an attack cheaper than the site's design allows: added alone to the designed
 * baseline, it lowers the cheapest cost from {@code entry} to a target of {@code services}, most of
 * all to {@code target}. {@code baselineCost} is infinite when the design gives no way at all.
 * {@code kind} is connection, host or internet-exposure; {@code bypasses} says what it goes around
 * (dmz, broker, levels, domains); {@code pairsLowered} counts the entry and service pairs it makes
 * cheaper.
 */
public record Shortcut(Ref element, String kind, String bypasses, Ref entry, Ref target, List<Ref> services,
        double baselineCost, double costWith, int pairsLowered) {

    public Shortcut {
        services = List.copyOf(services);
    }

    /** True when the design gives no way from the entry to the service at all. */
    public boolean opensNewWay() {
        return Double.isInfinite(baselineCost);
    }

    /** How much cheaper the attack gets: infinite when it opens a new way. */
    public double drop() {
        return baselineCost - costWith;
    }
}
