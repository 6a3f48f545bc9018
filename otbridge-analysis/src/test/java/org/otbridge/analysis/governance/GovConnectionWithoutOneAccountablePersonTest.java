package org.otbridge.analysis.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.otbridge.analysis.governance.GovTesting.firstSubjects;
import static org.otbridge.analysis.governance.GovTesting.runWellKept;
import static org.otbridge.analysis.governance.GovZoneWithoutOneAccountablePersonTest.explanationOf;
import static org.otbridge.analysis.governance.GovZoneWithoutOneAccountablePersonTest.find;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.otbridge.analysis.Finding;
import org.otbridge.analysis.Severity;

class GovConnectionWithoutOneAccountablePersonTest {

    private final ConnectionWithoutOneAccountablePerson rule = new ConnectionWithoutOneAccountablePerson();

    @Test
    void firesOnUnownedDoublyOwnedAndUnitOwnedItOtConduits() {
        List<Finding> findings = runWellKept(rule, """
                connections:
                  - {id: wsus, from: asset:ws-1, to: asset:scada-1, protocol: http, via: [asset:fw-1]}
                  - {id: portal, from: internet, to: asset:hist-dmz, protocol: https}
                responsibilities:
                  - {subject: connection:hist-repl, accountable: person:cio}
                  - {subject: connection:portal, accountable: unit:it, responsible: [unit:it]}
                """);
        assertThat(firstSubjects(findings)).containsExactlyInAnyOrder("connection:wsus", "connection:hist-repl",
                "connection:portal");
        assertThat(explanationOf(findings, "connection:wsus")).contains("(it to ot, http)", "no responsibility line");
        assertThat(explanationOf(findings, "connection:hist-repl")).contains("person:englead and person:cio");
        assertThat(explanationOf(findings, "connection:portal")).contains("only unit:it");
        assertThat(find(findings, "connection:wsus").severity()).isEqualTo(Severity.HIGH);
        assertThat(find(findings, "connection:portal").severity()).isEqualTo(Severity.LOW);
    }

    @Test
    void silentForOwnedConduitsAndConnectionsThatAreNotItOt() {
        // The well-kept site has fieldbus (ot to ot) and sis-status (safety to ot) without a line.
        assertThat(runWellKept(rule)).isEmpty();
        assertThat(runWellKept(rule, """
                connections:
                  - {id: office-web, from: zone:corp, to: internet, protocol: https}
                """)).isEmpty();
    }
}
