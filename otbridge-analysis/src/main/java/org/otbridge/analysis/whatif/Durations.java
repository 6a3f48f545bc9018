package org.otbridge.analysis.whatif;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Durations in plain words for people: 45m, 4h, 3d 6h, 2w 2d; "0m" for none. */
public final class Durations {

    private Durations() {
    }

    private static final long[] MINUTES = {7 * 24 * 60, 24 * 60, 60, 1};
    private static final String[] UNITS = {"w", "d", "h", "m"};

    public static String words(Duration duration) {
        long minutes = duration.toMinutes();
        if (minutes <= 0) {
            return "0m";
        }
        List<String> parts = new ArrayList<>(4);
        for (int i = 0; i < MINUTES.length; i++) {
            if (minutes >= MINUTES[i]) {
                parts.add(minutes / MINUTES[i] + UNITS[i]);
                minutes %= MINUTES[i];
            }
        }
        return String.join(" ", parts);
    }
}
