package org.otbridge.analysis.contingency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.otbridge.analysis.contingency.ContingencyTesting.keys;
import static org.otbridge.analysis.contingency.ContingencyTesting.on;
import static org.otbridge.analysis.contingency.ContingencyTesting.run;
import static org.otbridge.analysis.contingency.ContingencyTesting.subjects;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.otbridge.analysis.Finding;

class BackupWithoutOfflineCopyTest {

    private final BackupWithoutOfflineCopy rule = new BackupWithoutOfflineCopy();

    private static final String MODEL = """
            zones:
              - {id: corp, domain: it, level: 4}
              - {id: cc, domain: ot, level: 2}
            assets:
              - {id: bkp-srv, type: server, zone: corp}
              - {id: scada, type: scada-server, zone: cc, controls: [bkp-listed]}
            controls:
              - {id: bkp-it, kind: backup, offline_copy: false, restore_tested: 2024-09-10, applies_to: [zone:cc]}
              - {id: bkp-gold, kind: backup, offline_copy: true, applies_to: [zone:cc]}
              - {id: bkp-shared, kind: backup, offline_copy: true, applies_to: [zone:cc, zone:corp]}
              - {id: bkp-office, kind: backup, applies_to: [zone:corp]}
              - {id: bkp-listed, kind: backup}
            services:
              - {id: heat, impact: {supply: high}, requires: [asset:scada]}
            """;

    @Test
    void firesOnOtBackupsWithoutOfflineCopyOrSharedWithIt() {
        List<Finding> findings = run(rule, MODEL);
        assertThat(subjects(findings)).containsExactlyInAnyOrder(List.of("control:bkp-it"),
                List.of("control:bkp-shared"), List.of("control:bkp-listed"));
        Finding it = on(findings, "control:bkp-it");
        assertThat(keys(it.services())).containsExactly("service:heat");
        assertThat(it.explanation()).contains("backs up zone:cc", "offline_copy false", "2024-09-10");
        assertThat(on(findings, "control:bkp-shared").explanation()).contains("also covers IT (zone:corp)");
        assertThat(on(findings, "control:bkp-listed").explanation()).contains("asset:scada", "offline_copy not set",
                "No restore is recorded");
    }

    @Test
    void silentForAnOfflineGoldCopyAndForOfficeOnlyBackups() {
        assertThat(subjects(run(rule, MODEL))).doesNotContain(List.of("control:bkp-gold"), List.of("control:bkp-office"));
    }
}
