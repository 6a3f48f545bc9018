package org.otbridge.analysis.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.otbridge.analysis.governance.GovTesting.runWellKept;
import static org.otbridge.analysis.governance.GovTesting.subjects;
import static org.otbridge.analysis.governance.GovZoneWithoutOneAccountablePersonTest.find;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.otbridge.analysis.Finding;
import org.otbridge.analysis.Severity;

class GovSupplierAccessWithoutSupplierManagementTest {

    private final SupplierAccessWithoutSupplierManagement rule = new SupplierAccessWithoutSupplierManagement();

    @Test
    void firesOnAccessArrangedByOperationsAloneOrWithoutContractOwner() {
        List<Finding> findings = runWellKept(rule, """
                suppliers:
                  - {id: integrator, name: Integrator}
                  - {id: cloudco, name: Cloud analytics, contract_owner: person:opsmgr}
                connections:
                  - {id: tv, from: supplier:integrator, to: asset:hmi-1, protocol: teamviewer, always_on: true}
                  - {id: feed, from: asset:scada-1, to: supplier:cloudco, protocol: mqtt}
                responsibilities:
                  - {subject: connection:tv, accountable: person:opsmgr, responsible: [unit:ops]}
                """);
        assertThat(subjects(findings)).containsExactlyInAnyOrder(List.of("supplier:integrator", "connection:tv"),
                List.of("supplier:cloudco", "connection:feed"));
        Finding integrator = find(findings, "supplier:integrator");
        assertThat(integrator.explanation()).contains("no contract owner", "supplier management is not involved",
                "person:opsmgr (operations)");
        Finding cloud = find(findings, "supplier:cloudco");
        assertThat(cloud.explanation()).contains("no responsibility line covers it", "person:opsmgr (operations)")
                .doesNotContain("no contract owner");
        assertThat(cloud.severity()).isEqualTo(Severity.HIGH);
        assertThat(cloud.references()).anyMatch(r -> r.startsWith("ATT&CK ICS M0817"));
    }

    @Test
    void silentWithProcurementInvolvedOrWithoutAccess() {
        assertThat(runWellKept(rule)).isEmpty();
        assertThat(runWellKept(rule, """
                suppliers:
                  - {id: parts, name: Spare parts only}
                  - {id: msp, name: IT service provider, contract_owner: person:cio}
                connections:
                  - {id: msp-vpn, from: supplier:msp, to: zone:corp, protocol: vpn}
                responsibilities:
                  - {subject: connection:msp-vpn, accountable: person:cio, responsible: [unit:it], consulted: [unit:proc]}
                """)).isEmpty();
    }
}
