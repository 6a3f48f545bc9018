package org.otbridge.analysis.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.otbridge.analysis.governance.GovTesting.firstSubjects;
import static org.otbridge.analysis.governance.GovTesting.runWellKept;
import static org.otbridge.analysis.governance.GovZoneWithoutOneAccountablePersonTest.explanationOf;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.otbridge.analysis.Finding;

class GovSupplierWithoutOneAccountablePersonTest {

    private final SupplierWithoutOneAccountablePerson rule = new SupplierWithoutOneAccountablePerson();

    @Test
    void firesOnSuppliersWithoutOrWithSeveralAccountables() {
        List<Finding> findings = runWellKept(rule, """
                suppliers:
                  - {id: parts, name: Parts, contract_owner: person:buyer}
                  - {id: msp, name: IT service provider, contract_owner: person:cio}
                  - {id: adhoc, name: Ad-hoc consultant}
                responsibilities:
                  - {subject: supplier:msp, accountable: [person:cio, person:buyer]}
                """);
        assertThat(firstSubjects(findings)).containsExactlyInAnyOrder("supplier:parts", "supplier:msp",
                "supplier:adhoc");
        assertThat(explanationOf(findings, "supplier:parts")).contains("person:buyer owns the contract");
        assertThat(explanationOf(findings, "supplier:msp")).contains("2 parties").doesNotContain("owns the contract");
        assertThat(explanationOf(findings, "supplier:adhoc")).contains("no contract owner");
    }

    @Test
    void silentWhenEverySupplierHasOneAccountablePerson() {
        assertThat(runWellKept(rule)).isEmpty();
    }
}
