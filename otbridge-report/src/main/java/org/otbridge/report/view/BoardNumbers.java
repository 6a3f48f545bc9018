package org.otbridge.report.view;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.otbridge.analysis.Assessment;
import org.otbridge.analysis.boundary.MeetingPoint;
import org.otbridge.analysis.exposure.AttackPath;
import org.otbridge.analysis.facts.SiteFacts;
import org.otbridge.analysis.plan.Scorecard;
import org.otbridge.analysis.resilience.FailureImpact;
import org.otbridge.analysis.resilience.SinglePointOfFailure;
import org.otbridge.model.Model;
import org.otbridge.model.Ref;
import org.otbridge.model.Service;
import org.otbridge.report.TextSummary;

/**
 * The four questions of an assessment answered in numbers, for the first page of a report:
 * where IT and OT meet (and how often past the DMZ), what critical services depend on, which
 * shortcuts make attacks short, and which services stop with a single element.
 *
 * @param criticalServices every service whose worst impact is high or critical, in model order
 */
public record BoardNumbers(int meetingPoints, int connectionMeetingPoints, int multiHomedAssets, int bypassingDmz,
        int services, List<ServiceFacts> criticalServices, int criticalDependencies, int shortcuts,
        int shortcutsCuttingOff, int attackPaths, double cheapestAttackCost, int servicesWithSinglePoint,
        int singlePointsOfFailure) {

    /**
     * What one service depends on and how exposed it is: elements whose failure alone stops it
     * (lost or degraded), how many of those are single points of failure, and the cheapest attack
     * path cost to an asset it needs (infinite when no path reaches one).
     */
    public record ServiceFacts(Ref service, String name, String impact, int dependsOn, int singlePoints,
            double cheapestAttack) {
    }

    public BoardNumbers {
        criticalServices = List.copyOf(criticalServices);
    }

    public static BoardNumbers of(Assessment assessment) {
        Model model = assessment.model();
        List<MeetingPoint> points = assessment.meetingPoints();
        int connections = (int) points.stream().filter(MeetingPoint::isConnection).count();
        int bypassing = (int) points.stream().filter(Scorecard::bypassesDmz).count();

        Map<Ref, Integer> dependsOn = new HashMap<>();
        Set<Ref> criticalRefs = new HashSet<>();
        model.services().stream().filter(SiteFacts::isCritical).forEach(s -> criticalRefs.add(s.ref()));
        // one definition with the scorecard's: what alone stops or degrades a critical service
        Set<Ref> criticalDependencies = Scorecard.criticalDependencies(criticalRefs, assessment.resilience());
        for (FailureImpact impact : assessment.resilience().failureImpact()) {
            Set<Ref> touched = new HashSet<>(impact.lost());
            touched.addAll(impact.degraded());
            for (Ref service : touched) {
                dependsOn.merge(service, 1, Integer::sum);
            }
        }
        Map<Ref, Integer> singlePoints = new HashMap<>();
        Set<Ref> withSinglePoint = new HashSet<>();
        for (SinglePointOfFailure spof : assessment.resilience().singlePointsOfFailure()) {
            for (Ref service : spof.services()) {
                singlePoints.merge(service, 1, Integer::sum);
                withSinglePoint.add(service);
            }
        }
        Map<Ref, Double> cheapest = new HashMap<>();
        double cheapestOverall = Double.POSITIVE_INFINITY;
        for (AttackPath path : assessment.attackPaths()) {
            for (Ref service : path.services()) {
                cheapest.merge(service, path.cost(), Math::min);
            }
            if (path.services().stream().anyMatch(criticalRefs::contains)) {
                cheapestOverall = Math.min(cheapestOverall, path.cost());
            }
        }
        List<ServiceFacts> critical = new ArrayList<>();
        for (Service service : model.services()) {
            if (criticalRefs.contains(service.ref())) {
                Ref ref = service.ref();
                critical.add(new ServiceFacts(ref, service.name(), service.impact().max().yamlName(),
                        dependsOn.getOrDefault(ref, 0), singlePoints.getOrDefault(ref, 0),
                        cheapest.getOrDefault(ref, Double.POSITIVE_INFINITY)));
            }
        }
        int cuttingOff = (int) assessment.shortcuts().stream().filter(s -> s.opensNewWay()).count();
        return new BoardNumbers(points.size(), connections, points.size() - connections, bypassing,
                model.services().size(), critical, criticalDependencies.size(), assessment.shortcuts().size(),
                cuttingOff, assessment.attackPaths().size(), cheapestOverall, withSinglePoint.size(),
                assessment.resilience().singlePointsOfFailure().size());
    }
}
