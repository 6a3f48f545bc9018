package org.otbridge.analysis.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.otbridge.analysis.governance.GovTesting.firstSubjects;
import static org.otbridge.analysis.governance.GovTesting.runWellKept;
import static org.otbridge.analysis.governance.GovZoneWithoutOneAccountablePersonTest.explanationOf;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.otbridge.analysis.Finding;

class GovOtZoneOwnedByItAloneTest {

    private final OtZoneOwnedByItAlone rule = new OtZoneOwnedByItAlone();

    @Test
    void firesOnOtAndDmzZonesRunByItOnly() {
        List<Finding> findings = runWellKept(rule, """
                zones:
                  - {id: srv, domain: ot, level: 3}
                  - {id: dmz2, domain: dmz, level: 3.5}
                responsibilities:
                  - {subject: zone:srv, accountable: person:cio, responsible: [unit:it], informed: [unit:ops]}
                  - {subject: zone:dmz2, accountable: person:cio, responsible: [unit:it], consulted: [unit:ops]}
                """);
        assertThat(firstSubjects(findings)).containsExactlyInAnyOrder("zone:srv", "zone:dmz2");
        assertThat(explanationOf(findings, "zone:srv")).contains("(ot zone, level 3)", "owned by IT alone",
                "accountable person:cio (IT)", "responsible unit:it (IT)", "Neither operations nor engineering",
                "only informed: unit:ops");
        assertThat(explanationOf(findings, "zone:dmz2")).contains("consulted but owns nothing");
    }

    @Test
    void silentForSharedOwnershipOfficeZonesAndUnownedZones() {
        assertThat(runWellKept(rule)).isEmpty();
        assertThat(runWellKept(rule, """
                zones:
                  - {id: lab, domain: ot, level: 2}
                responsibilities:
                  - {subject: zone:corp, accountable: person:cio, responsible: [unit:it]}
                """)).isEmpty();
    }
}
