package org.otbridge.analysis.contingency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.otbridge.analysis.contingency.ContingencyTesting.keys;
import static org.otbridge.analysis.contingency.ContingencyTesting.on;
import static org.otbridge.analysis.contingency.ContingencyTesting.run;
import static org.otbridge.analysis.contingency.ContingencyTesting.subjects;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.otbridge.analysis.Finding;
import org.otbridge.analysis.Severity;

class FallbackMissingOrNotExercisedTest {

    private final FallbackMissingOrNotExercised rule = new FallbackMissingOrNotExercised();

    private static final String MODEL = """
            zones:
              - {id: cc, domain: ot, level: 2}
            assets:
              - {id: scada-1, type: scada-server, zone: cc}
            services:
              - {id: none, impact: {supply: high}, max_tolerable_downtime: 2h, requires: [asset:scada-1]}
              - id: never
                impact: {supply: high}
                requires: [asset:scada-1]
                fallback: {description: Local panels, capacity: 50%, sustainable_for: 1d}
              - id: stale
                impact: {supply: critical}
                requires: [asset:scada-1]
                fallback: {description: Local panels. Crews on site., last_tested: 2025-11-25}
              - id: fresh
                impact: {supply: high}
                requires: [asset:scada-1]
                fallback: {description: Local panels, last_tested: 2025-11-26}
              - {id: minor, impact: {financial: medium}, requires: [asset:scada-1]}
            """;

    @Test
    void firesOnCriticalServicesWithoutFallbackOrWithAFallbackNotExercisedForTwelveMonths() {
        List<Finding> findings = run(rule, MODEL);
        assertThat(subjects(findings)).containsExactlyInAnyOrder(List.of("service:none"), List.of("service:never"),
                List.of("service:stale"));

        Finding none = on(findings, "service:none");
        assertThat(keys(none.services())).containsExactly("service:none");
        assertThat(none.explanation()).contains("has no fallback", "tolerates only 2h down", "asset:scada-1");
        assertThat(on(findings, "service:never").explanation()).contains("never been tested", "50% capacity",
                "sustainable for 1d");
        Finding stale = on(findings, "service:stale");
        assertThat(stale.explanation()).contains("last tested on 2025-11-25", "12 months", "\"Local panels\"");
        assertThat(stale.severity()).isEqualTo(Severity.CRITICAL);
        assertThat(none.severity()).isEqualTo(Severity.HIGH);
    }

    @Test
    void silentForAFallbackTestedWithinTwelveMonthsAndForServicesThatAreNotCritical() {
        List<Finding> findings = run(rule, MODEL);
        assertThat(subjects(findings)).doesNotContain(List.of("service:fresh"), List.of("service:minor"));
    }
}
