package org.otbridge.analysis.contingency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.otbridge.analysis.contingency.ContingencyTesting.keys;
import static org.otbridge.analysis.contingency.ContingencyTesting.run;
import static org.otbridge.analysis.contingency.ContingencyTesting.subjects;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.otbridge.analysis.Finding;

class SinglePowerSupplyTest {

    private final SinglePowerSupply rule = new SinglePowerSupply();

    private static final String MODEL = """
            zones:
              - {id: cc, domain: ot, level: 2}
            assets:
              - {id: ups-a, name: Control room UPS A, type: power-supply, zone: cc}
              - {id: ups-b, type: power-supply, zone: cc}
              - {id: ups-c, type: power-supply, zone: cc}
              - {id: scada-a, type: scada-server, zone: cc, requires: [asset:ups-a]}
              - {id: scada-b, type: scada-server, zone: cc, requires: [asset:ups-a]}
              - {id: fep, type: server, zone: cc, requires: [asset:ups-a]}
              - {id: sw, type: switch, zone: cc, requires: [{any: [asset:ups-b, asset:ups-c]}]}
            services:
              - id: dist
                impact: {supply: critical}
                requires: [{any: [asset:scada-a, asset:scada-b]}, asset:fep, asset:sw]
                fallback: {description: Local automatic, capacity: 60%, sustainable_for: 12h}
            """;

    @Test
    void firesOnAPowerSupplyThatIsASinglePointOfFailureAndNamesWhatItFeeds() {
        List<Finding> findings = run(rule, MODEL);
        assertThat(subjects(findings)).containsExactly(List.of("asset:ups-a"));
        Finding ups = findings.get(0);
        assertThat(keys(ups.services())).containsExactly("service:dist");
        assertThat(ups.explanation()).contains("asset:ups-a (Control room UPS A) feeds asset:scada-a, asset:scada-b "
                + "and asset:fep", "service:dist runs on its fallback (60% capacity for 12h), then is lost");
    }

    @Test
    void silentForRedundantPowerSupplies() {
        assertThat(subjects(run(rule, MODEL))).doesNotContain(List.of("asset:ups-b"), List.of("asset:ups-c"));
    }
}
