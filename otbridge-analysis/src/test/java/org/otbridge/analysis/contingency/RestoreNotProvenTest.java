package org.otbridge.analysis.contingency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.otbridge.analysis.contingency.ContingencyTesting.on;
import static org.otbridge.analysis.contingency.ContingencyTesting.run;
import static org.otbridge.analysis.contingency.ContingencyTesting.subjects;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.otbridge.analysis.Finding;
import org.otbridge.analysis.Severity;

class RestoreNotProvenTest {

    private final RestoreNotProven rule = new RestoreNotProven();

    private static final String MODEL = """
            zones:
              - {id: cc, domain: ot, level: 2}
            assets:
              - {id: never, type: rtu, zone: cc, backup: {exists: true}}
              - {id: old, type: plc, zone: cc, backup: {exists: true, last_restore_test: 2025-08-25}}
              - {id: edge, type: plc, zone: cc, backup: {exists: true, last_restore_test: 2025-08-26}}
              - {id: recent, type: plc, zone: cc, backup: {exists: true, last_restore_test: 2026-03-01}}
              - {id: missing, type: plc, zone: cc, backup: {exists: false}}
              - {id: silent, type: plc, zone: cc}
              - {id: unused, type: historian, zone: cc, backup: {exists: true, last_restore_test: 2024-03-12}}
            services:
              - id: heat
                impact: {supply: critical}
                requires: [asset:never, asset:old, asset:edge, asset:recent, asset:missing, asset:silent]
            """;

    @Test
    void firesOnBackupsNeverRestoredOrRestoredMoreThanFifteenMonthsAgo() {
        List<Finding> findings = run(rule, MODEL);
        assertThat(subjects(findings)).containsExactlyInAnyOrder(List.of("asset:never"), List.of("asset:old"),
                List.of("asset:unused"));
        assertThat(on(findings, "asset:never").explanation()).contains("never been restored");
        Finding old = on(findings, "asset:old");
        assertThat(old.explanation()).contains("2025-08-25", "15 months before 2026-11-26", "single point of failure");
        assertThat(old.severity()).isEqualTo(Severity.HIGH);
        // no service needs the historian: reported, one step milder
        assertThat(on(findings, "asset:unused").severity()).isEqualTo(Severity.LOW);
    }

    @Test
    void silentForRecentRestoresAndForAssetsWithoutABackup() {
        assertThat(subjects(run(rule, MODEL))).doesNotContain(List.of("asset:edge"), List.of("asset:recent"),
                List.of("asset:missing"), List.of("asset:silent"));
    }
}
