package org.otbridge.analysis.exposure;

import java.util.Locale;
import org.otbridge.model.YamlEnum;

/**
 * How easily an attacker gets to something (docs/exposure.md, "Severity"): by the cheapest attack
 * cost from any entry point, unless every way passes a hardened entry conduit. The bands are in
 * the cost model's units: a password-protected remote desktop from the office is about 1.5, an
 * MFA VPN opened on demand from outside about 4.5.
 */
public enum ExposureLevel implements YamlEnum {
    CHEAP, MODERATE, HARD, HARDENED_ONLY, UNREACHABLE;

    /** Below this an attack is cheap: no strong authentication on the way. */
    public static final double CHEAP_BELOW = 3.0;
    /** From this on an attack is hard: several strong barriers on the way. */
    public static final double HARD_FROM = 6.0;

    static ExposureLevel of(ExposureIndex.Exposure exposure) {
        if (exposure.entry() == null) {
            return UNREACHABLE;
        }
        if (exposure.hardenedOnly()) {
            return HARDENED_ONLY;
        }
        return exposure.cost() < CHEAP_BELOW ? CHEAP : exposure.cost() < HARD_FROM ? MODERATE : HARD;
    }

    /** In words, for an explanation: "cheap to reach (cost 1.5 from zone:corp)". */
    public String describe(ExposureIndex.Exposure exposure) {
        String from = exposure.entry() == null ? "" : String.format(Locale.ROOT, " (cost %.1f from %s)",
                exposure.cost(), exposure.entry().key());
        return switch (this) {
            case CHEAP -> "cheap to reach" + from;
            case MODERATE -> "reachable at moderate cost" + from;
            case HARD -> "hard to reach" + from;
            case HARDENED_ONLY -> "reachable only through a hardened entry conduit (strong authentication, approval"
                    + " per session, not always on)" + from;
            case UNREACHABLE -> "not reachable from any entry point";
        };
    }
}
