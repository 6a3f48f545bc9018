package org.otbridge.analysis.drift;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.otbridge.model.Connection;
import org.otbridge.model.Initiator;
import org.otbridge.model.Model;
import org.otbridge.model.Protocol;
import org.otbridge.model.Ref;
import org.otbridge.model.RefKind;
import org.otbridge.observe.draft.ModelDraft;
import org.otbridge.observe.inventory.Flow;
import org.otbridge.observe.inventory.Inventory;
import org.otbridge.observe.inventory.Operations;
import org.otbridge.observe.inventory.PortSet;
import org.otbridge.observe.inventory.Transport;

/** How observed hosts and flows are matched to the model (docs/drift.md, "Matching"). */
class DriftAnalyzerTest {

    private static final Inventory DNP3 = DriftTesting.read(DriftTesting.DNP3);

    private static final String GRID = """
            zones:
              - {id: cc, domain: ot, level: 2}
              - {id: field, domain: ot, level: 1}
            assets:
              - {id: rtu-1, type: rtu, zone: field, ips: [10.10.20.8]}
            """;

    private static ObservedFlow onlyFlow(String... model) {
        DriftResult drift = DriftTesting.drift(DriftTesting.model(model), DNP3);
        assertThat(drift.flows()).hasSize(1);
        return drift.flows().get(0);
    }

    @Test
    void aHostIsTheAssetThatListsAnyOfItsAddresses() {
        ObservedFlow flow = onlyFlow(GRID, """
                assets:
                  - {id: master, type: scada-server, zone: cc, ips: [10.10.99.1, 10.10.20.5]}
                """);
        assertThat(flow.client().asset().key()).isEqualTo("asset:master");
        assertThat(flow.server().asset().key()).isEqualTo("asset:rtu-1");
    }

    @Test
    void anExactAddressWinsOverAPrefixAndTheNarrowestPrefixOverAWiderOne() {
        DriftResult drift = DriftTesting.drift(DriftTesting.model(GRID, """
                assets:
                  - {id: wide, type: server, zone: cc, ips: [10.10.0.0/16]}
                  - {id: narrow, type: scada-server, zone: cc, ips: [10.10.20.0/29]}
                  - {id: rtu-2, type: rtu, zone: field, ips: [10.10.20.0/24]}
                """), DNP3);
        assertThat(drift.hosts()).extracting(h -> h.endpoint().asset().key())
                .containsExactly("asset:narrow", "asset:rtu-1");
    }

    @Test
    void aLayer2DeviceIsTheAssetThatListsItsMac() {
        DriftResult drift = DriftTesting.drift(DriftTesting.model("""
                zones:
                  - {id: cell, domain: ot}
                assets:
                  - {id: io-1, type: plc, zone: cell, macs: ["00:1B:1B:02:9A:C3"]}
                """), DriftTesting.read("iti/PROFINET-RT.pcap"));
        assertThat(drift.hosts()).hasSize(11);
        assertThat(drift.hosts()).filteredOn(h -> !h.undeclared()).singleElement()
                .satisfies(h -> assertThat(h.address()).isEqualTo("00:1b:1b:02:9a:c3"));
        assertThat(drift.flows()).as("layer-2 flows have no ports or zones to judge").isEmpty();
        assertThat(drift.hosts()).allMatch(ObservedHost::touchesOt);
    }

    @Test
    void aZoneEndFitsEveryAssetInTheZoneAndAnUnlistedHostOfItsSubnet() {
        ObservedFlow flow = onlyFlow("""
                zones:
                  - {id: cc, domain: ot, level: 2}
                  - {id: field, domain: ot, level: 1}
                assets:
                  - {id: rtu-9, type: rtu, zone: field, ips: [10.10.20.9]}
                  - {id: master, type: scada-server, zone: cc, ips: [10.10.20.5]}
                connections:
                  - {id: cc-field, from: zone:cc, to: zone:field, protocol: dnp3}
                """);
        assertThat(flow.server().kind()).isEqualTo(Endpoint.Kind.HOST);
        assertThat(flow.server().zoneInferred()).isTrue();
        assertThat(flow.status()).isEqualTo(FlowStatus.DECLARED);
        assertThat(flow.connection().key()).isEqualTo("connection:cc-field");
    }

    @Test
    void theInitiatorDecidesWhichSideMayOpen() {
        String master = "assets:\n  - {id: master, type: scada-server, zone: cc, ips: [10.10.20.5]}\n";
        for (String initiator : List.of("from", "to", "both")) {
            String forward = "connections:\n  - {id: c, from: asset:master, to: asset:rtu-1, protocol: dnp3, initiator: "
                    + initiator + "}\n";
            String backward = "connections:\n  - {id: c, from: asset:rtu-1, to: asset:master, protocol: dnp3, initiator: "
                    + initiator + "}\n";
            assertThat(onlyFlow(GRID, master, forward).status()).as("master to rtu, %s opens", initiator)
                    .isEqualTo(initiator.equals("to") ? FlowStatus.REVERSED : FlowStatus.DECLARED);
            assertThat(onlyFlow(GRID, master, backward).status()).as("rtu to master, %s opens", initiator)
                    .isEqualTo(initiator.equals("from") ? FlowStatus.REVERSED : FlowStatus.DECLARED);
        }
    }

