package org.otbridge.analysis.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.otbridge.analysis.architecture.RuleTesting.refs;
import static org.otbridge.analysis.architecture.RuleTesting.run;
import static org.otbridge.analysis.architecture.RuleTesting.subjects;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.otbridge.analysis.Finding;
import org.otbridge.analysis.Severity;

class OtNetworkDevicesManagedFromItTest {

    private final OtNetworkDevicesManagedFromIt rule = new OtNetworkDevicesManagedFromIt();

    @Test
    void firesWhenTheBoundaryFirewallIsAdministeredFromTheOffice() {
        List<Finding> findings = run(rule, """
                connections:
                  - {id: fw-admin, from: zone:corp, to: asset:fw-1, protocol: https}
                  - {id: rdp, from: asset:ws-1, to: asset:scada-1, protocol: rdp, via: [asset:fw-1]}
                """);
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.subjects()).isEqualTo(refs("connection:fw-admin", "asset:fw-1"));
            assertThat(f.services()).isEqualTo(refs("service:heat"));
            assertThat(f.severity()).isEqualTo(Severity.CRITICAL);
            assertThat(f.explanation()).contains("carries 1 declared connection");
        });
    }

    @Test
    void silentForOtSideManagementVpnTerminationAndItDevices() {
        assertThat(run(rule, """
                assets:
                  - {id: fw-office, type: firewall, zone: corp}
                connections:
                  - {id: ot-admin, from: asset:ews-1, to: asset:fw-1, protocol: https}
                  - {id: vpn, from: asset:ws-1, to: asset:fw-1, protocol: vpn}
                  - {id: office, from: asset:ws-1, to: asset:fw-office, protocol: ssh}
                """)).isEmpty();
    }
}
