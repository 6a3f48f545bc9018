package org.otbridge.analysis.contingency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.otbridge.analysis.contingency.ContingencyTesting.keys;
import static org.otbridge.analysis.contingency.ContingencyTesting.run;
import static org.otbridge.analysis.contingency.ContingencyTesting.subjects;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.otbridge.analysis.Finding;

class NoOfflineRecoveryDocumentsTest {

    private final NoOfflineRecoveryDocuments rule = new NoOfflineRecoveryDocuments();

    private static final String SITE = """
            zones:
              - {id: cc, domain: ot, level: 2}
            assets:
              - {id: plc, type: plc, zone: cc}
            services:
              - {id: heat, impact: {supply: high}, requires: [asset:plc]}
            """;

    @Test
    void firesOnTheProgrammeWhenNoOfflineRecoveryDocumentsAreDeclared() {
        List<Finding> findings = run(rule, SITE);
        assertThat(subjects(findings)).containsExactly(List.of("program:ot-security"));
        assertThat(keys(findings.get(0).services())).containsExactly("service:heat");
        assertThat(findings.get(0).explanation()).contains("offline-recovery-docs");
    }

    @Test
    void silentWhenTheyAreDeclaredOrNoServiceIsCritical() {
        assertThat(run(rule, SITE + """
                controls:
                  - {id: docs, kind: offline-recovery-docs, location: control room, last_reviewed: 2026-06-01}
                """)).isEmpty();
        // The deprecated form of earlier versions still counts.
        assertThat(run(rule, SITE + """
                controls:
                  - {id: docs, kind: other, name: offline-recovery-docs,
                     description: Printed network drawings and restore procedures}
                """)).isEmpty();
        assertThat(run(rule, SITE.replace("supply: high", "supply: medium"))).isEmpty();
    }

    @Test
    void aControlThatOnlyMentionsOfflineDocumentsInItsIdOrDescriptionIsNone() {
        assertThat(run(rule, SITE + """
                controls:
                  - {id: offline-recovery-docs, kind: other, description: Printed drawings in the control room}
                """)).hasSize(1);
    }
}
