package org.otbridge.analysis.contingency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.otbridge.analysis.contingency.ContingencyTesting.keys;
import static org.otbridge.analysis.contingency.ContingencyTesting.on;
import static org.otbridge.analysis.contingency.ContingencyTesting.run;
import static org.otbridge.analysis.contingency.ContingencyTesting.subjects;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.otbridge.analysis.Finding;

class CriticalAssetWithoutBackupTest {

    private final CriticalAssetWithoutBackup rule = new CriticalAssetWithoutBackup();

    private static final String MODEL = """
            zones:
              - {id: cc, domain: ot, level: 2}
            assets:
              - {id: scada, type: scada-server, zone: cc, backup: {exists: false}, spares: {on_hand: 0, lead_time: 8w}}
              - {id: plc, type: plc, zone: cc}
              - {id: hmi, type: hmi, zone: cc, backup: {exists: true, last_restore_test: 2026-01-01}}
              - {id: ws, type: workstation, zone: cc}
              - {id: plc-lab, type: plc, zone: cc}
              - {id: plc-spare, type: plc, zone: cc}
            services:
              - {id: heat, impact: {supply: high}, max_tolerable_downtime: 4h, requires: [asset:scada, asset:plc, asset:hmi, asset:ws]}
              - {id: lab, impact: {financial: medium}, requires: [asset:plc-lab]}
            """;

    @Test
    void firesOnControlAssetsOfCriticalServicesWithoutABackup() {
        List<Finding> findings = run(rule, MODEL);
        assertThat(subjects(findings)).containsExactlyInAnyOrder(List.of("asset:scada"), List.of("asset:plc"));
        Finding scada = on(findings, "asset:scada");
        assertThat(keys(scada.services())).containsExactly("service:heat");
        assertThat(scada.explanation()).contains("has no backup (backup.exists: false)", "single point of failure",
                "service:heat is lost at once (no fallback)", "at least 8w");
        assertThat(on(findings, "asset:plc").explanation()).contains("declares no backup");
    }

    @Test
    void silentForBackedUpAssetsOtherTypesAndAssetsNoCriticalServiceNeeds() {
        assertThat(subjects(run(rule, MODEL))).doesNotContain(List.of("asset:hmi"), List.of("asset:ws"),
                List.of("asset:plc-lab"), List.of("asset:plc-spare"));
    }
}
