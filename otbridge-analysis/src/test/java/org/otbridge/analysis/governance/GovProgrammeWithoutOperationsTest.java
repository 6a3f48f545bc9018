package org.otbridge.analysis.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.otbridge.analysis.governance.GovTesting.ORG;
import static org.otbridge.analysis.governance.GovTesting.RACI;
import static org.otbridge.analysis.governance.GovTesting.SITE;
import static org.otbridge.analysis.governance.GovTesting.run;
import static org.otbridge.analysis.governance.GovTesting.runWellKept;

import org.junit.jupiter.api.Test;
import org.otbridge.analysis.Severity;

class GovProgrammeWithoutOperationsTest {

    private final ProgrammeWithoutOperations rule = new ProgrammeWithoutOperations();

    @Test
    void firesWhenOnlySecurityAndItRunTheProgramme() {
        String raci = RACI.replace("consulted: [unit:ops, unit:eng, unit:it], informed: [unit:mgmt]",
                "consulted: [unit:it], informed: [unit:ops]");
        assertThat(raci).isNotEqualTo(RACI);
        assertThat(run(rule, SITE, ORG, raci)).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.LOW);
            assertThat(f.explanation()).contains("person:otlead (security)", "unit:it (IT)",
                    "neither operations nor engineering");
        });
    }

    @Test
    void firesWithoutAProgrammeLine() {
        assertThat(run(rule, SITE, ORG)).singleElement()
                .satisfies(f -> assertThat(f.explanation()).contains("No responsibility line names program:ot-security"));
    }

    @Test
    void silentWhenOperationsTakesPart() {
        assertThat(runWellKept(rule)).isEmpty();
    }
}
