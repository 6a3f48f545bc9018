package org.otbridge.analysis.drift;

import static org.assertj.core.api.Assertions.assertThat;
import static org.otbridge.analysis.drift.DriftTesting.keys;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.otbridge.analysis.Finding;
import org.otbridge.observe.inventory.Inventory;

class UndeclaredHostTest {

    private static final Inventory MIXED = DriftTesting.read(DriftTesting.MIXED_502);

    @Test
    void aHostInTheSubnetOfAnOtServerIsInItsZone() {
        List<Finding> findings = DriftTesting.run(new UndeclaredHost(), DriftTesting.model(DriftTesting.PLANT, """
                assets:
                  - {id: ews, type: engineering-workstation, zone: cell, ips: [10.0.0.9]}
                """), MIXED);
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(keys(f.subjects())).containsExactly("zone:ops");
            assertThat(f.explanation()).contains("192.168.10.113", "its subnet places it in zone:ops (OT)",
                    "No asset of the model lists it", "missing from the attack paths");
        });
    }

    @Test
    void aControllerTheModelDoesNotKnowIsNamedWithTheAssetsItTalkedWith() {
        List<Finding> findings = DriftTesting.run(new UndeclaredHost(), DriftTesting.model("""
                zones:
                  - {id: cc, domain: ot}
                assets:
                  - {id: hmi, type: hmi, zone: cc, ips: [192.168.1.6]}
                """), DriftTesting.read(DriftTesting.MODBUS));
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(keys(f.subjects())).containsExactly("asset:hmi");
            assertThat(f.explanation()).contains("3.15.227.20 (MAC 50:6a:03:ae:49:7d) was seen acting as controller",
                    "speaking modbus", "it talked with asset:hmi");
        });
    }

    @Test
    void hostsOfASegmentTheModelKnowsNothingOfAreAboutTheInventory() {
        List<Finding> findings = DriftTesting.run(new UndeclaredHost(), DriftTesting.model("""
                zones:
                  - {id: cc, domain: ot}
                """), DriftTesting.read(DriftTesting.DNP3));
        assertThat(findings).hasSize(2).allSatisfy(f ->
                assertThat(keys(f.subjects())).containsExactly("program:ot-security"));
        assertThat(findings.get(0).id()).isNotEqualTo(findings.get(1).id());
    }

    @Test
    void quietWhenEveryHostIsListedByAddressOrPrefix() {
        assertThat(DriftTesting.run(new UndeclaredHost(), DriftTesting.model(DriftTesting.PLANT, """
                assets:
                  - {id: ews, type: engineering-workstation, zone: cell, ips: [10.0.0.9]}
                  - {id: ops-servers, type: server, zone: ops, ips: [192.168.10.0/24]}
                """), MIXED)).isEmpty();
    }

    @Test
    void quietForOfficeHostsThatNeverTouchOt() {
        Inventory dns = DriftTesting.read("zeek/pcapng-multi-interface.pcapng");
        DriftResult drift = DriftTesting.drift(DriftTesting.model("""
                zones:
                  - {id: office, domain: it}
                assets:
                  - {id: printer, type: other, zone: office, ips: [10.0.0.5]}
                """), dns);
        assertThat(drift.hosts()).extracting(ObservedHost::address).containsExactly("10.0.0.4", "172.17.0.2");
        assertThat(drift.hosts()).allMatch(ObservedHost::undeclared).noneMatch(ObservedHost::touchesOt);
        assertThat(drift.counts().internetHosts()).isEqualTo(1);
        assertThat(DriftTesting.run(new UndeclaredHost(), DriftTesting.model("""
                zones:
                  - {id: office, domain: it}
                assets:
                  - {id: printer, type: other, zone: office, ips: [10.0.0.5]}
                """), dns)).isEmpty();
    }
}
