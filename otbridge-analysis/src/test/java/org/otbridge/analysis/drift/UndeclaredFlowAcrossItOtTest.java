package org.otbridge.analysis.drift;

import static org.assertj.core.api.Assertions.assertThat;
import static org.otbridge.analysis.drift.DriftTesting.keys;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.otbridge.analysis.Finding;
import org.otbridge.analysis.Severity;
import org.otbridge.observe.inventory.Inventory;

class UndeclaredFlowAcrossItOtTest {

    private static final Inventory MIXED = DriftTesting.read(DriftTesting.MIXED_502);

    private static List<Finding> run(String... model) {
        return DriftTesting.run(new UndeclaredFlowAcrossItOt(), DriftTesting.model(model), MIXED);
    }

    @Test
    void anOfficePcPollingAPlcAndTheInternetReachingAnOtServerAreUndeclaredPathsIntoOt() {
        List<Finding> findings = run(DriftTesting.PLANT, """
                assets:
                  - {id: office-pc, type: workstation, zone: office, ips: [10.0.0.9]}
                """);
        Finding office = findings.stream().filter(f -> f.subjects().get(0).key().equals("asset:plc-1")).findFirst()
                .orElseThrow();
        assertThat(keys(office.subjects())).containsExactly("asset:plc-1", "asset:office-pc");
        assertThat(keys(office.services())).containsExactly("service:water");
        assertThat(office.severity()).as("high, raised for a critical service").isEqualTo(Severity.CRITICAL);
        assertThat(office.explanation()).contains("asset:office-pc (10.0.0.9) opened modbus tcp/502 to asset:plc-1",
                "from IT into OT", "no declared connection accounts for it", "a path into the plant that nobody manages");

        Finding internet = findings.stream().filter(f -> keys(f.subjects()).equals(List.of("asset:gateway", "internet")))
                .findFirst().orElseThrow();
        assertThat(internet.explanation()).contains("on the internet opened", "tls tcp/502", "http tcp/502",
                "from outside into OT")
                .as("the RDP session is the remote-tool rule's").doesNotContain("rdp", "62.122.184.123");
        assertThat(findings).as("the unlisted host 192.168.10.113 sits in zone:ops by its subnet")
                .anySatisfy(f -> assertThat(keys(f.subjects())).containsExactly("zone:ops", "internet"));
        assertThat(findings).hasSize(3);
    }

    @Test
    void quietWhenEveryPathIsDeclared() {
        List<Finding> findings = run(DriftTesting.PLANT, """
                assets:
                  - {id: office-pc, type: workstation, zone: office, ips: [10.0.0.9]}
                  - {id: spare, type: server, zone: ops, ips: [192.168.10.113]}
                connections:
                  - {id: office-plc, from: asset:office-pc, to: asset:plc-1, protocol: modbus, ports: [502]}
                  - {id: web, from: internet, to: zone:ops, ports: [502]}
                """);
        assertThat(findings).isEmpty();
    }

    @Test
    void quietWhenTheOtherEndIsAlsoInOt() {
        List<Finding> findings = run(DriftTesting.PLANT, """
                assets:
                  - {id: ews, type: engineering-workstation, zone: ops, ips: [10.0.0.9]}
                connections:
                  - {id: web, from: internet, to: zone:ops}
                """);
        assertThat(findings).isEmpty();
    }

    @Test
    void aConnectionDeclaredTheOtherWayRoundDoesNotAccountForIt() {
        List<Finding> findings = run(DriftTesting.PLANT, """
                assets:
                  - {id: office-pc, type: workstation, zone: office, ips: [10.0.0.9]}
                connections:
                  - {id: plc-report, from: asset:office-pc, to: asset:plc-1, protocol: modbus, initiator: to}
                """);
        assertThat(findings).anySatisfy(f -> {
            assertThat(keys(f.subjects())).containsExactly("asset:plc-1", "asset:office-pc");
            assertThat(f.explanation()).contains("connection:plc-report joins these ends, but the model has the other "
                    + "side open it");
        });
    }
}
