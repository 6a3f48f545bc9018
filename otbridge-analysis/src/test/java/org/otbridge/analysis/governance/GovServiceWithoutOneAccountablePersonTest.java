package org.otbridge.analysis.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.otbridge.analysis.governance.GovTesting.firstSubjects;
import static org.otbridge.analysis.governance.GovTesting.runWellKept;
import static org.otbridge.analysis.governance.GovZoneWithoutOneAccountablePersonTest.explanationOf;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.otbridge.analysis.Finding;

class GovServiceWithoutOneAccountablePersonTest {

    private final ServiceWithoutOneAccountablePerson rule = new ServiceWithoutOneAccountablePerson();

    @Test
    void firesOnAServiceNobodyOwnsAndOnOneOwnedByIt() {
        List<Finding> findings = runWellKept(rule, """
                services:
                  - {id: steam, name: Steam, impact: {supply: high}, requires: [asset:scada-1]}
                  - {id: portal, name: Customer portal, impact: {financial: low}, requires: [asset:erp-1]}
                responsibilities:
                  - {subject: service:portal, accountable: person:cio, responsible: [unit:it]}
                  - {subject: service:billing, accountable: person:opsmgr}
                """);
        assertThat(firstSubjects(findings)).containsExactlyInAnyOrder("service:steam", "service:portal",
                "service:billing");
        assertThat(explanationOf(findings, "service:steam")).contains("no responsibility line");
        assertThat(explanationOf(findings, "service:portal")).contains("person:cio (IT)", "nobody from operations");
        assertThat(explanationOf(findings, "service:billing")).contains("2 parties");
    }

    @Test
    void silentWhenEachServiceHasOneOwnerOutsideIt() {
        assertThat(runWellKept(rule)).isEmpty();
    }
}
