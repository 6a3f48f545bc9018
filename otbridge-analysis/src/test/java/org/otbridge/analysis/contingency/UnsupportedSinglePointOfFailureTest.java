package org.otbridge.analysis.contingency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.otbridge.analysis.contingency.ContingencyTesting.keys;
import static org.otbridge.analysis.contingency.ContingencyTesting.run;
import static org.otbridge.analysis.contingency.ContingencyTesting.subjects;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.otbridge.analysis.Finding;

class UnsupportedSinglePointOfFailureTest {

    private final UnsupportedSinglePointOfFailure rule = new UnsupportedSinglePointOfFailure();

    private static final String MODEL = """
            zones:
              - {id: cc, domain: ot, level: 2}
            assets:
              - {id: fep, type: server, zone: cc, product: TeleNet FEP on Windows Server 2012 R2, end_of_support: 2023-10-10}
              - {id: hmi-old, type: hmi, zone: cc, end_of_support: 2020-01-14}
              - {id: hmi-new, type: hmi, zone: cc}
              - {id: plc, type: plc, zone: cc, end_of_support: 2027-01-01}
              - {id: rtu, type: rtu, zone: cc, end_of_support: 2026-11-26}
            services:
              - id: dist
                impact: {supply: critical}
                requires: [asset:fep, {any: [asset:hmi-old, asset:hmi-new]}, asset:plc, asset:rtu]
            """;

    @Test
    void firesOnASinglePointOfFailurePastItsEndOfSupport() {
        List<Finding> findings = run(rule, MODEL);
        assertThat(subjects(findings)).containsExactly(List.of("asset:fep"));
        Finding fep = findings.get(0);
        assertThat(keys(fep.services())).containsExactly("service:dist");
        assertThat(fep.explanation()).contains("TeleNet FEP on Windows Server 2012 R2", "out of support on 2023-10-10",
                "37 months before 2026-11-26", "service:dist is lost at once");
    }

    @Test
    void silentForRedundantOrStillSupportedAssets() {
        // hmi-old is redundant; plc is supported until 2027; rtu's support ends today, not before
        assertThat(subjects(run(rule, MODEL))).doesNotContain(List.of("asset:hmi-old"), List.of("asset:plc"),
                List.of("asset:rtu"));
    }
}
