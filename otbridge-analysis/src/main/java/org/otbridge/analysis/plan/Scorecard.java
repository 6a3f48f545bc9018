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
import org.otbridge.analysis.resilience.SinglePointOfFailure;
import org.otbridge.model.Ref;
import org.otbridge.model.Service;

/** The three-mistake scorecard: where the site stands, first in every report. */
public final class Scorecard {

    /** The worst problems named per mistake. */
    static final int TOP = 3;

    private Scorecard() {
    }

    public static List<MistakeScore> of(SiteFacts facts, List<Problem> problems, List<Finding> findings,
            List<MeetingPoint> meetingPoints, List<Shortcut> shortcuts, List<SinglePointOfFailure> spofs,
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
                    ? numbers(facts, findings, meetingPoints, shortcuts, spofs, outages) : null;
            scores.add(new MistakeScore(mistake, state, open.size(), mine.size() - open.size(), top, numbers));
        }
        return List.copyOf(scores);
    }

    private static MistakeScore.IntegrationNumbers numbers(SiteFacts facts, List<Finding> findings,
            List<MeetingPoint> meetingPoints, List<Shortcut> shortcuts, List<SinglePointOfFailure> spofs,
            List<Outage> outages) {
        int bypassing = (int) meetingPoints.stream().filter(p -> p.design() == Design.BYPASSES_DMZ).count();
        Set<Ref> critical = new HashSet<>();
        for (Service service : facts.model().services()) {
            if (SiteFacts.isCritical(service)) {
                critical.add(service.ref());
            }
        }
        Set<Ref> dependencies = new HashSet<>();
        facts.model().assets().forEach(a -> add(facts, critical, a.ref(), dependencies));
        facts.model().connections().forEach(c -> add(facts, critical, c.ref(), dependencies));
        facts.model().suppliers().forEach(s -> add(facts, critical, s.ref(), dependencies));
        Set<Ref> fragile = new HashSet<>();
        for (SinglePointOfFailure spof : spofs) {
            spof.services().stream().filter(critical::contains).forEach(fragile::add);
        }
        for (Finding f : findings) {
            // OTB-CONT-002: the fallback cannot last as long as a realistic restore.
            if (f.rule().equals("OTB-CONT-002") && !f.accepted()) {
                f.services().stream().filter(critical::contains).forEach(fragile::add);
            }
        }
        int attacks = (int) outages.stream().filter(o -> o.fasterThanTolerated() && critical.contains(o.service())
                && o.cost() < ExposureLevel.CHEAP_BELOW).count();
        return new MistakeScore.IntegrationNumbers(meetingPoints.size(), bypassing, dependencies.size(),
                shortcuts.size(), fragile.size(), attacks);
    }

    private static void add(SiteFacts facts, Set<Ref> critical, Ref element, Set<Ref> into) {
        for (Ref service : facts.servicesOf(element)) {
            if (critical.contains(service)) {
                into.add(element);
                return;
            }
        }
    }
}
