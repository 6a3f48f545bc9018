package org.otbridge.analysis.drift;

import static org.assertj.core.api.Assertions.assertThat;
import static org.otbridge.analysis.drift.DriftTesting.keys;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.otbridge.analysis.Finding;
import org.otbridge.analysis.Severity;
import org.otbridge.observe.inventory.Inventory;

class CommandFromUnexpectedHostTest {

    private static final Inventory MIXED = DriftTesting.read(DriftTesting.MIXED_502);
    private static final Inventory DNP3 = DriftTesting.read(DriftTesting.DNP3);

    private static final String GRID = """
            services:
              - {id: power, name: Power distribution, impact: {supply: high}, requires: [asset:rtu-1]}
            zones:
              - {id: cc, name: Control centre, domain: ot, level: 2}
              - {id: field, name: Substation, domain: ot, level: 1}
            assets:
              - {id: rtu-1, type: rtu, zone: field, ips: [10.10.20.8]}
            connections:
              - {id: master-rtu, from: asset:master, to: asset:rtu-1, protocol: dnp3, ports: [20000]}
            """;

    @Test
    void modbusWritesFromAnOfficeWorkstationToAPlc() {
        List<Finding> findings = DriftTesting.run(new CommandFromUnexpectedHost(), DriftTesting.model(DriftTesting.PLANT,
                """
                assets:
                  - {id: office-pc, type: workstation, zone: office, ips: [10.0.0.9]}
                """), MIXED);
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(keys(f.subjects())).containsExactly("asset:plc-1", "asset:office-pc");
            assertThat(f.explanation()).contains("asset:office-pc (10.0.0.9) sent 3 writes over modbus tcp/502 to "
                    + "asset:plc-1", "declares asset:office-pc as a workstation", "move the process");
            assertThat(f.severity()).isEqualTo(Severity.CRITICAL);
            assertThat(f.references()).anyMatch(r -> r.startsWith("ATT&CK ICS T0855"));
        });
    }

    @Test
    void dnp3OperateFromAHistorian() {
        List<Finding> findings = DriftTesting.run(new CommandFromUnexpectedHost(), DriftTesting.model(GRID, """
                assets:
                  - {id: master, type: historian, zone: cc, ips: [10.10.20.5]}
                """), DNP3);
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(keys(f.subjects())).containsExactly("asset:rtu-1", "asset:master");
            assertThat(f.explanation()).contains("sent 267 commands over dnp3 tcp/20000", "as a historian");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"engineering-workstation", "scada-server", "hmi", "rtu"})
    void quietFromHostsWhoseJobItIs(String type) {
        assertThat(DriftTesting.run(new CommandFromUnexpectedHost(), DriftTesting.model(GRID,
                "assets:\n  - {id: master, type: " + type + ", zone: cc, ips: [10.10.20.5]}\n"), DNP3)).isEmpty();
    }

    @Test
    void commandsBetweenHostsTheModelDoesNotKnowAreAboutTheInventory() {
        List<Finding> findings = DriftTesting.run(new CommandFromUnexpectedHost(), DriftTesting.model("""
                zones:
                  - {id: cc, domain: ot}
                """), DNP3);
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(keys(f.subjects())).containsExactly("program:ot-security");
            assertThat(f.explanation()).contains("10.10.20.5, a host the model does not list", "267 commands",
                    "The model does not list 10.10.20.5 at all");
        });
    }

    @Test
    void loopbackWritesAreNoHostCommandingAnother() {
        Inventory modbus = DriftTesting.read(DriftTesting.MODBUS);
        assertThat(modbus.flows()).anySatisfy(f -> assertThat(f.operations().write()).isPositive());
        assertThat(DriftTesting.run(new CommandFromUnexpectedHost(), DriftTesting.model("""
                zones:
                  - {id: cc, domain: ot}
                assets:
                  - {id: hmi, type: hmi, zone: cc, ips: [192.168.1.6]}
                """), modbus)).isEmpty();
    }
}
