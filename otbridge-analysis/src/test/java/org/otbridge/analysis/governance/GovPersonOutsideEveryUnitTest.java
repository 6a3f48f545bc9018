package org.otbridge.analysis.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.otbridge.analysis.governance.GovTesting.runWellKept;
import static org.otbridge.analysis.governance.GovTesting.subjects;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.otbridge.analysis.Finding;

class GovPersonOutsideEveryUnitTest {

    private final PersonOutsideEveryUnit rule = new PersonOutsideEveryUnit();

    @Test
    void firesOnAPersonInNoUnitNamedInResponsibilities() {
        List<Finding> findings = runWellKept(rule, """
                organization:
                  people:
                    - {id: consultant, name: External consultant}
                responsibilities:
                  - {subject: zone:cc, consulted: [person:consultant]}
                  - {subject: connection:fieldbus, informed: [person:consultant]}
                """);
        assertThat(subjects(findings)).containsExactly(List.of("person:consultant"));
        assertThat(findings.get(0).explanation()).contains("zone:cc and connection:fieldbus");
    }

    @Test
    void silentWhenEveryoneNamedBelongsToAUnit() {
        assertThat(runWellKept(rule)).isEmpty();
        assertThat(runWellKept(rule, """
                organization:
                  people:
                    - {id: retired, name: Named nowhere}
                """)).isEmpty();
    }
}
