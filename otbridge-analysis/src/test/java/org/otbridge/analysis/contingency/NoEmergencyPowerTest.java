package org.otbridge.analysis.contingency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.otbridge.analysis.contingency.ContingencyTesting.keys;
import static org.otbridge.analysis.contingency.ContingencyTesting.run;
import static org.otbridge.analysis.contingency.ContingencyTesting.subjects;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.otbridge.analysis.Finding;

class NoEmergencyPowerTest {

    private final NoEmergencyPower rule = new NoEmergencyPower();

    private static final String MODEL = """
            zones:
              - {id: power, domain: ot, level: 3}
              - {id: cc, domain: ot, level: 2}
              - {id: ups-room, domain: ot, level: 2, requires: [asset:ups-2]}
            assets:
              - {id: ups-1, type: power-supply, zone: power}
              - {id: ups-2, type: power-supply, zone: power}
              - {id: fw, type: firewall, zone: cc}
              - {id: sw, type: switch, zone: cc, requires: [{any: [asset:ups-1, asset:ups-2]}]}
              - {id: rtr, type: router, zone: ups-room}
              - {id: plc, type: plc, zone: cc}
            services:
              - {id: heat, impact: {supply: high}, requires: [asset:fw, asset:sw, asset:rtr, asset:plc]}
            """;

    @Test
    void firesOnEssentialInfrastructureThatNeedsNoPowerSupply() {
        List<Finding> findings = run(rule, MODEL);
        assertThat(subjects(findings)).containsExactly(List.of("asset:fw"));
        assertThat(keys(findings.get(0).services())).containsExactly("service:heat");
        assertThat(findings.get(0).explanation()).contains("requires no power supply", "service:heat is lost at once");
    }

    @Test
    void silentWhenTheAssetOrItsZoneRequiresAPowerSupplyAndForOtherTypes() {
        assertThat(subjects(run(rule, MODEL))).doesNotContain(List.of("asset:sw"), List.of("asset:rtr"),
                List.of("asset:plc"));
    }
}
