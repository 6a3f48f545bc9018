package org.otbridge.analysis.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.otbridge.analysis.governance.GovTesting.ORG;
import static org.otbridge.analysis.governance.GovTesting.SITE;
import static org.otbridge.analysis.governance.GovTesting.run;
import static org.otbridge.analysis.governance.GovTesting.runWellKept;
import static org.otbridge.analysis.governance.GovTesting.subjects;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.otbridge.analysis.Finding;

/**
 * In the test site six subjects are critical: service:heat, zone:cc, zone:field,
 * connection:hist-repl, connection:jump-out and supplier:vendor (it supplies plc-1).
 */
class GovConcentratedAccountabilityTest {

    private final ConcentratedAccountability rule = new ConcentratedAccountability();

    private static String raci(String... accountableForHeatCcFieldHistRepl) {
        String[] a = accountableForHeatCcFieldHistRepl;
        return """
                responsibilities:
                  - {subject: service:heat, accountable: person:%s}
                  - {subject: zone:cc, accountable: person:%s}
                  - {subject: zone:field, accountable: person:%s}
                  - {subject: connection:hist-repl, accountable: person:%s}
                  - {subject: connection:jump-out, accountable: person:englead}
                  - {subject: supplier:vendor, accountable: person:buyer}
                """.formatted(a[0], a[1], a[2], a[3]);
    }

    /** A second critical service that needs the field zone's controllers too. */
    private static final String TWO_SERVICES = """
            services:
              - {id: steam, name: Process steam, impact: {supply: high}, requires: [asset:plc-1]}
            """;

    @Test
    void firesWhenOnePersonAnswersForMostCriticalSubjectsOfSeveralServices() {
        List<Finding> findings = run(rule, SITE, ORG, TWO_SERVICES, raci("opsmgr", "opsmgr", "opsmgr", "opsmgr"));
        assertThat(subjects(findings)).containsExactly(List.of("person:opsmgr"));
        assertThat(findings.get(0).explanation()).contains("service:heat", "connection:hist-repl");
    }

    @Test
    void aServiceWithItsOwnZonesIsLineAccountabilityNotConcentration() {
        // The head of operations accountable for the one critical service and the OT zones it needs.
        assertThat(run(rule, SITE, ORG, raci("opsmgr", "opsmgr", "opsmgr", "opsmgr"))).isEmpty();
    }

    @Test
    void silentAtHalfOrBelowThreeSubjects() {
        assertThat(runWellKept(rule)).isEmpty();
        assertThat(run(rule, SITE, ORG, raci("opsmgr", "opsmgr", "opsmgr", "englead"))).isEmpty();
        assertThat(run(rule, """
                organization:
                  units: [{id: ops, discipline: operations}]
                  people: [{id: boss, unit: ops}]
                services: [{id: s, impact: {supply: critical}, requires: [asset:a]}]
                zones: [{id: z, domain: ot, level: 1}]
                assets: [{id: a, type: plc, zone: z}]
                responsibilities:
                  - {subject: service:s, accountable: person:boss}
                  - {subject: zone:z, accountable: person:boss}
                """)).isEmpty();
    }
}
