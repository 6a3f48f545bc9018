package org.otbridge.analysis.contingency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.otbridge.analysis.contingency.ContingencyTesting.keys;
import static org.otbridge.analysis.contingency.ContingencyTesting.on;
import static org.otbridge.analysis.contingency.ContingencyTesting.run;
import static org.otbridge.analysis.contingency.ContingencyTesting.subjects;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.otbridge.analysis.Finding;

class SupplierBehindSinglePointOfFailureTest {

    private final SupplierBehindSinglePointOfFailure rule = new SupplierBehindSinglePointOfFailure();

    private static final String MODEL = """
            zones:
              - {id: cc, domain: ot, level: 2}
            suppliers:
              - {id: single, name: Telemetry Ltd, support_sla: 3d, single_source: true}
              - {id: slow, support_sla: 8h}
              - {id: proven, support_sla: 1d}
              - {id: fast, support_sla: 1h}
            assets:
              - {id: fep, type: server, zone: cc, supplier: single, spares: {on_hand: 0, lead_time: 16w}}
              - {id: rtu-1, type: rtu, zone: cc, supplier: single}
              - {id: rtu-2, type: rtu, zone: cc, supplier: single}
              - {id: rtr, type: router, zone: cc, supplier: slow, backup: {exists: true}}
              - {id: plc, type: plc, zone: cc, supplier: proven, spares: {on_hand: 1}, backup: {last_restore_test: 2026-04-22}}
              - {id: sw, type: switch, zone: cc, supplier: fast, backup: {exists: true}}
            services:
              - id: dist
                impact: {supply: critical}
                max_tolerable_downtime: 4h
                requires: [asset:fep, {any: [asset:rtu-1, asset:rtu-2]}, asset:rtr, asset:plc, asset:sw]
            """;

    @Test
    void firesOnSingleSourceSuppliersAndOnSuppliersSlowerThanTheTolerableDowntimeBehindASinglePointOfFailure() {
        List<Finding> findings = run(rule, MODEL);
        assertThat(subjects(findings)).containsExactlyInAnyOrder(List.of("supplier:single", "asset:fep"),
                List.of("supplier:slow", "asset:rtr"));
        Finding single = on(findings, "supplier:single");
        assertThat(keys(single.services())).containsExactly("service:dist");
        assertThat(single.explanation()).contains("supplier:single (Telemetry Ltd) is single-source",
                "asset:fep (for service:dist)", "support_sla of 3d", "4h for service:dist");
        assertThat(on(findings, "supplier:slow").explanation()).contains("support_sla of 8h")
                .doesNotContain("single-source");
    }

    @Test
    void firesOnASupplierConnectionThatIsASinglePointOfFailure() {
        List<Finding> findings = run(rule, """
                zones:
                  - {id: cc, domain: ot, level: 2}
                suppliers:
                  - {id: cloudco, support_sla: 2d}
                assets:
                  - {id: scada, type: scada-server, zone: cc}
                connections:
                  - {id: feed, from: supplier:cloudco, to: asset:scada, protocol: https}
                services:
                  - {id: opt, impact: {financial: high}, max_tolerable_downtime: 1d, requires: [connection:feed]}
                """);
        assertThat(subjects(findings)).containsExactly(List.of("supplier:cloudco", "connection:feed"));
    }

    @Test
    void silentWhenTheSupplierIsNotNeededForTheRestoreOrIsFastEnough() {
        assertThat(subjects(run(rule, MODEL))).noneMatch(s -> s.get(0).equals("supplier:proven")
                || s.get(0).equals("supplier:fast"));
    }
}
