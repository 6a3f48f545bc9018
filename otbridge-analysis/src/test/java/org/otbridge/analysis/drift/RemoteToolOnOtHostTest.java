package org.otbridge.analysis.drift;

import static org.assertj.core.api.Assertions.assertThat;
import static org.otbridge.analysis.drift.DriftTesting.keys;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.otbridge.analysis.Finding;
import org.otbridge.observe.inventory.Inventory;

class RemoteToolOnOtHostTest {

    private static final Inventory MIXED = DriftTesting.read(DriftTesting.MIXED_502);

    @Test
    void rdpFromTheInternetOnAnOtServer() {
        List<Finding> findings = DriftTesting.run(new RemoteToolOnOtHost(), DriftTesting.model(DriftTesting.PLANT), MIXED);
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(keys(f.subjects())).containsExactly("asset:gateway", "internet");
            assertThat(f.explanation()).contains("62.122.184.123 on the internet used rdp tcp/502 with asset:gateway",
                    "asset:gateway is in OT", "screen and mouse");
            assertThat(keys(f.services())).containsExactly("service:water");
        });
    }

    @Test
    void quietOnAHostOutsideOt() {
        assertThat(DriftTesting.run(new RemoteToolOnOtHost(), DriftTesting.model(DriftTesting.PLANT.replace(
                "{id: gateway, type: server, zone: ops", "{id: gateway, type: server, zone: dmz")), MIXED)).isEmpty();
    }

    @Test
    void quietWhenDeclaredForOtherRulesToJudge() {
        assertThat(DriftTesting.run(new RemoteToolOnOtHost(), DriftTesting.model(DriftTesting.PLANT, """
                connections:
                  - {id: vendor-rdp, from: internet, to: asset:gateway, protocol: rdp, ports: [502]}
                """), MIXED)).isEmpty();
    }
}
