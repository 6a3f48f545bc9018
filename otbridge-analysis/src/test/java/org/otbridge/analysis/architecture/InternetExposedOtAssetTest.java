package org.otbridge.analysis.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.otbridge.analysis.architecture.RuleTesting.refs;
import static org.otbridge.analysis.architecture.RuleTesting.run;
import static org.otbridge.analysis.architecture.RuleTesting.subjects;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.otbridge.analysis.Finding;
import org.otbridge.analysis.Severity;

class InternetExposedOtAssetTest {

    private final InternetExposedOtAsset rule = new InternetExposedOtAsset();

    @Test
    void firesOnInternetConnectionsAndOnFlaggedAssets() {
        List<Finding> findings = run(rule, """
                assets:
                  - {id: rtr-4g, type: router, zone: field, internet_exposed: true}
                  - {id: modem, type: router, zone: field, internet_exposed: true}
                connections:
                  - {id: port-forward, from: internet, to: asset:plc-1, protocol: modbus, via: [asset:rtr-4g]}
                  - {id: web-ui, from: internet, to: asset:rtr-4g, protocol: https}
                """);
        assertThat(subjects(findings)).containsExactlyInAnyOrder(
                List.of("connection:port-forward", "asset:plc-1"),
                List.of("connection:web-ui", "asset:rtr-4g"),
                List.of("asset:modem"));
        assertThat(findings).allSatisfy(f -> {
            assertThat(f.services()).isEqualTo(refs("service:heat"));
            assertThat(f.severity()).isEqualTo(Severity.CRITICAL);
        });
        assertThat(findings.get(0).references()).contains("ATT&CK ICS T0883 Internet Accessible Device");
    }

    @Test
    void silentForOutboundDownloadsAndOfficeAssets() {
        assertThat(run(rule, """
                assets:
                  - {id: web, type: server, zone: corp, internet_exposed: true}
                connections:
                  - {id: fetch, from: asset:hist-dmz, to: internet, protocol: https, initiator: from}
                  - {id: site, from: internet, to: asset:web, protocol: https}
                """)).isEmpty();
    }
}
