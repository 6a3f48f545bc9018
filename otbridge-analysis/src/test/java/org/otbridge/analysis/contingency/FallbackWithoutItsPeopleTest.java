package org.otbridge.analysis.contingency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.otbridge.analysis.contingency.ContingencyTesting.on;
import static org.otbridge.analysis.contingency.ContingencyTesting.run;
import static org.otbridge.analysis.contingency.ContingencyTesting.subjects;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.otbridge.analysis.Finding;

class FallbackWithoutItsPeopleTest {

    private final FallbackWithoutItsPeople rule = new FallbackWithoutItsPeople();

    /** Two critical services on one SCADA server; operations can call in eight people. */
    private static String site(String productionStaff, String distributionStaff) {
        return """
                organization:
                  units:
                    - {id: ops, discipline: operations, headcount: 8}
                    - {id: crew, discipline: operations, headcount: 3}
                zones: [{id: cc, domain: ot}]
                assets:
                  - {id: scada, type: scada-server, zone: cc}
                  - {id: plc-a, type: plc, zone: cc}
                  - {id: plc-b, type: plc, zone: cc}
                services:
                  - id: production
                    impact: {supply: critical}
                    requires: [asset:scada, asset:plc-a]
                    fallback: {description: Local panels, sustainable_for: 3d, last_tested: 2026-09-01,
                               staff: [%s]}
                  - id: distribution
                    impact: {supply: high}
                    requires: [asset:scada, asset:plc-b]
                    fallback: {description: Field patrols, sustainable_for: 12h, last_tested: 2026-09-01,
                               staff: [%s]}
                  - id: billing
                    impact: {financial: low}
                    requires: [asset:scada]
                    fallback: {description: Manual invoices, staff: [{unit: ops, count: 20}]}
                """.formatted(productionStaff, distributionStaff);
    }

    @Test
    void firesWhenTheFallbackNeedsMorePeopleThanTheUnitHasOrTheyNeverDrilledIt() {
        List<Finding> findings = run(rule, site("{unit: ops, count: 4, last_drilled: 2026-09-01}",
                "{unit: crew, count: 5, last_drilled: 2026-09-01}, {unit: ops, count: 1}"));
        assertThat(subjects(findings)).containsExactly(List.of("service:distribution", "unit:crew", "unit:ops"));
        assertThat(on(findings, "service:distribution").explanation()).contains(
                "it needs 5 of unit:crew, which can call in 3", "unit:ops never drilled it");
    }

    @Test
    void firesWhenOneFailureSendsTwoServicesToTheSameCrewAtOnce() {
        List<Finding> findings = run(rule, site("{unit: ops, count: 5, last_drilled: 2026-09-01}",
                "{unit: ops, count: 4, last_drilled: 2026-10-01}"));
        // Reported once, with the first of the two services in model order.
        assertThat(subjects(findings)).containsExactly(List.of("service:production", "unit:ops"));
        assertThat(findings.get(0).explanation()).contains("when asset:scada fails, service:production and "
                + "service:distribution fall back together and need 9 of unit:ops, which can call in 8");
    }

    @Test
    void firesOnADrillOlderThanAYear() {
        List<Finding> findings = run(rule, site("{unit: ops, count: 2, last_drilled: 2025-05-20}",
                "{unit: ops, count: 2, last_drilled: 2026-10-01}"));
        assertThat(on(findings, "service:production").explanation())
                .contains("unit:ops last drilled it on 2025-05-20, 18 months before 2026-11-26");
    }

    @Test
    void quietWhenTheCrewsSufficeAndHaveDrilledAndForServicesThatAreNotCriticalOrNameNobody() {
        assertThat(run(rule, site("{unit: ops, count: 4, last_drilled: 2026-09-01}",
                "{unit: crew, count: 3, last_drilled: 2026-02-01}"))).isEmpty();
        assertThat(run(rule, """
                zones: [{id: cc, domain: ot}]
                assets: [{id: scada, type: scada-server, zone: cc}]
                services:
                  - {id: heat, impact: {supply: critical}, requires: [asset:scada],
                     fallback: {description: Local panels, last_tested: 2020-01-01}}
                """)).as("a fallback that names no staff is OTB-CONT-001's matter").isEmpty();
    }
}
