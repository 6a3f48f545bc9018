package org.otbridge.analysis.drift;

import static org.assertj.core.api.Assertions.assertThat;
import static org.otbridge.analysis.drift.DriftTesting.keys;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.otbridge.analysis.Finding;
import org.otbridge.observe.inventory.Inventory;

class ProtocolOtherThanDeclaredTest {

    private static final Inventory DNP3 = DriftTesting.read(DriftTesting.DNP3);

    private static final String GRID = """
            zones:
              - {id: cc, domain: ot, level: 2}
              - {id: field, domain: ot, level: 1}
            assets:
              - {id: rtu-1, type: rtu, zone: field, ips: [10.10.20.8]}
              - {id: master, type: scada-server, zone: cc, ips: [10.10.20.5]}
            """;

    private static List<Finding> run(Inventory inventory, String... model) {
        return DriftTesting.run(new ProtocolOtherThanDeclared(), DriftTesting.model(model), inventory);
    }

    @Test
    void dnp3WhereIec104IsDeclared() {
        List<Finding> findings = run(DNP3, GRID, """
                connections:
                  - {id: master-rtu, from: asset:master, to: asset:rtu-1, protocol: iec104, ports: [2404]}
                """);
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(keys(f.subjects())).containsExactly("connection:master-rtu");
            assertThat(f.explanation()).contains("connection:master-rtu is declared as iec104 on port 2404 from "
                    + "asset:master to asset:rtu-1", "also carried dnp3 tcp/20000", "passes unreviewed");
        });
    }

    @Test
    void theRightProtocolOnAnotherPort() {
        assertThat(run(DNP3, GRID, """
                connections:
                  - {id: master-rtu, from: asset:master, to: asset:rtu-1, protocol: dnp3, ports: [20001]}
                """)).singleElement().satisfies(f -> assertThat(f.explanation()).contains("dnp3 tcp/20000"));
    }

    @Test
    void quietWhenProtocolAndPortFit() {
        assertThat(run(DNP3, GRID, """
                connections:
                  - {id: master-rtu, from: asset:master, to: asset:rtu-1, protocol: dnp3, ports: [20000]}
                """)).isEmpty();
    }

    @Test
    void quietForAFamilyAndForUnrecognisedTrafficOnTheDeclaredPort() {
        Inventory s7 = DriftTesting.read(DriftTesting.S7_PLUS);
        assertThat(s7.flows()).extracting(f -> f.protocol().yamlName()).contains("s7comm-plus", "s7comm", "other");
        assertThat(run(s7, """
                zones:
                  - {id: cell, domain: ot, flat: false}
                assets:
                  - {id: plc, type: plc, zone: cell, ips: [192.168.0.1]}
                  - {id: ews, type: engineering-workstation, zone: cell, ips: [192.168.0.3, 192.168.0.33]}
                connections:
                  - {id: ews-plc, from: asset:ews, to: asset:plc, protocol: s7, ports: [102]}
                """)).isEmpty();
    }

    @Test
    void aRemoteToolIsLeftToItsOwnRule() {
        List<Finding> findings = run(DriftTesting.read(DriftTesting.MIXED_502), DriftTesting.PLANT, """
                connections:
                  - {id: portal, from: internet, to: asset:gateway, protocol: https, ports: [502]}
                """);
        assertThat(findings).singleElement().satisfies(f -> assertThat(f.explanation())
                .contains("declared as https on port 502 from internet to asset:gateway", "http tcp/502")
                .doesNotContain("rdp"));
    }
}
