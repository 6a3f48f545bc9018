package org.otbridge.analysis.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.otbridge.analysis.architecture.RuleTesting.refs;
import static org.otbridge.analysis.architecture.RuleTesting.run;
import static org.otbridge.analysis.architecture.RuleTesting.subjects;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.otbridge.analysis.Finding;
import org.otbridge.analysis.Severity;

class OtDependsOnItServicesTest {

    private final OtDependsOnItServices rule = new OtDependsOnItServices();

    @Test
    void firesOnOtAssetsAndZonesThatRequireItAssets() {
        List<Finding> findings = run(rule, """
                zones:
                  - {id: cc2, name: Second control room, domain: ot, level: 2, target_sl: 2, requires: [asset:dc-1]}
                assets:
                  - {id: scada-2, type: scada-server, zone: cc, requires: [{any: [asset:dc-1, asset:erp-1]}]}
                  - {id: hmi-2, type: hmi, zone: cc2}
                services:
                  - {id: view, name: Second view, impact: {supply: high}, requires: [asset:hmi-2]}
                """);
        assertThat(subjects(findings)).containsExactlyInAnyOrder(List.of("asset:scada-2", "asset:dc-1", "asset:erp-1"),
                List.of("zone:cc2", "asset:dc-1"));
        Finding asset = findings.stream().filter(f -> f.subjects().get(0).id().equals("scada-2")).findFirst().orElseThrow();
        assertThat(asset.services()).isEqualTo(refs("service:heat"));
        assertThat(asset.severity()).isEqualTo(Severity.CRITICAL);
        assertThat(asset.explanation()).contains("asset:dc-1 (domain-controller in zone:corp, it level 4)");
        Finding zone = findings.stream().filter(f -> f.subjects().get(0).id().equals("cc2")).findFirst().orElseThrow();
        assertThat(zone.services()).isEqualTo(refs("service:view"));
        assertThat(zone.severity()).isEqualTo(Severity.HIGH);
    }

    @Test
    void silentForOtSideDependenciesAndItAssets() {
        assertThat(run(rule, """
                assets:
                  - {id: dc-ot, type: domain-controller, zone: ops}
                  - {id: scada-2, type: scada-server, zone: cc, requires: [asset:dc-ot, asset:hist-dmz]}
                  - {id: ws-2, type: workstation, zone: corp, requires: [asset:dc-1]}
                """)).isEmpty();
    }
}
