package org.otbridge.analysis.contingency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.otbridge.analysis.contingency.ContingencyTesting.keys;
import static org.otbridge.analysis.contingency.ContingencyTesting.run;
import static org.otbridge.analysis.contingency.ContingencyTesting.subjects;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.otbridge.analysis.Finding;

class ExternalDependencyWithoutFallbackTest {

    private final ExternalDependencyWithoutFallback rule = new ExternalDependencyWithoutFallback();

    private static final String MODEL = """
            zones:
              - {id: cc, domain: ot, level: 2}
              - {id: ext, domain: external, level: 5}
            suppliers:
              - {id: saas, support_sla: 1d}
            assets:
              - {id: scada, type: scada-server, zone: cc}
              - {id: cloud, type: cloud-service, zone: ext, requires: [supplier:saas]}
            connections:
              - {id: feed, from: asset:scada, to: asset:cloud, protocol: mqtt}
            services:
              - {id: opt, impact: {financial: high}, max_tolerable_downtime: 2d, requires: [asset:cloud, connection:feed]}
              - id: plan
                impact: {financial: high}
                requires: [asset:cloud]
                fallback: {description: Spreadsheet, last_tested: 2026-06-01}
              - {id: local, impact: {supply: high}, requires: [asset:scada]}
            """;

    @Test
    void firesOnACriticalServiceWithoutFallbackThatStopsWithACloudOrExternalElement() {
        List<Finding> findings = run(rule, MODEL);
        assertThat(subjects(findings)).containsExactly(List.of("service:opt", "asset:cloud", "zone:ext", "supplier:saas"));
        Finding opt = findings.get(0);
        assertThat(keys(opt.services())).containsExactly("service:opt");
        assertThat(opt.explanation()).contains("has no fallback", "asset:cloud, zone:ext and supplier:saas",
                "tolerates 2d down");
    }

    @Test
    void silentWithAFallbackOrWithoutExternalSinglePointsOfFailure() {
        assertThat(subjects(run(rule, MODEL))).noneMatch(s -> s.get(0).equals("service:plan")
                || s.get(0).equals("service:local"));
    }

    @Test
    void firesOnAnInternetConnectionThatIsASinglePointOfFailure() {
        List<Finding> findings = run(rule, """
                zones:
                  - {id: cc, domain: ot, level: 2}
                assets:
                  - {id: gw, type: router, zone: cc}
                connections:
                  - {id: uplink, from: asset:gw, to: internet, protocol: https}
                services:
                  - {id: remote, impact: {supply: high}, requires: [connection:uplink]}
                """);
        assertThat(subjects(findings)).containsExactly(List.of("service:remote", "connection:uplink"));
    }
}
