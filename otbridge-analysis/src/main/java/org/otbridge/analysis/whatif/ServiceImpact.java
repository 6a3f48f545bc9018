package org.otbridge.analysis.whatif;

import java.time.Duration;
import org.otbridge.analysis.Durations;
import org.otbridge.model.Fallback;
import org.otbridge.model.ImpactLevel;
import org.otbridge.model.Ref;

/**
 * A service that stops in a what-if case, with its time to impact. Without a fallback it is lost
 * at once ({@code lostAfter} zero). With one it is degraded at once, running on its fallback, and
 * lost when the fallback can no longer be sustained: after {@code fallback.sustainable_for}, or
 * never ({@code lostAfter} null, "indefinitely") when the model gives no limit.
 * {@code tolerable} is the service's maximum tolerable downtime, null when the model states none.
 */
public record ServiceImpact(Ref service, String name, ImpactLevel impact, Fallback fallback, Duration lostAfter,
        Duration tolerable) {

    /** On its fallback (degraded), rather than lost at once. */
    public boolean degraded() {
        return fallback != null;
    }

    /**
     * How long the failure may last before the service has been lost for longer than it can
     * tolerate: {@code lostAfter + tolerable}. Null when it is never lost or states no tolerable
     * downtime.
     */
    public Duration restoreWithin() {
        return lostAfter == null || tolerable == null ? null : lostAfter.plus(tolerable);
    }

    /**
     * In plain words: "lost at once; tolerable 2h", "degraded at once, lost after 12h; tolerable
     * 4h", "degraded at once, indefinitely; tolerable 2d".
     */
    public String timeToImpact() {
        String when;
        if (!degraded()) {
            when = "lost at once";
        } else if (lostAfter == null) {
            when = "degraded at once, indefinitely";
        } else if (lostAfter.isZero()) {
            when = "degraded at once, lost at once (the fallback lasts 0m)";
        } else {
            when = "degraded at once, lost after " + Durations.words(lostAfter);
        }
        return when + "; " + (tolerable == null ? "no tolerable downtime stated"
                : "tolerable " + Durations.words(tolerable));
    }
}
