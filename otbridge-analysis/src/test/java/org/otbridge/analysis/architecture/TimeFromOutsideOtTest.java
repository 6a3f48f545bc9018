package org.otbridge.analysis.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.otbridge.analysis.architecture.RuleTesting.refs;
import static org.otbridge.analysis.architecture.RuleTesting.run;
import static org.otbridge.analysis.architecture.RuleTesting.subjects;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.otbridge.analysis.Finding;
import org.otbridge.analysis.Severity;

class TimeFromOutsideOtTest {

    private final TimeFromOutsideOt rule = new TimeFromOutsideOt();

    @Test
    void firesWhenOtTakesTimeFromIt() {
        List<Finding> findings = run(rule, """
                connections:
                  - {id: ntp, from: zone:cc, to: asset:dc-1, protocol: other, ports: [123], initiator: from, via: [asset:fw-1]}
                  - {id: sync, from: asset:plc-1, to: internet, protocol: other, purpose: Time sync from pool.ntp.org}
                """);
        assertThat(subjects(findings)).containsExactlyInAnyOrder(List.of("connection:ntp"), List.of("connection:sync"));
        assertThat(findings).allSatisfy(f -> {
            assertThat(f.services()).isEqualTo(refs("service:heat"));
            assertThat(f.severity()).isEqualTo(Severity.MEDIUM);
        });
    }

    @Test
    void silentForLocalTimeAndOtherPurposes() {
        assertThat(run(rule, """
                assets:
                  - {id: gps, type: other, zone: ops}
                connections:
                  - {id: local, from: zone:cc, to: asset:gps, protocol: other, ports: [123], purpose: NTP}
                  - {id: runtime, from: zone:cc, to: asset:dc-1, protocol: other, purpose: Real-time data for the runtime reports}
                """)).isEmpty();
    }

    @Test
    void readsThePurposeInWholeWords() {
        List<Finding> findings = run(rule, """
                connections:
                  - {id: runtime, from: zone:cc, to: asset:dc-1, protocol: https, initiator: from, purpose: Runtime server licences}
                  - {id: uptime, from: zone:cc, to: asset:erp-1, protocol: https, initiator: from, purpose: Uptime source report and clockwork stats}
                  - {id: ptp, from: zone:cc, to: asset:ws-1, protocol: other, initiator: from, purpose: PTP grandmaster (time-synced)}
                """);
        // "Runtime server" is no time server, "uptime source" no time source, "clockwork" no clock.
        assertThat(subjects(findings)).containsExactly(List.of("connection:ptp"));
    }
}
