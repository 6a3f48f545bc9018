package org.otbridge.analysis.plan;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.otbridge.analysis.Sentences;
import org.otbridge.analysis.Severity;

/** What an action buys, in one sentence a manager reads: problems closed, attacks and paths cut. */
final class Buys {

    private Buys() {
    }

    static String sentence(Snapshot before, Snapshot after, List<String> closes) {
        Figures b = before.figures();
        Figures a = after.figures();
        List<String> parts = new ArrayList<>();
        if (!closes.isEmpty()) {
            Map<Severity, Integer> bySeverity = new EnumMap<>(Severity.class);
            closes.forEach(id -> bySeverity.merge(before.severityOf(id), 1, Integer::sum));
            List<String> worst = new ArrayList<>();
            for (Severity s : List.of(Severity.CRITICAL, Severity.HIGH)) {
                if (bySeverity.containsKey(s)) {
                    worst.add(bySeverity.get(s) + " " + s.yamlName());
                }
            }
            parts.add("closes " + closes.size() + (closes.size() == 1 ? " problem" : " problems")
                    + (worst.isEmpty() ? "" : " (" + String.join(", ", worst) + ")"));
        }
        if (a.outages() < b.outages()) {
            int n = b.outages() - a.outages();
            parts.add(n + (n == 1 ? " attack" : " attacks") + " fewer that could stop a critical service ("
                    + b.outages() + " -> " + a.outages() + ")");
        }
        if (a.attackPaths() != b.attackPaths()) {
            parts.add("attack paths " + b.attackPaths() + " -> " + a.attackPaths());
        }
        if (a.shortcuts() != b.shortcuts()) {
            parts.add("shortcuts " + b.shortcuts() + " -> " + a.shortcuts());
        }
        if (a.singlePointsOfFailure() != b.singlePointsOfFailure()) {
            parts.add("single points of failure " + b.singlePointsOfFailure() + " -> " + a.singlePointsOfFailure());
        }
        int opened = before.openedIn(after);
        if (opened > 0) {
            parts.add("opens " + opened + (opened == 1 ? " new problem" : " new problems"));
        }
        parts.add("risk " + b.risk() + " -> " + a.risk());
        String text = Sentences.and(parts);
        return Character.toUpperCase(text.charAt(0)) + text.substring(1) + ".";
    }
}
