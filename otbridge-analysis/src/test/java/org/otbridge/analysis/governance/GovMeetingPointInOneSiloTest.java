package org.otbridge.analysis.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.otbridge.analysis.governance.GovTesting.firstSubjects;
import static org.otbridge.analysis.governance.GovTesting.runWellKept;
import static org.otbridge.analysis.governance.GovZoneWithoutOneAccountablePersonTest.explanationOf;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.otbridge.analysis.Finding;

class GovMeetingPointInOneSiloTest {

    private final MeetingPointInOneSilo rule = new MeetingPointInOneSilo();

    @Test
    void firesOnItOnlyOperationsOnlyAndOtSideOnlyConduits() {
        List<Finding> findings = runWellKept(rule, """
                connections:
                  - {id: rdp-short, from: asset:ws-1, to: asset:scada-1, protocol: rdp, via: [asset:fw-1]}
                  - {id: cloud, from: asset:scada-1, to: internet, protocol: mqtt}
                  - {id: backup, from: asset:ws-1, to: asset:hmi-1, protocol: smb}
                responsibilities:
                  - {subject: connection:rdp-short, accountable: person:cio, responsible: [unit:it], informed: [unit:ops]}
                  - {subject: connection:cloud, accountable: person:opsmgr, responsible: [unit:ops], consulted: [unit:it]}
                  - {subject: connection:backup, accountable: person:opsmgr, responsible: [unit:eng]}
                """);
        assertThat(firstSubjects(findings)).containsExactlyInAnyOrder("connection:rdp-short", "connection:cloud",
                "connection:backup");
        assertThat(explanationOf(findings, "connection:rdp-short")).contains("(it to ot, rdp)", "owned by IT alone",
                "person:cio (IT)", "Neither operations nor engineering takes part", "unit:ops is only informed");
        assertThat(explanationOf(findings, "connection:cloud")).contains("owned by operations alone")
                .doesNotContain("IT takes no part");
        assertThat(explanationOf(findings, "connection:backup"))
                .contains("owned by operations and engineering", "IT takes no part");
    }

    @Test
    void silentForJointOwnershipUnownedConduitsAndLinksInsideOt() {
        assertThat(runWellKept(rule)).isEmpty();
        assertThat(runWellKept(rule, """
                connections:
                  - {id: nobody, from: asset:ws-1, to: asset:hmi-1, protocol: https}
                  - {id: office-web, from: zone:corp, to: internet, protocol: https}
                responsibilities:
                  - {subject: connection:sis-status, accountable: person:plantmgr, responsible: [unit:eng]}
                  - {subject: connection:fieldbus, accountable: person:plantmgr, responsible: [unit:ops]}
                  - {subject: connection:office-web, accountable: person:cio, responsible: [unit:it]}
                """)).isEmpty();
    }
}
