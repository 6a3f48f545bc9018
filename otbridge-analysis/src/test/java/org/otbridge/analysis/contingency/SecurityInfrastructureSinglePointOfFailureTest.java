package org.otbridge.analysis.contingency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.otbridge.analysis.contingency.ContingencyTesting.keys;
import static org.otbridge.analysis.contingency.ContingencyTesting.run;
import static org.otbridge.analysis.contingency.ContingencyTesting.subjects;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.otbridge.analysis.Finding;

class SecurityInfrastructureSinglePointOfFailureTest {

    private final SecurityInfrastructureSinglePointOfFailure rule = new SecurityInfrastructureSinglePointOfFailure();

    private static final String MODEL = """
            zones:
              - {id: dmz, domain: dmz, level: 3.5}
              - {id: cc, domain: ot, level: 2}
            assets:
              - {id: fw, name: Boundary firewall, type: firewall, zone: dmz, spares: {on_hand: 1}, backup: {last_restore_test: 2026-05-12}}
              - {id: dc-1, type: domain-controller, zone: cc}
              - {id: dc-2, type: domain-controller, zone: cc}
              - {id: jump, type: jump-host, zone: dmz}
              - {id: sw, type: switch, zone: cc}
              - id: scada
                type: scada-server
                zone: cc
                requires: [asset:fw, {any: [asset:dc-1, asset:dc-2]}, asset:sw]
            services:
              - {id: grid, impact: {supply: critical}, requires: [asset:scada]}
              - {id: support, impact: {financial: low}, requires: [asset:jump]}
            """;

    @Test
    void firesOnABoundaryDeviceThatIsASinglePointOfFailureOfACriticalService() {
        List<Finding> findings = run(rule, MODEL);
        assertThat(subjects(findings)).containsExactly(List.of("asset:fw"));
        Finding fw = findings.get(0);
        assertThat(keys(fw.services())).containsExactly("service:grid");
        assertThat(fw.explanation()).contains("If asset:fw (firewall, Boundary firewall) fails or is isolated",
                "service:grid is lost at once", "only hours (1 spare on hand; restore proven on 2026-05-12)");
    }

    @Test
    void silentForRedundantDirectoriesOtherTypesAndMinorServices() {
        assertThat(subjects(run(rule, MODEL))).doesNotContain(List.of("asset:dc-1"), List.of("asset:dc-2"),
                List.of("asset:jump"), List.of("asset:sw"));
    }
}
