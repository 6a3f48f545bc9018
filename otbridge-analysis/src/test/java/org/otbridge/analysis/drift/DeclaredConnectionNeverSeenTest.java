package org.otbridge.analysis.drift;

import static org.assertj.core.api.Assertions.assertThat;
import static org.otbridge.analysis.drift.DriftTesting.keys;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.otbridge.analysis.Finding;
import org.otbridge.model.Model;
import org.otbridge.observe.inventory.Inventory;

class DeclaredConnectionNeverSeenTest {

    private static final Inventory MIXED = DriftTesting.read(DriftTesting.MIXED_502);

    @Test
    void aConnectionBetweenTwoHostsTheCaptureSawThatNeverShowed() {
        List<Finding> findings = DriftTesting.run(new DeclaredConnectionNeverSeen(), DriftTesting.model(DriftTesting.PLANT,
                """
                connections:
                  - {id: gw-plc, from: asset:gateway, to: asset:plc-1, protocol: opcua, ports: [4840], always_on: true}
                """), MIXED);
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(keys(f.subjects())).containsExactly("connection:gw-plc");
            assertThat(f.explanation()).contains("connection:gw-plc (opcua on port 4840 from asset:gateway to "
                    + "asset:plc-1, declared always on) was not seen in", "days of traffic read from 1 input",
                    "although the traffic shows both asset:gateway and asset:plc-1", "standing access nobody uses");
        });
    }

    @Test
    void quietWhenTheCaptureSawNothingOfAnEnd() {
        Model model = DriftTesting.model(DriftTesting.PLANT, """
                zones:
                  - {id: north, domain: ot}
                assets:
                  - {id: plc-2, type: plc, zone: north, ips: [10.9.9.9]}
                suppliers:
                  - {id: vendor}
                connections:
                  - {id: gw-plc2, from: asset:gateway, to: asset:plc-2, protocol: opcua}
                  - {id: gw-north, from: asset:gateway, to: zone:north, protocol: opcua}
                  - {id: usb, from: removable-media, to: asset:plc-1}
                """);
        assertThat(DriftTesting.run(new DeclaredConnectionNeverSeen(), model, MIXED)).isEmpty();
        DriftResult drift = DriftTesting.drift(model, MIXED);
        assertThat(drift.connections()).extracting(c -> c.connection().key()).containsExactly("connection:gw-plc2",
                "connection:gw-north");
        assertThat(drift.connections()).allSatisfy(c -> assertThat(c.status()).isEqualTo(ConnectionStatus.NOT_COVERED));
        assertThat(drift.connections().get(0).unseen()).extracting(r -> r.key()).containsExactly("asset:plc-2");
        assertThat(drift.connections().get(1).unseen()).extracting(r -> r.key()).containsExactly("zone:north");
    }

    @Test
    void quietWhenSeen() {
        assertThat(DriftTesting.run(new DeclaredConnectionNeverSeen(), DriftTesting.model("""
                zones:
                  - {id: cc, domain: ot}
                  - {id: field, domain: ot}
                assets:
                  - {id: rtu-1, type: rtu, zone: field, ips: [10.10.20.8]}
                  - {id: master, type: scada-server, zone: cc, ips: [10.10.20.5]}
                connections:
                  - {id: master-rtu, from: asset:master, to: asset:rtu-1, protocol: dnp3}
                """), DriftTesting.read(DriftTesting.DNP3))).isEmpty();
    }
}
