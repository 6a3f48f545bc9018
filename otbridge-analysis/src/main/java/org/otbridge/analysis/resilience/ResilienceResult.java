package org.otbridge.analysis.resilience;

import java.util.List;

/** Failure impact of every element, single points of failure and minimal cut sets per service. */
public record ResilienceResult(List<FailureImpact> failureImpact, List<SinglePointOfFailure> singlePointsOfFailure,
        List<CutSet> cutSets) {

    public ResilienceResult {
        failureImpact = List.copyOf(failureImpact);
        singlePointsOfFailure = List.copyOf(singlePointsOfFailure);
        cutSets = List.copyOf(cutSets);
    }
}
