package org.otbridge.analysis.whatif;

import java.util.List;
import org.otbridge.model.Ref;
import org.otbridge.model.Scenario;

/**
 * One of the model's scenarios, evaluated in every assessment: the services it loses and
 * degrades with their time to impact, how many elements go down, how many assets, zones and
 * suppliers an attacker reaches, and the services at risk from that (see {@link WhatIfResult}).
 */
public record ScenarioResult(String id, String name, List<Ref> fail, List<Ref> compromise, int downCount,
        List<ServiceImpact> lost, List<ServiceImpact> degraded, int reachedCount, List<Ref> servicesAtRisk) {

    public ScenarioResult {
        fail = List.copyOf(fail);
        compromise = List.copyOf(compromise);
        lost = List.copyOf(lost);
        degraded = List.copyOf(degraded);
        servicesAtRisk = List.copyOf(servicesAtRisk);
    }

    static ScenarioResult of(Scenario scenario, WhatIfResult result) {
        return new ScenarioResult(scenario.id(), scenario.name(), result.failed(), result.compromised(),
                result.downCount(), result.lost(), result.degraded(), result.reachedCount(),
                result.servicesAtRisk().stream().map(ServiceAtRisk::service).toList());
    }
}
