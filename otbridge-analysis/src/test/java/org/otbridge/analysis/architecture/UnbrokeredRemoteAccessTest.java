package org.otbridge.analysis.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.otbridge.analysis.architecture.RuleTesting.refs;
import static org.otbridge.analysis.architecture.RuleTesting.run;
import static org.otbridge.analysis.architecture.RuleTesting.subjects;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.otbridge.analysis.Finding;
import org.otbridge.analysis.Severity;

class UnbrokeredRemoteAccessTest {

    private final UnbrokeredRemoteAccess rule = new UnbrokeredRemoteAccess();

    @Test
    void firesOnDirectVendorAccessAndOnASecondHopFromAJumpHostReachedByPassword() {
        List<Finding> findings = run(rule, """
                connections:
                  - {id: tv, from: supplier:vendor, to: asset:hmi-1, protocol: teamviewer, auth: password, always_on: true}
                  - {id: vpn-mfa, from: asset:ws-1, to: asset:scada-1, protocol: vpn, auth: mfa, via: [asset:fw-1]}
                  - {id: in-weak, from: asset:ws-1, to: asset:jump-1, protocol: rdp, auth: password}
                  - {id: hop, from: asset:jump-1, to: asset:lab-hmi, protocol: rdp, auth: password}
                """);
        assertThat(subjects(findings)).containsExactlyInAnyOrder(List.of("connection:tv"),
                List.of("connection:vpn-mfa"), List.of("connection:hop"));
        Finding tv = findings.stream().filter(f -> f.subjects().equals(refs("connection:tv"))).findFirst().orElseThrow();
        assertThat(tv.services()).isEqualTo(refs("service:heat"));
        assertThat(tv.severity()).isEqualTo(Severity.CRITICAL);
        assertThat(tv.explanation()).contains("passes no jump host", "password only");
        Finding hop = findings.stream().filter(f -> f.subjects().equals(refs("connection:hop"))).findFirst().orElseThrow();
        assertThat(hop.services()).isEmpty();
        assertThat(hop.severity()).isEqualTo(Severity.HIGH);
    }

    @Test
    void silentForTheBrokeredPathWithMfa() {
        assertThat(run(rule, """
                controls:
                  - {id: mfa-sc, kind: mfa, method: smartcard}
                connections:
                  - {id: vendor-in, from: supplier:vendor, to: asset:jump-1, protocol: https, auth: mfa, via: [asset:fw-1, asset:rag-1]}
                  - {id: office-in, from: asset:ws-1, to: asset:jump-1, protocol: rdp, auth: mfa}
                  - {id: second-hop, from: asset:jump-1, to: asset:ews-1, protocol: rdp, auth: password}
                  - {id: via-gateway, from: supplier:vendor, to: asset:hmi-1, protocol: rdp, auth: password, via: [asset:rag-2]}
                  - {id: inside, from: asset:scada-1, to: asset:hmi-1, protocol: rdp}
                assets:
                  - {id: rag-2, type: remote-access-gateway, zone: dmz, controls: [mfa-sc]}
                """)).isEmpty();
    }

    @Test
    void firesForRemoteAccessStraightFromTheInternetToo() {
        List<Finding> findings = run(rule, """
                connections:
                  - {id: inet-tv, from: internet, to: asset:scada-1, protocol: teamviewer, auth: password, always_on: true}
                """);
        assertThat(subjects(findings)).containsExactly(List.of("connection:inet-tv"));
        assertThat(findings.get(0).explanation()).contains("passes no jump host", "password only");
    }
}
