package org.otbridge.analysis.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.otbridge.analysis.architecture.RuleTesting.refs;
import static org.otbridge.analysis.architecture.RuleTesting.run;
import static org.otbridge.analysis.architecture.RuleTesting.subjects;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.otbridge.analysis.Finding;
import org.otbridge.analysis.Severity;

class StandingVendorAccessTest {

    private final StandingVendorAccess rule = new StandingVendorAccess();

    @Test
    void firesOnAlwaysOnVendorAccessWithoutExpiryOrApproval() {
        List<Finding> findings = run(rule, """
                connections:
                  - {id: tv, from: supplier:vendor, to: asset:hmi-1, protocol: teamviewer, always_on: true}
                  - {id: to-jump, from: supplier:vendor, to: asset:jump-1, protocol: https, expires: 2027-01-01}
                """);
        assertThat(subjects(findings)).containsExactlyInAnyOrder(List.of("connection:tv", "supplier:vendor"),
                List.of("connection:to-jump", "supplier:vendor"));
        Finding tv = findings.stream().filter(f -> f.subjects().get(0).id().equals("tv")).findFirst().orElseThrow();
        assertThat(tv.services()).isEqualTo(refs("service:heat"));
        assertThat(tv.severity()).isEqualTo(Severity.CRITICAL);
        assertThat(tv.explanation()).contains("always on", "without an expiry date", "not approved per session");
        Finding jump = findings.stream().filter(f -> f.subjects().get(0).id().equals("to-jump")).findFirst().orElseThrow();
        assertThat(jump.explanation()).contains("not approved per session").doesNotContain("always on");
    }

    @Test
    void silentForTimeBoxedApprovedAccessAndForItOnlyAccess() {
        assertThat(run(rule, """
                controls:
                  - {id: approval, kind: remote-access-approval, applies_to: [connection:ra]}
                connections:
                  - {id: ra, from: supplier:vendor, to: asset:jump-1, protocol: https, always_on: false, expires: 2027-12-31}
                  - {id: msp, from: supplier:vendor, to: zone:corp, protocol: vpn, always_on: true}
                """)).isEmpty();
    }
}
