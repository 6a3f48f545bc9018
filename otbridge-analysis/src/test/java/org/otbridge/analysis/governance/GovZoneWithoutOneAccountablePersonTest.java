package org.otbridge.analysis.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.otbridge.analysis.governance.GovTesting.firstSubjects;
import static org.otbridge.analysis.governance.GovTesting.runWellKept;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.otbridge.analysis.Finding;
import org.otbridge.analysis.Severity;

class GovZoneWithoutOneAccountablePersonTest {

    private final ZoneWithoutOneAccountablePerson rule = new ZoneWithoutOneAccountablePerson();

    @Test
    void firesOnNoLineNoAccountableOnlyAUnitAndTwoAccountables() {
        List<Finding> findings = runWellKept(rule, """
                zones:
                  - {id: lab, domain: ot, level: 2}
                  - {id: srv, domain: ot, level: 3}
                  - {id: annex, domain: safety, level: 2}
                assets:
                  - {id: lab-plc, type: plc, zone: lab}
                responsibilities:
                  - {subject: zone:cc, accountable: person:plantmgr}
                  - {subject: zone:srv, accountable: unit:ops, responsible: [unit:ops]}
                  - {subject: zone:annex, responsible: [unit:ops]}
                """);
        assertThat(firstSubjects(findings)).containsExactlyInAnyOrder("zone:lab", "zone:cc", "zone:srv", "zone:annex");
        assertThat(explanationOf(findings, "zone:lab")).contains("no responsibility line names zone:lab");
        assertThat(explanationOf(findings, "zone:cc"))
                .contains("2 parties", "across 2 responsibility lines", "person:opsmgr", "person:plantmgr");
        assertThat(explanationOf(findings, "zone:srv")).contains("only unit:ops is named accountable");
        assertThat(explanationOf(findings, "zone:annex")).contains("names no one as accountable");
        Finding cc = find(findings, "zone:cc");
        assertThat(cc.severity()).isEqualTo(Severity.CRITICAL);
        assertThat(cc.services()).extracting(r -> r.key()).containsExactly("service:heat");
        assertThat(find(findings, "zone:lab").severity()).isEqualTo(Severity.MEDIUM);
    }

    @Test
    void silentWhenEveryOtZoneHasOneAccountablePersonAndForOfficeZones() {
        assertThat(runWellKept(rule)).isEmpty();
        assertThat(runWellKept(rule, """
                zones:
                  - {id: office2, domain: it, level: 4}
                """)).isEmpty();
    }

    static Finding find(List<Finding> findings, String subject) {
        return findings.stream().filter(f -> f.subjects().get(0).key().equals(subject)).findFirst().orElseThrow();
    }

    static String explanationOf(List<Finding> findings, String subject) {
        return find(findings, subject).explanation();
    }
}
