package org.otbridge.analysis.plan;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.otbridge.analysis.Finding;
import org.otbridge.analysis.Mistake;
import org.otbridge.analysis.Severity;
import org.otbridge.analysis.boundary.Design;
import org.otbridge.analysis.boundary.MeetingPoint;
import org.otbridge.analysis.exposure.ExposureLevel;
import org.otbridge.analysis.exposure.Outage;
import org.otbridge.analysis.exposure.Shortcut;
import org.otbridge.analysis.facts.SiteFacts;
import org.otbridge.analysis.resilience.FailureImpact;
import org.otbridge.analysis.resilience.ResilienceResult;
import org.otbridge.analysis.resilience.SinglePointOfFailure;
import org.otbridge.model.Model;
import org.otbridge.model.Ref;
import org.otbridge.model.RefKind;
import org.otbridge.model.Service;

/** The three-mistake scorecard: where the site stands, first in every report. */
public final class Scorecard {

    /** The worst problems named per mistake. */
    static final int TOP = 3;

    private Scorecard() {
    }

    public static List<MistakeScore> of(Model model, List<Problem> problems, List<Finding> findings,
            List<MeetingPoint> meetingPoints, List<Shortcut> shortcuts, ResilienceResult resilience,
            List<Outage> outages) {
        List<MistakeScore> scores = new ArrayList<>();
        for (Mistake mistake : Mistake.values()) {
            List<Problem> mine = problems.stream().filter(p -> p.mistake() == mistake).toList();
            List<Problem> open = mine.stream().filter(p -> !p.accepted()).toList();
            MistakeScore.State state = open.stream().anyMatch(p -> p.severity().atLeast(Severity.HIGH))
                    ? MistakeScore.State.ACT
                    : open.stream().anyMatch(p -> p.severity() == Severity.MEDIUM) ? MistakeScore.State.WATCH
                    : MistakeScore.State.IN_ORDER;
            List<String> top = open.stream().filter(p -> p.severity().atLeast(Severity.MEDIUM)).limit(TOP)
                    .map(Problem::id).toList();
            MistakeScore.IntegrationNumbers numbers = mistake == Mistake.INTEGRATION
                    ? numbers(model, findings, meetingPoints, shortcuts, resilience, outages) : null;
            scores.add(new MistakeScore(mistake, state, open.size(), mine.size() - open.size(), top, numbers));
        }
        return List.copyOf(scores);
    }

    /** The critical services of {@code model}: those whose worst impact is high or critical. */
    public static Set<Ref> criticalServices(Model model) {
        Set<Ref> critical = new HashSet<>();
        for (Service service : model.services()) {
            if (SiteFacts.isCritical(service)) {
                critical.add(service.ref());
            }
        }
        return critical;
    }

    /**
     * The elements a critical service depends on: those whose failure alone stops or degrades one
     * (services themselves left out).
     */
    public static Set<Ref> criticalDependencies(Set<Ref> critical, ResilienceResult resilience) {
        Set<Ref> dependencies = new HashSet<>();
        for (FailureImpact impact : resilience.failureImpact()) {
            if (impact.element().kind() != RefKind.SERVICE && (impact.lost().stream().anyMatch(critical::contains)
                    || impact.degraded().stream().anyMatch(critical::contains))) {
                dependencies.add(impact.element());
            }
        }
        return dependencies;
    }

    /** Whether a meeting point goes around the DMZ: IT or the outside straight into OT, or back. */
    public static boolean bypassesDmz(MeetingPoint point) {
        return point.design() == Design.BYPASSES_DMZ;
    }

    private static MistakeScore.IntegrationNumbers numbers(Model model, List<Finding> findings,
            List<MeetingPoint> meetingPoints, List<Shortcut> shortcuts, ResilienceResult resilience,
            List<Outage> outages) {
        int bypassing = (int) meetingPoints.stream().filter(Scorecard::bypassesDmz).count();
        Set<Ref> critical = criticalServices(model);
        Set<Ref> dependencies = criticalDependencies(critical, resilience);
        Set<Ref> fragile = new HashSet<>();
        for (SinglePointOfFailure spof : resilience.singlePointsOfFailure()) {
            spof.services().stream().filter(critical::contains).forEach(fragile::add);
        }
        for (Finding f : findings) {
            // OTB-CONT-002: the fallback cannot last as long as a realistic restore.
            if (f.rule().equals("OTB-CONT-002") && !f.accepted()) {
                f.services().stream().filter(critical::contains).forEach(fragile::add);
            }
        }
        int attacks = (int) outages.stream().filter(o -> isCheapStop(o, critical)).count();
        return new MistakeScore.IntegrationNumbers(meetingPoints.size(), bypassing, dependencies.size(),
                shortcuts.size(), fragile.size(), attacks);
    }

    /** A cheap attack that stops a critical service faster than it tolerates: what the scorecard counts. */
    public static boolean isCheapStop(Outage outage, Set<Ref> critical) {
        return outage.fasterThanTolerated() && critical.contains(outage.service())
                && outage.cost() < ExposureLevel.CHEAP_BELOW;
    }
}
