package org.otbridge.analysis.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.otbridge.analysis.architecture.RuleTesting.refs;
import static org.otbridge.analysis.architecture.RuleTesting.run;
import static org.otbridge.analysis.architecture.RuleTesting.subjects;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.otbridge.analysis.Finding;
import org.otbridge.analysis.Severity;

class ClearTextAcrossDomainsTest {

    private final ClearTextAcrossDomains rule = new ClearTextAcrossDomains();

    @Test
    void firesOnUnauthenticatedOrUnencryptedConduitsBetweenDomains() {
        List<Finding> findings = run(rule, """
                connections:
                  - {id: sis-read, from: asset:scada-1, to: asset:sis-1, protocol: modbus, auth: none}
                  - {id: http, from: asset:ws-1, to: asset:hist-dmz, protocol: http, auth: password, encrypted: false}
                """);
        assertThat(subjects(findings)).containsExactlyInAnyOrder(List.of("connection:sis-read"), List.of("connection:http"));
        Finding sis = findings.stream().filter(f -> f.subjects().get(0).id().equals("sis-read")).findFirst().orElseThrow();
        assertThat(sis.services()).isEqualTo(refs("service:heat"));
        assertThat(sis.severity()).isEqualTo(Severity.HIGH);
        assertThat(sis.explanation()).contains("unauthenticated");
        Finding http = findings.stream().filter(f -> f.subjects().get(0).id().equals("http")).findFirst().orElseThrow();
        assertThat(http.services()).isEmpty();
        assertThat(http.severity()).isEqualTo(Severity.LOW);
    }

    @Test
    void silentInsideADomainForProtectedFlowsAndInternetExposure() {
        assertThat(run(rule, """
                connections:
                  - {id: inside, from: asset:scada-1, to: asset:plc-1, protocol: modbus, auth: none, encrypted: false}
                  - {id: tls, from: asset:ws-1, to: asset:hist-dmz, protocol: https, auth: password, encrypted: true}
                  - {id: exposed, from: internet, to: asset:plc-1, protocol: modbus, auth: none}
                """)).isEmpty();
    }
}
