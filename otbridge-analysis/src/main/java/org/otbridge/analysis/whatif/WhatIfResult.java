package org.otbridge.analysis.whatif;

import java.util.List;
import org.otbridge.analysis.exposure.Outage;
import org.otbridge.model.Ref;

/**
 * What happens when {@code failed} stop working and an attacker holds {@code compromised}.
 *
 * <p>Failure: {@code down} is every element that is down (the failed ones included) in model
 * order: assets, connections, zones, suppliers, services. The services among them are
 * {@code lost} (no fallback) or {@code degraded} (on their fallback), each with its time to
 * impact. {@code unsupported} are assets still running whose supplier failed.
 *
 * <p>Compromise: {@code reached} is every asset, zone and supplier the attacker holds or can
 * reach from all compromised elements at once, cheapest first; {@code servicesAtRisk} the
 * services whose needed assets are among them, those with a reachable controller or safety system
 * first; {@code stoppable} the services the attacker could stop or degrade by making fail what they
 * hold (a single point of failure or cut set), the cheapest way for each. {@code notes} explain how an input was read (for example, a firewall taken as presence
 * on its zones).
 */
public record WhatIfResult(List<Ref> failed, List<Ref> compromised, List<Ref> down, List<ServiceImpact> lost,
        List<ServiceImpact> degraded, List<Unsupported> unsupported, List<Reached> reached,
        List<ServiceAtRisk> servicesAtRisk, List<Outage> stoppable, List<String> notes) {

    public WhatIfResult {
        failed = List.copyOf(failed);
        compromised = List.copyOf(compromised);
        down = List.copyOf(down);
        lost = List.copyOf(lost);
        degraded = List.copyOf(degraded);
        unsupported = List.copyOf(unsupported);
        reached = List.copyOf(reached);
        servicesAtRisk = List.copyOf(servicesAtRisk);
        stoppable = List.copyOf(stoppable);
        notes = List.copyOf(notes);
    }

    public int downCount() {
        return down.size();
    }

    public int reachedCount() {
        return reached.size();
    }
}
