package org.otbridge.analysis.plan;

import java.util.List;
import org.otbridge.analysis.Mistake;
import org.otbridge.model.YamlEnum;

/**
 * How a site stands on one of the three mistakes: {@code act} when an open problem is high or
 * critical, {@code watch} when one is medium, {@code in-order} otherwise; how many problems are
 * open and accepted; the worst few by id; and for integration the four questions in numbers.
 */
public record MistakeScore(Mistake mistake, State state, int problems, int accepted, List<String> top,
        IntegrationNumbers numbers) {

    public MistakeScore {
        top = List.copyOf(top);
    }

    public enum State implements YamlEnum {
        IN_ORDER, WATCH, ACT;

        /** "in order", "watch", "act": as the first screen says it. */
        public String words() {
            return this == IN_ORDER ? "in order" : yamlName();
        }
    }

    /**
     * The four questions where IT and OT meet, in numbers: meeting points and how many bypass the
     * DMZ; the elements critical services depend on; the shortcuts; the critical services that one
     * failure stops or whose fallback is shorter than a realistic restore; and the cheap attacks
     * that stop a critical service faster than it tolerates.
     */
    public record IntegrationNumbers(int meetingPoints, int bypassingDmz, int criticalDependencies, int shortcuts,
            int fragileServices, int attacksStoppingServices) {
    }
}
