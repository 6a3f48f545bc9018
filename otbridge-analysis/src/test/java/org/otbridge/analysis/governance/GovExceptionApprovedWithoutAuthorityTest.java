package org.otbridge.analysis.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.otbridge.analysis.governance.GovTesting.runWellKept;
import static org.otbridge.analysis.governance.GovTesting.subjects;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.otbridge.analysis.Finding;

class GovExceptionApprovedWithoutAuthorityTest {

    private final ExceptionApprovedWithoutAuthority rule = new ExceptionApprovedWithoutAuthority();

    @Test
    void firesWithoutApproverOrWhenTheApproverHasNoAuthority() {
        List<Finding> findings = runWellKept(rule, """
                exceptions:
                  - {rule: OTB-FIT-001, subject: asset:hmi-1, approved_by: person:cio, expires: 2027-01-31}
                  - {rule: OTB-FIT-002, subject: asset:hmi-1, expires: 2027-01-31}
                """);
        assertThat(subjects(findings)).containsExactlyInAnyOrder(List.of("asset:hmi-1", "person:cio"),
                List.of("asset:hmi-1"));
        assertThat(findings).extracting(Finding::id).doesNotHaveDuplicates();
        assertThat(findings).filteredOn(f -> f.subjects().size() == 2).singleElement()
                .satisfies(f -> assertThat(f.explanation()).contains("OTB-FIT-001", "person:cio (IT)",
                        "person:opsmgr is accountable for zone:cc", "person:otlead holds the OT security programme mandate"));
        assertThat(findings).filteredOn(f -> f.subjects().size() == 1).singleElement()
                .satisfies(f -> assertThat(f.explanation()).contains("OTB-FIT-002", "names nobody as approver"));
    }

    @Test
    void silentForOwnerZoneOrServiceAccountableAndMandateHolders() {
        assertThat(runWellKept(rule)).isEmpty();
        assertThat(runWellKept(rule, """
                organization:
                  people:
                    - {id: auditor, unit: sec, mandate: [asset:erp-1]}
                exceptions:
                  - {rule: OTB-FIT-001, subject: asset:scada-1, approved_by: person:englead, expires: 2027-01-31}
                  - {rule: OTB-FIT-001, subject: asset:hmi-1, approved_by: person:opsmgr, expires: 2027-01-31}
                  - {rule: OTB-FIT-001, subject: asset:plc-1, approved_by: person:opsmgr, expires: 2027-01-31}
                  - {rule: OTB-FIT-001, subject: asset:ws-1, approved_by: person:otlead, expires: 2027-01-31}
                  - {rule: OTB-FIT-001, subject: asset:erp-1, approved_by: person:auditor, expires: 2027-01-31}
                  - {rule: OTB-ARCH-001, subject: connection:jump-in, approved_by: person:cio, expires: 2027-01-31}
                """)).isEmpty();
    }
}
