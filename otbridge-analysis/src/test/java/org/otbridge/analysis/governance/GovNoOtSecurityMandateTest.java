package org.otbridge.analysis.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.otbridge.analysis.governance.GovTesting.ORG;
import static org.otbridge.analysis.governance.GovTesting.RACI;
import static org.otbridge.analysis.governance.GovTesting.SITE;
import static org.otbridge.analysis.governance.GovTesting.run;
import static org.otbridge.analysis.governance.GovTesting.runWellKept;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.otbridge.analysis.Finding;
import org.otbridge.analysis.Severity;
import org.otbridge.model.Ref;

class GovNoOtSecurityMandateTest {

    static final String ORG_WITHOUT_MANDATE = ORG.replace(", mandate: [program:ot-security]", "");

    private final NoOtSecurityMandate rule = new NoOtSecurityMandate();

    @Test
    void firesWhenNobodyHoldsTheMandateEvenWithARaciLine() {
        List<Finding> findings = run(rule, SITE, ORG_WITHOUT_MANDATE, RACI);
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.subjects()).extracting(Ref::key).containsExactly("program:ot-security");
            assertThat(f.severity()).isEqualTo(Severity.HIGH);
            assertThat(f.services()).extracting(Ref::key).containsExactly("service:billing", "service:heat");
            assertThat(f.explanation()).contains("person:otlead", "not a mandate", "service:heat");
        });
    }

    @Test
    void firesWithoutAnyProgrammeLine() {
        assertThat(run(rule, SITE, ORG_WITHOUT_MANDATE)).singleElement()
                .satisfies(f -> assertThat(f.explanation()).contains("no responsibility line names the programme"));
    }

    @Test
    void silentWhenSomeoneHoldsTheMandate() {
        assertThat(runWellKept(rule)).isEmpty();
        // Whoever is accountable in the chart, the mandate exists (OTB-GOV-018 judges the chart).
        assertThat(run(rule, SITE, ORG)).isEmpty();
    }
}
