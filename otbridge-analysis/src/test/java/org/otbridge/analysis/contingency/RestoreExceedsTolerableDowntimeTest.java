package org.otbridge.analysis.contingency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.otbridge.analysis.contingency.ContingencyTesting.keys;
import static org.otbridge.analysis.contingency.ContingencyTesting.on;
import static org.otbridge.analysis.contingency.ContingencyTesting.run;
import static org.otbridge.analysis.contingency.ContingencyTesting.subjects;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.otbridge.analysis.Finding;
import org.otbridge.analysis.Severity;

class RestoreExceedsTolerableDowntimeTest {

    private final RestoreExceedsTolerableDowntime rule = new RestoreExceedsTolerableDowntime();

    private static final String MODEL = """
            zones:
              - {id: cc, domain: ot, level: 2}
            suppliers:
              - {id: vendor, support_sla: 3d, single_source: true}
              - {id: integ, support_sla: 8h}
            assets:
              - id: fep
                type: server
                zone: cc
                supplier: vendor
                spares: {on_hand: 0, lead_time: 16w}
                backup: {exists: true, last_restore_test: 2023-06-01}
              - {id: plc-ok, type: plc, zone: cc, spares: {on_hand: 1}, backup: {exists: true, last_restore_test: 2026-04-22}}
              - {id: scada, type: scada-server, zone: cc, supplier: integ, spares: {on_hand: 1}, backup: {exists: false}}
              - {id: rtu-a, type: rtu, zone: cc, spares: {on_hand: 0, lead_time: 26w}}
              - {id: rtu-b, type: rtu, zone: cc, spares: {on_hand: 0, lead_time: 26w}}
              - {id: ups, type: power-supply, zone: cc}
            services:
              - id: dist
                impact: {supply: critical}
                max_tolerable_downtime: 4h
                requires: [asset:fep, asset:plc-ok, {any: [asset:rtu-a, asset:rtu-b]}, asset:ups]
                fallback: {description: Local automatic, capacity: 60%, sustainable_for: 12h}
              - {id: slow, impact: {supply: high}, max_tolerable_downtime: 20w, requires: [asset:fep]}
              - {id: steam, impact: {supply: high}, max_tolerable_downtime: 2h, requires: [asset:scada]}
              - {id: opt, impact: {financial: medium}, max_tolerable_downtime: 1h, requires: [asset:scada]}
            """;

    @Test
    void firesWhenTheEstimatedRestoreOfASinglePointOfFailureExceedsTheTolerableDowntime() {
        List<Finding> findings = run(rule, MODEL);
        assertThat(subjects(findings)).containsExactlyInAnyOrder(List.of("asset:fep"), List.of("asset:scada"));

        Finding fep = on(findings, "asset:fep");
        assertThat(keys(fep.services())).containsExactly("service:dist");
        assertThat(fep.severity()).isEqualTo(Severity.CRITICAL);
        assertThat(fep.explanation()).contains("If asset:fep (server) fails, service:dist runs on its fallback "
                + "(60% capacity for 12h), then is lost", "an estimated 16w 1d", "no spare on hand, lead time 16w",
                "supplier:vendor support_sla 3d, single-source", "maximum tolerable downtime of 4h for service:dist");

        Finding scada = on(findings, "asset:scada");
        assertThat(keys(scada.services())).containsExactly("service:steam");
        assertThat(scada.explanation()).contains("service:steam is lost at once (no fallback)", "at least 8h",
                "no backup: rebuilding from scratch");
    }

    @Test
    void silentForSparesOnHandRedundantElementsUnknownEstimatesAndLongTolerableDowntimes() {
        List<Finding> findings = run(rule, MODEL);
        assertThat(subjects(findings)).doesNotContain(List.of("asset:plc-ok"), List.of("asset:rtu-a"),
                List.of("asset:ups"));
        assertThat(on(findings, "asset:fep").services()).noneMatch(s -> s.id().equals("slow"));
    }
}
