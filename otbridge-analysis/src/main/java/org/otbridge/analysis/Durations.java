package org.otbridge.analysis;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Durations in the words of every finding, report and what-if text: whole units of the model
 * (w, d, h, m), largest first, as in {@code 45m}, {@code 4h}, {@code 3d 6h}, {@code 16w 1d}; seconds
 * are dropped, and zero or less reads {@code 0m}. Each part is a duration the model accepts, so a
 * reader can copy one back into a model. (The JSON results write durations in the model's
 * single-unit spelling instead, for programs: {@code Scalars.formatDuration}.)
 */
public final class Durations {

    private static final long[] MINUTES = {7 * 24 * 60, 24 * 60, 60, 1};
    private static final String[] UNITS = {"w", "d", "h", "m"};

    private Durations() {
    }

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
