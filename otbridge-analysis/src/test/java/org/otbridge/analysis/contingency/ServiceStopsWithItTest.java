package org.otbridge.analysis.contingency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.otbridge.analysis.contingency.ContingencyTesting.keys;
import static org.otbridge.analysis.contingency.ContingencyTesting.run;
import static org.otbridge.analysis.contingency.ContingencyTesting.subjects;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.otbridge.analysis.Finding;

class ServiceStopsWithItTest {

    private final ServiceStopsWithIt rule = new ServiceStopsWithIt();

    private static final String MODEL = """
            zones:
              - {id: corp, domain: it, level: 4}
              - {id: cc, domain: ot, level: 2}
            assets:
              - {id: dc-1, type: domain-controller, zone: corp}
              - {id: dc-2, type: domain-controller, zone: corp}
              - {id: scada, type: scada-server, zone: cc, requires: [{any: [asset:dc-1, asset:dc-2]}]}
              - {id: plc, type: plc, zone: cc}
            services:
              - {id: steam, impact: {supply: high}, max_tolerable_downtime: 2h, requires: [asset:scada]}
              - id: heat
                impact: {supply: high}
                requires: [asset:scada]
                fallback: {description: Local panels, last_tested: 2026-09-01}
              - {id: local, impact: {supply: high}, requires: [asset:plc]}
            """;

    @Test
    void firesOnACriticalServiceWithoutFallbackThatStopsWhenTheWholeItDomainIsLost() {
        // neither directory server is a single point of failure; losing IT as a whole stops steam
        List<Finding> findings = run(rule, MODEL);
        assertThat(subjects(findings)).containsExactly(List.of("service:steam", "zone:corp"));
        Finding steam = findings.get(0);
        assertThat(keys(steam.services())).containsExactly("service:steam");
        assertThat(steam.explanation()).contains("If IT is lost (zone:corp down), service:steam is lost at once",
                "asset:dc-1 and asset:dc-2", "tolerates 2h down");
    }

    @Test
    void silentForServicesWithAFallbackOrThatRunWithoutIt() {
        assertThat(subjects(run(rule, MODEL))).doesNotContain(List.of("service:heat"), List.of("service:local"));
        assertThat(run(rule, MODEL.replace("domain: it", "domain: dmz"))).isEmpty();
    }
}
