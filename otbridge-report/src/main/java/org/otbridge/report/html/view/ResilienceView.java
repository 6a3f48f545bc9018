package org.otbridge.report.html.view;

import java.util.Comparator;
import java.util.List;
import org.otbridge.analysis.Assessment;
import org.otbridge.analysis.resilience.FailureImpact;
import org.otbridge.report.view.Words;

/**
 * What stops when things fail: elements whose failure alone stops a service (most services
 * first), single points of failure, and minimal cut sets of two or three elements.
 */
public record ResilienceView(Shown<ImpactRow> impact, Shown<SpofRow> singlePoints, Shown<CutRow> cutSets) {

    public record ImpactRow(String element, String lost, String degraded, int services) {
    }

    public record SpofRow(String element, String services) {
    }

    public record CutRow(String service, String elements, int size) {
    }

    static final int SHOWN = 500;

    public static ResilienceView of(Assessment assessment) {
        List<ImpactRow> impact = assessment.resilience().failureImpact().stream()
                .filter(i -> !i.lost().isEmpty() || !i.degraded().isEmpty())
                .sorted(Comparator.comparingInt((FailureImpact i) -> i.lost().size() + i.degraded().size()).reversed())
                .map(i -> new ImpactRow(i.element().key(), Words.someKeys(i.lost(), 6), Words.someKeys(i.degraded(), 6),
                        i.lost().size() + i.degraded().size()))
                .toList();
        List<SpofRow> spofs = assessment.resilience().singlePointsOfFailure().stream()
                .map(s -> new SpofRow(s.element().key(), Words.someKeys(s.services(), 6))).toList();
        List<CutRow> cuts = assessment.resilience().cutSets().stream()
                .map(c -> new CutRow(c.service().key(), Words.keys(c.elements()), c.elements().size())).toList();
        return new ResilienceView(Shown.first(impact, SHOWN), Shown.first(spofs, SHOWN), Shown.first(cuts, SHOWN));
    }
}
