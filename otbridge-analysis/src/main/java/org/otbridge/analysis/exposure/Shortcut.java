package org.otbridge.analysis.exposure;

import org.otbridge.model.Ref;

/**
 * A connection ranked by how much it shortens attack paths to critical targets: the cheapest
 * cost with it and without it ({@code costWithout} is infinite when the target becomes
 * unreachable), and how many cheapest paths use it.
 */
public record Shortcut(Ref connection, int pathsEnabled, double costWith, double costWithout) {

    public boolean removalDisconnects() {
        return Double.isInfinite(costWithout);
    }

    public double rise() {
        return costWithout - costWith;
    }
}
