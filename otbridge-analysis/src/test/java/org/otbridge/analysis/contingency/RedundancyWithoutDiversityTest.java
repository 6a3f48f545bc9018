package org.otbridge.analysis.contingency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.otbridge.analysis.contingency.ContingencyTesting.keys;
import static org.otbridge.analysis.contingency.ContingencyTesting.on;
import static org.otbridge.analysis.contingency.ContingencyTesting.run;
import static org.otbridge.analysis.contingency.ContingencyTesting.subjects;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.otbridge.analysis.Finding;

class RedundancyWithoutDiversityTest {

    private final RedundancyWithoutDiversity rule = new RedundancyWithoutDiversity();

    private static final String MODEL = """
            zones:
              - {id: cc, domain: ot, level: 2}
            assets:
              - {id: scada-a, type: scada-server, zone: cc, vendor: Siemens, product: WinCC OA, version: "3.18"}
              - {id: scada-b, type: scada-server, zone: cc, vendor: Siemens, product: WinCC OA, version: "3.18"}
              - {id: hmi-1, type: hmi, zone: cc, vendor: Siemens, product: WinCC OA UI, version: "3.18",
                 requires: [{any: [asset:scada-a, asset:scada-b]}]}
              - {id: hmi-2, type: hmi, zone: cc, vendor: Siemens, product: WinCC OA UI, version: "3.19",
                 requires: [{any: [asset:scada-a, asset:scada-b]}]}
              - {id: rtu-1, type: rtu, zone: cc, vendor: Telemetrik, product: TR-3000, version: "2.1"}
              - {id: rtu-2, type: rtu, zone: cc, vendor: Telemetrik, product: TR-3000, version: "2.1"}
              - {id: rtu-3, type: rtu, zone: cc, vendor: Telemetrik, product: TR-3000, version: "2.1"}
              - {id: ups-a, type: power-supply, zone: cc}
              - {id: ups-b, type: power-supply, zone: cc}
              - {id: lab-a, type: plc, zone: cc, product: S7-1500, version: "2.9"}
              - {id: lab-b, type: plc, zone: cc, product: S7-1500, version: "2.9"}
            services:
              - id: heat
                impact: {supply: critical}
                requires:
                  - {any: [asset:hmi-1, asset:hmi-2]}
                  - {at_least: 2, of: [asset:rtu-1, asset:rtu-2, asset:rtu-3]}
                  - {any: [asset:ups-a, asset:ups-b]}
              - {id: lab, impact: {financial: low}, requires: [{any: [asset:lab-a, asset:lab-b]}]}
            """;

    @Test
    void firesOnRedundantGroupsOfIdenticalAssetsWhoseCommonFailureStopsACriticalService() {
        List<Finding> findings = run(rule, MODEL);
        assertThat(subjects(findings)).containsExactlyInAnyOrder(List.of("asset:scada-a", "asset:scada-b"),
                List.of("asset:rtu-1", "asset:rtu-2", "asset:rtu-3"));
        Finding scada = on(findings, "asset:scada-a");
        assertThat(keys(scada.services())).containsExactly("service:heat");
        assertThat(scada.explanation()).contains("in the requires of asset:hmi-1", "Siemens WinCC OA 3.18",
                "service:heat is lost at once");
    }

    @Test
    void silentForDiverseVersionsUndeclaredVersionsAndGroupsNoCriticalServiceNeeds() {
        assertThat(subjects(run(rule, MODEL))).doesNotContain(List.of("asset:hmi-1", "asset:hmi-2"),
                List.of("asset:ups-a", "asset:ups-b"), List.of("asset:lab-a", "asset:lab-b"));
    }
}
