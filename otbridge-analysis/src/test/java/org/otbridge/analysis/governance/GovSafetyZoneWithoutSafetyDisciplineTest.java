package org.otbridge.analysis.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.otbridge.analysis.governance.GovTesting.firstSubjects;
import static org.otbridge.analysis.governance.GovTesting.runWellKept;
import static org.otbridge.analysis.governance.GovZoneWithoutOneAccountablePersonTest.explanationOf;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.otbridge.analysis.Finding;

class GovSafetyZoneWithoutSafetyDisciplineTest {

    private final SafetyZoneWithoutSafetyDiscipline rule = new SafetyZoneWithoutSafetyDiscipline();

    @Test
    void firesOnSafetyZonesAndZonesWithSafetyFunctionsWithoutHse() {
        List<Finding> findings = runWellKept(rule, """
                zones:
                  - {id: sis2, domain: safety, level: 1}
                  - {id: plant, domain: ot, level: 1}
                assets:
                  - {id: bms, type: plc, zone: plant, usage: [safety-function]}
                responsibilities:
                  - {subject: zone:plant, accountable: person:plantmgr, responsible: [unit:ops], informed: [unit:hse]}
                """);
        assertThat(firstSubjects(findings)).containsExactlyInAnyOrder("zone:sis2", "zone:plant");
        assertThat(explanationOf(findings, "zone:plant")).contains("asset:bms", "person:plantmgr (operations)");
        assertThat(explanationOf(findings, "zone:sis2")).contains("is a safety zone", "nobody");
    }

    @Test
    void silentWhenSafetyIsConsultedOrTheZoneHasNoSafetyFunction() {
        assertThat(runWellKept(rule)).isEmpty();
    }
}
