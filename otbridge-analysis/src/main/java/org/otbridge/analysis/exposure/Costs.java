package org.otbridge.analysis.exposure;

import java.util.Locale;

/** Attack costs in words: one decimal, as docs/exposure.md writes them. */
final class Costs {

    private Costs() {
    }

    static String format(double cost) {
        return Double.isInfinite(cost) ? "unreachable" : String.format(Locale.ROOT, "%.1f", cost);
    }
}
