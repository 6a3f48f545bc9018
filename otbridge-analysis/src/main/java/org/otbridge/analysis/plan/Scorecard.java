package org.otbridge.analysis.plan;

import java.util.ArrayList;
import java.util.Arrays;
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

    /**
     * The scorecard of an assessment's problems, findings and sections. {@code known}, when not
     * null, are the integration numbers of an assessment with the same services, meeting points,
     * resilience and outages: all but the fragile services, which findings decide, are taken from
     * it, since a planner re-assesses a large model for every change it measures.
     */
    public static List<MistakeScore> of(Model model, List<Problem> problems, List<Finding> findings,
            List<MeetingPoint> meetingPoints, List<Shortcut> shortcuts, ResilienceResult resilience,
            List<Outage> outages, MistakeScore.IntegrationNumbers known) {
        // one pass over the problems (in their order, worst first): a planner scores every model it measures
        int mistakes = Mistake.values().length;
        int[] open = new int[mistakes];
        int[] accepted = new int[mistakes];
        MistakeScore.State[] states = new MistakeScore.State[mistakes];
        Arrays.fill(states, MistakeScore.State.IN_ORDER);
        List<List<String>> top = new ArrayList<>();
        for (int i = 0; i < mistakes; i++) {
            top.add(new ArrayList<>(TOP));
        }
        for (Problem p : problems) {
            int m = p.mistake().ordinal();
            if (p.accepted()) {
                accepted[m]++;
                continue;
            }
            open[m]++;
            if (p.severity().atLeast(Severity.HIGH)) {
                states[m] = MistakeScore.State.ACT;
            } else if (p.severity() == Severity.MEDIUM && states[m] == MistakeScore.State.IN_ORDER) {
                states[m] = MistakeScore.State.WATCH;
            }
            if (p.severity().atLeast(Severity.MEDIUM) && top.get(m).size() < TOP) {
                top.get(m).add(p.id());
            }
        }
        List<MistakeScore> scores = new ArrayList<>();
        for (Mistake mistake : Mistake.values()) {
            int m = mistake.ordinal();
            MistakeScore.IntegrationNumbers numbers = mistake == Mistake.INTEGRATION
                    ? numbers(model, findings, meetingPoints, shortcuts, resilience, outages, known) : null;
            scores.add(new MistakeScore(mistake, states[m], open[m], accepted[m], top.get(m), numbers));
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
            if (impact.element().kind() != RefKind.SERVICE
                    && (anyOf(impact.lost(), critical) || anyOf(impact.degraded(), critical))) {
                dependencies.add(impact.element());
            }
        }
        return dependencies;
    }

    private static boolean anyOf(List<Ref> refs, Set<Ref> among) {
        for (Ref ref : refs) {
            if (among.contains(ref)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a meeting point goes around the DMZ: IT or the outside straight into OT, or back. */
    public static boolean bypassesDmz(MeetingPoint point) {
        return point.design() == Design.BYPASSES_DMZ;
    }

    private static MistakeScore.IntegrationNumbers numbers(Model model, List<Finding> findings,
            List<MeetingPoint> meetingPoints, List<Shortcut> shortcuts, ResilienceResult resilience,
            List<Outage> outages, MistakeScore.IntegrationNumbers known) {
        Set<Ref> critical = criticalServices(model);
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
        if (known != null) {
            return new MistakeScore.IntegrationNumbers(meetingPoints.size(), known.bypassingDmz(),
                    known.criticalDependencies(), shortcuts.size(), fragile.size(), known.attacksStoppingServices());
        }
        int bypassing = (int) meetingPoints.stream().filter(Scorecard::bypassesDmz).count();
        Set<Ref> dependencies = criticalDependencies(critical, resilience);
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
