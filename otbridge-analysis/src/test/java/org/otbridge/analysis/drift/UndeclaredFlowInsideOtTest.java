package org.otbridge.analysis.drift;

import static org.assertj.core.api.Assertions.assertThat;
import static org.otbridge.analysis.drift.DriftTesting.keys;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.otbridge.analysis.Finding;
import org.otbridge.observe.inventory.Inventory;

class UndeclaredFlowInsideOtTest {

    private static final Inventory DNP3 = DriftTesting.read(DriftTesting.DNP3);

    private static final String GRID = """
            zones:
              - {id: cc, name: Control centre, domain: ot, level: 2}
              - {id: field, name: Substation, domain: ot, level: 1}
              - {id: office, name: Office, domain: it, level: 4}
            assets:
              - {id: rtu-1, type: rtu, zone: field, ips: [10.10.20.8]}
            """;

    private static List<Finding> run(String... model) {
        return DriftTesting.run(new UndeclaredFlowInsideOt(), DriftTesting.model(model), DNP3);
    }

    @Test
    void aMasterPollingAnRtuInAnotherZoneWithoutAConnection() {
        List<Finding> findings = run(GRID, "assets:\n  - {id: master, type: scada-server, zone: cc, ips: [10.10.20.5]}\n");
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(keys(f.subjects())).containsExactly("asset:rtu-1", "asset:master");
            assertThat(f.explanation()).contains("asset:master (10.10.20.5) opened dnp3 tcp/20000 to asset:rtu-1",
                    "834 packets in 11 connections", "no flat zone holds both", "misses a dependency");
        });
    }

    @Test
    void aConnectionThatTheRtuShouldOpenIsSeenOpenedByTheMaster() {
        List<Finding> findings = run(GRID, """
                assets:
                  - {id: master, type: scada-server, zone: cc, ips: [10.10.20.5]}
                connections:
                  - {id: rtu-push, from: asset:rtu-1, to: asset:master, protocol: dnp3}
                """);
        assertThat(findings).singleElement().satisfies(f -> assertThat(f.explanation())
                .contains("connection:rtu-push joins these ends, but the model has the other side open it"));
    }

    @Test
    void quietWhenDeclaredInEitherDirectionOrByZone() {
        assertThat(run(GRID, """
                assets:
                  - {id: master, type: scada-server, zone: cc, ips: [10.10.20.5]}
                connections:
                  - {id: rtu-both, from: asset:rtu-1, to: asset:master, protocol: dnp3, initiator: both}
                """)).isEmpty();
        assertThat(run(GRID, """
                assets:
                  - {id: master, type: scada-server, zone: cc, ips: [10.10.20.5]}
                connections:
                  - {id: cc-field, from: zone:cc, to: zone:field, protocol: dnp3, ports: [20000]}
                """)).isEmpty();
    }

    @Test
    void quietInsideAFlatZone() {
        assertThat(run(GRID, "assets:\n  - {id: master, type: scada-server, zone: field, ips: [10.10.20.5]}\n")).isEmpty();
    }

    @Test
    void quietWhenOneEndIsOutsideOtWhichIsTheCrossingRule() {
        Inventory inventory = DNP3;
        var model = DriftTesting.model(GRID, "assets:\n  - {id: master, type: scada-server, zone: office, ips: [10.10.20.5]}\n");
        assertThat(DriftTesting.run(new UndeclaredFlowInsideOt(), model, inventory)).isEmpty();
        assertThat(DriftTesting.run(new UndeclaredFlowAcrossItOt(), model, inventory)).hasSize(1);
    }
}
