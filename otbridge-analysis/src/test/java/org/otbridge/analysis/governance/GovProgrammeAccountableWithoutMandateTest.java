package org.otbridge.analysis.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.otbridge.analysis.governance.GovNoOtSecurityMandateTest.ORG_WITHOUT_MANDATE;
import static org.otbridge.analysis.governance.GovTesting.RACI;
import static org.otbridge.analysis.governance.GovTesting.SITE;
import static org.otbridge.analysis.governance.GovTesting.run;
import static org.otbridge.analysis.governance.GovTesting.runWellKept;
import static org.otbridge.analysis.governance.GovTesting.subjects;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.otbridge.analysis.Finding;
import org.otbridge.analysis.Severity;

class GovProgrammeAccountableWithoutMandateTest {

    private final ProgrammeAccountableWithoutMandate rule = new ProgrammeAccountableWithoutMandate();

    @Test
    void firesWhenTheAccountablePersonHasNoMandate() {
        List<Finding> findings = run(rule, SITE, ORG_WITHOUT_MANDATE, RACI);
        assertThat(subjects(findings)).containsExactly(List.of("program:ot-security", "person:otlead"));
        assertThat(findings.get(0).severity()).isEqualTo(Severity.MEDIUM);
        assertThat(findings.get(0).explanation()).contains("person:otlead (security)", "nobody holds that mandate");
    }

    @Test
    void firesForAnotherAccountablePartyThanTheMandateHolder() {
        List<Finding> findings = runWellKept(rule, """
                responsibilities:
                  - {subject: program:ot-security, accountable: [person:cio, unit:it]}
                """);
        assertThat(subjects(findings)).containsExactlyInAnyOrder(List.of("program:ot-security", "person:cio"),
                List.of("program:ot-security", "unit:it"));
        assertThat(findings).allSatisfy(f -> assertThat(f.explanation()).contains("held by person:otlead"));
        assertThat(findings).anySatisfy(f -> assertThat(f.explanation()).contains("a unit cannot hold a mandate"));
    }

    @Test
    void silentWhenTheMandateHolderIsAccountableOrThereIsNoLine() {
        assertThat(runWellKept(rule)).isEmpty();
        assertThat(run(rule, SITE, ORG_WITHOUT_MANDATE)).isEmpty();
    }
}
