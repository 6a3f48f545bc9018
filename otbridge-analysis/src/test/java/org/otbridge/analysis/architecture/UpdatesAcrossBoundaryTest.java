package org.otbridge.analysis.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.otbridge.analysis.architecture.RuleTesting.refs;
import static org.otbridge.analysis.architecture.RuleTesting.run;
import static org.otbridge.analysis.architecture.RuleTesting.subjects;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.otbridge.analysis.Finding;
import org.otbridge.analysis.Severity;

class UpdatesAcrossBoundaryTest {

    private final UpdatesAcrossBoundary rule = new UpdatesAcrossBoundary();

    @Test
    void firesOnPatchesPulledFromCorporateWsus() {
        List<Finding> findings = run(rule, """
                assets:
                  - {id: wsus, type: server, zone: corp}
                connections:
                  - {id: wsus-ot, from: zone:cc, to: asset:wsus, protocol: http, via: [asset:fw-1], purpose: Windows updates for SCADA}
                """);
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.subjects()).isEqualTo(refs("connection:wsus-ot"));
            assertThat(f.services()).isEqualTo(refs("service:heat"));
            assertThat(f.severity()).isEqualTo(Severity.HIGH);
            assertThat(f.explanation()).contains("Windows updates for SCADA");
        });
    }

    @Test
    void silentForDmzStagingAndOtherPurposes() {
        assertThat(run(rule, """
                assets:
                  - {id: stage, type: server, zone: dmz}
                connections:
                  - {id: pull, from: zone:cc, to: asset:stage, protocol: https, purpose: Qualified patches from the DMZ}
                  - {id: logon, from: zone:cc, to: asset:dc-1, protocol: other, purpose: Domain logon}
                """)).isEmpty();
    }

    @Test
    void readsThePurposeInWholeWords() {
        List<Finding> findings = run(rule, """
                assets:
                  - {id: erp-2, type: erp, zone: corp}
                connections:
                  - {id: dispatch, from: zone:cc, to: asset:erp-1, protocol: https, via: [asset:fw-1], purpose: Heat dispatch plan from ERP}
                  - {id: portal, from: zone:cc, to: asset:erp-2, protocol: https, via: [asset:fw-1], purpose: Licensee portal and signatory list}
                  - {id: hotfix, from: zone:cc, to: asset:ws-1, protocol: https, via: [asset:fw-1], purpose: Hotfixes and AV SIGNATURES}
                  - {id: lic, from: zone:cc, to: asset:dc-1, protocol: https, via: [asset:fw-1], purpose: Licensing server (licence-check)}
                """);
        // "dispatch" is not "patch", "licensee" not a licence, "signatory" not a signature.
        assertThat(subjects(findings)).containsExactlyInAnyOrder(List.of("connection:hotfix"), List.of("connection:lic"));
    }
}