    @Test
    void everySeenConnectionThatFitsIsCountedNotOnlyTheFirst() {
        DriftResult drift = DriftTesting.drift(DriftTesting.model(GRID, """
                assets:
                  - {id: master, type: scada-server, zone: cc, ips: [10.10.20.5]}
                connections:
                  - {id: by-zone, from: zone:cc, to: zone:field}
                  - {id: by-asset, from: asset:master, to: asset:rtu-1, protocol: dnp3, ports: [20000]}
                """), DNP3);
        assertThat(drift.connections()).allSatisfy(c -> {
            assertThat(c.status()).isEqualTo(ConnectionStatus.SEEN);
            assertThat(c.packets()).isEqualTo(834);
            assertThat(c.flows()).isEqualTo(1);
        });
        assertThat(drift.counts().connectionsSeen()).isEqualTo(2);
    }

    @Test
    void protocolAndPortRules() {
        assertThat(fits(Protocol.S7, List.of(), Protocol.S7COMM_PLUS, 102)).as("a family covers its members").isTrue();
        assertThat(fits(Protocol.HTTPS, List.of(), Protocol.TLS, 443)).isTrue();
        assertThat(fits(Protocol.HTTPS, List.of(), Protocol.HTTP, 80)).as("clear text where TLS was declared").isFalse();
        assertThat(fits(Protocol.OPCUA, List.of(4840), Protocol.OTHER, 4840)).as("unrecognised on the declared port")
                .isTrue();
        assertThat(fits(Protocol.OPCUA, List.of(), Protocol.OTHER, 4840)).as("unrecognised, no port to confirm").isFalse();
        assertThat(fits(Protocol.SQL, List.of(), Protocol.OTHER, 1433)).as("sql is never recognised").isTrue();
        assertThat(fits(Protocol.VPN, List.of(443), Protocol.TLS, 443)).as("a VPN over TLS on its declared port").isTrue();
        assertThat(fits(Protocol.VPN, List.of(), Protocol.TLS, 443)).isFalse();
        assertThat(fits(null, List.of(502), Protocol.MODBUS, 502)).isTrue();
        assertThat(fits(null, List.of(502), Protocol.MODBUS, 503)).as("the port is checked whatever the protocol").isFalse();
    }

    private static boolean fits(Protocol declared, List<Integer> ports, Protocol observed, int port) {
        Connection c = new Connection("c", null, Ref.of(RefKind.ZONE, "a"), Ref.of(RefKind.ZONE, "b"), declared, ports,
                Initiator.FROM, List.of(), null, null, false, null, null, null,
                org.otbridge.model.Dependency.none(null), null, null);
        Flow flow = new Flow("10.0.0.1", "10.0.0.2", Transport.TCP, port, observed, true, 1, 60, 0, 0, 0,
                Operations.NONE, PortSet.of(40000));
        return DriftAnalyzer.protocolFits(c, flow) && DriftAnalyzer.portFits(c, flow);
    }

    /**
     * A model that declares what the traffic shows (the draft otbridge discover writes) leaves no
     * drift in that traffic: every host listed, every flow declared or inside a flat zone, every
     * declared connection seen. Seeded random subsets of real captures.
     */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void aModelDraftedFromTheTrafficHasNoDriftInIt(long seed) {
        List<String> captures = new ArrayList<>(List.of(DriftTesting.DNP3, DriftTesting.S7_PLUS,
                "icsnpp-enip/enip_cip_example.pcap", "iti/Sample_File_MMS_and_GOOSE.pcap",
                "icsnpp-bacnet/bacnet_example.pcap", "zeek/mqtt.pcap", "icsnpp-opcua-binary/open62541_client-server_mainloop.pcap"));
        java.util.Collections.shuffle(captures, new Random(seed));
        Inventory inventory = DriftTesting.read(captures.subList(0, 1 + new Random(seed * 31).nextInt(captures.size()))
                .toArray(String[]::new));
        Model model = DriftTesting.model(new ModelDraft(inventory, null).yaml());
        DriftResult drift = DriftTesting.drift(model, inventory);
        assertThat(drift.hosts()).filteredOn(h -> h.endpoint().kind() != Endpoint.Kind.ASSET
                && !h.address().contains(":")).isEmpty();
        assertThat(drift.flows()).isNotEmpty().allSatisfy(f -> assertThat(f.status()).as("%s", f)
                .isIn(FlowStatus.DECLARED, FlowStatus.ZONE));
        assertThat(drift.connections()).allSatisfy(c -> assertThat(c.status()).isEqualTo(ConnectionStatus.SEEN));
        assertThat(drift.counts().flows()).isEqualTo(drift.counts().flowsDeclared() + drift.counts().flowsZone());
    }

    @Test
    void theCountsAddUp() {
        DriftResult drift = DriftTesting.drift(DriftTesting.model(DriftTesting.PLANT), DriftTesting.read(
                DriftTesting.MIXED_502, DriftTesting.MODBUS, DriftTesting.DNP3));
        DriftCounts c = drift.counts();
        assertThat(c.hosts()).isEqualTo(c.hostsDeclared() + c.hostsUndeclared()).isEqualTo(drift.hosts().size());
        assertThat(c.flows()).isEqualTo(c.flowsDeclared() + c.flowsZone() + c.flowsOtherProtocol() + c.flowsReversed()
                + c.flowsUndeclared());
        assertThat(c.byName()).hasSize(17).containsEntry("internet_hosts", c.internetHosts());
        assertThat(drift.observed().inputs()).hasSize(3);
        assertThat(drift.observed().packets()).isEqualTo(86 + 100 + 834);
    }
}
