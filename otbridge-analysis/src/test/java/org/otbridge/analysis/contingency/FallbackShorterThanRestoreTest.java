package org.otbridge.analysis.contingency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.otbridge.analysis.contingency.ContingencyTesting.keys;
import static org.otbridge.analysis.contingency.ContingencyTesting.run;
import static org.otbridge.analysis.contingency.ContingencyTesting.subjects;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.otbridge.analysis.Finding;

class FallbackShorterThanRestoreTest {

    private final FallbackShorterThanRestore rule = new FallbackShorterThanRestore();

    private static String model(String distFallbackLasts) {
        return """
                zones:
                  - {id: cc, domain: ot, level: 2}
                suppliers:
                  - {id: vendor, support_sla: 3d, single_source: true}
                assets:
                  - id: fep
                    type: server
                    zone: cc
                    supplier: vendor
                    spares: {on_hand: 0, lead_time: 16w}
                    backup: {exists: true, last_restore_test: 2023-06-01}
                  - id: plc-1
                    type: plc
                    zone: cc
                    spares: {on_hand: 1, lead_time: 10w}
                    backup: {exists: true, last_restore_test: 2026-04-01}
                services:
                  - id: dist
                    impact: {supply: critical}
                    max_tolerable_downtime: 4h
                    requires: [asset:fep, asset:plc-1]
                    fallback: {description: Local automatic, capacity: 60%%, sustainable_for: %s}
                  - id: prod
                    impact: {supply: high}
                    requires: [asset:plc-1]
                    fallback: {description: Panels, sustainable_for: 3d}
                """.formatted(distFallbackLasts);
    }

    @Test
    void firesWhenTheFallbackRunsOutBeforeASinglePointOfFailureIsRestored() {
        List<Finding> findings = run(rule, model("12h"));
        assertThat(subjects(findings)).containsExactly(List.of("service:dist", "asset:fep"));
        Finding finding = findings.get(0);
        assertThat(keys(finding.services())).containsExactly("service:dist");
        assertThat(finding.explanation()).contains("lasts 12h", "asset:fep an estimated 16w 1d",
                "lead time 16w", "supplier:vendor support_sla 3d, single-source", "+1d assumed",
                "maximum tolerable downtime of 4h");
    }

    @Test
    void silentWhenTheFallbackOutlastsTheRestoreOrTheSpareIsOnTheShelf() {
        // prod: plc-1 has a spare on hand and a proven restore, so "only hours"
        assertThat(run(rule, model("20w"))).isEmpty();
    }
}
