package org.otbridge.analysis.plan;

import org.otbridge.analysis.Assessment;
import org.otbridge.analysis.Severity;

/**
 * The figures an action is measured by, before and after it: open problems (and how many of them
 * are critical or high), entry points and targets joined by an attack path (its cheapest one), shortcuts past the designed
 * conduits, cheap attacks that could stop a critical service faster than it tolerates (outages, as
 * the scorecard counts them), single points of failure, and {@code risk}: the open problems
 * weighted by severity (critical 10, high 5, medium 2, low 1).
 */
public record Figures(int problems, int seriousProblems, int attackPaths, int shortcuts, int outages,
        int singlePointsOfFailure, int risk) {

    /** The weight of one open problem of {@code severity} in {@link #risk()}. */
    public static int weight(Severity severity) {
        return switch (severity) {
            case CRITICAL -> 10;
            case HIGH -> 5;
            case MEDIUM -> 2;
            case LOW -> 1;
            default -> 0;
        };
    }

    public static Figures of(Assessment assessment) {
        return of(assessment, ref -> true);
    }

    /**
     * The figures of the problems, paths, shortcuts, outages and single points of failure of
     * {@code assessment} that are about elements {@code counted} accepts: a problem by its
     * subject, a path by its target or its entry point, a shortcut and a single point of failure by their element,
     * an outage by its service.
     */
    static Figures of(Assessment assessment, java.util.function.Predicate<org.otbridge.model.Ref> counted) {
        int open = 0;
        int serious = 0;
        int risk = 0;
        for (Problem p : assessment.problems()) {
            if (!p.accepted() && counted.test(p.subject())) {
                open++;
                serious += p.severity().atLeast(Severity.HIGH) ? 1 : 0;
                risk += weight(p.severity());
            }
        }
        // the cheapest path of each entry and target: alternatives change with every other path
        int paths = (int) assessment.attackPaths().stream().filter(p -> p.rank() == 0
                && (counted.test(p.target()) || counted.test(p.entry())))
                .count();
        int shortcuts = (int) assessment.shortcuts().stream().filter(x -> counted.test(x.element())).count();
        // as the scorecard counts them: cheap attacks that stop a critical service too soon
        java.util.Set<org.otbridge.model.Ref> critical = Scorecard.criticalServices(assessment.model());
        int outages = (int) assessment.outages().stream()
                .filter(o -> Scorecard.isCheapStop(o, critical) && counted.test(o.service())).count();
        int spofs = (int) assessment.resilience().singlePointsOfFailure().stream()
                .filter(x -> counted.test(x.element())).count();
        return new Figures(open, serious, paths, shortcuts, outages, spofs, risk);
    }
}
