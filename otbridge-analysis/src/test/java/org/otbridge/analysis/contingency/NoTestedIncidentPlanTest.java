package org.otbridge.analysis.contingency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.otbridge.analysis.contingency.ContingencyTesting.keys;
import static org.otbridge.analysis.contingency.ContingencyTesting.run;
import static org.otbridge.analysis.contingency.ContingencyTesting.subjects;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.otbridge.analysis.Finding;

class NoTestedIncidentPlanTest {

    private final NoTestedIncidentPlan rule = new NoTestedIncidentPlan();

    private static final String SITE = """
            zones:
              - {id: cc, domain: ot, level: 2}
            assets:
              - {id: plc, type: plc, zone: cc}
            services:
              - {id: heat, impact: {supply: high}, requires: [asset:plc]}
              - {id: grid, impact: {supply: critical}, requires: [asset:plc]}
            """;

    @Test
    void firesOnTheProgrammeWhenNoPlanIsDeclared() {
        List<Finding> findings = run(rule, SITE);
        assertThat(subjects(findings)).containsExactly(List.of("program:ot-security"));
        assertThat(keys(findings.get(0).services())).containsExactly("service:grid", "service:heat");
    }

    @Test
    void firesOnAPlanLastExercisedMoreThanFifteenMonthsAgo() {
        List<Finding> findings = run(rule, SITE + """
                controls:
                  - {id: ir-plan, kind: incident-plan, scope: ot, last_tested: 2024-02-01, description: IT table-top only.}
                """);
        assertThat(subjects(findings)).containsExactly(List.of("control:ir-plan"));
        assertThat(findings.get(0).explanation()).contains("last exercised on 2024-02-01", "33 months",
                "IT table-top only");
    }

    @Test
    void theCompanysItPlanAloneIsNoOtPlan() {
        List<Finding> findings = run(rule, SITE + """
                controls:
                  - {id: corp-ir, kind: incident-plan, scope: it, last_tested: 2026-10-01}
                """);
        assertThat(subjects(findings)).containsExactly(List.of("program:ot-security"));
        assertThat(findings.get(0).explanation()).contains("No OT incident response plan is declared "
                + "(a control of kind incident-plan). control:corp-ir is the company's IT plan (scope it)");
    }

    @Test
    void aControlThatOnlyMentionsAPlanInItsIdOrDescriptionIsNoPlan() {
        // Earlier versions guessed a plan from the words of a control's id and description.
        List<Finding> findings = run(rule, SITE + """
                controls:
                  - {id: ot-incident-plan, kind: other, last_tested: 2026-02-01,
                     description: Incident response plan with operations}
                """);
        assertThat(subjects(findings)).containsExactly(List.of("program:ot-security"));
    }

    @Test
    void silentForAPlanExercisedWithinFifteenMonthsOrWithoutCriticalServices() {
        assertThat(run(rule, SITE + """
                controls:
                  - {id: crisis-1, kind: incident-plan, last_tested: 2026-01-15,
                     description: OT incident response plan with operations and safety}
                """)).isEmpty();
        // The deprecated form of earlier versions still counts.
        assertThat(run(rule, SITE + """
                controls:
                  - {id: crisis-1, kind: other, name: ot-incident-plan, last_tested: 2026-01-15}
                """)).isEmpty();
        assertThat(run(rule, SITE.replace("supply: high", "supply: low").replace("supply: critical", "supply: low")))
                .isEmpty();
    }
}
