package org.otbridge.analysis.contingency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.otbridge.analysis.contingency.ContingencyTesting.keys;
import static org.otbridge.analysis.contingency.ContingencyTesting.run;
import static org.otbridge.analysis.contingency.ContingencyTesting.subjects;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.otbridge.analysis.Finding;
import org.otbridge.analysis.Severity;

class RestoreTimeUnknownTest {

    private final RestoreTimeUnknown rule = new RestoreTimeUnknown();

    @Test
    void firesOnAServiceWhoseSinglePointsOfFailureHaveNoRecoveryData() {
        List<Finding> findings = run(rule, """
                zones:
                  - {id: cc, domain: ot, level: 2}
                assets:
                  - {id: ups, type: power-supply, zone: cc}
                  - {id: ws, type: workstation, zone: cc}
                  - {id: plc, type: plc, zone: cc, spares: {on_hand: 1}, backup: {last_restore_test: 2026-04-22}}
                services:
                  - {id: heat, impact: {supply: critical}, requires: [asset:ups, asset:ws, asset:plc]}
                """);
        assertThat(subjects(findings)).containsExactly(List.of("service:heat", "asset:ups", "asset:ws"));
        Finding heat = findings.get(0);
        assertThat(keys(heat.services())).containsExactly("service:heat");
        assertThat(heat.severity()).isEqualTo(Severity.LOW);
        assertThat(heat.explanation()).contains("2 of the 3 assets", "asset:ups (power-supply; no spares declared)",
                "asset:ws (workstation; no spares declared; no backup declared").doesNotContain("asset:plc");
    }

    @Test
    void silentWhenEveryRestoreCanBeEstimated() {
        assertThat(run(rule, """
                zones:
                  - {id: cc, domain: ot, level: 2}
                suppliers:
                  - {id: carrier, support_sla: 4h}
                assets:
                  - {id: ups, type: power-supply, zone: cc, spares: {on_hand: 0, lead_time: 2w}}
                  - {id: tl, type: telecom-link, zone: cc, supplier: carrier}
                services:
                  - {id: heat, impact: {supply: critical}, requires: [asset:ups, asset:tl]}
                """)).isEmpty();
    }
}
