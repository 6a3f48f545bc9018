package org.otbridge.analysis.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.otbridge.analysis.architecture.RuleTesting.refs;
import static org.otbridge.analysis.architecture.RuleTesting.run;
import static org.otbridge.analysis.architecture.RuleTesting.subjects;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.otbridge.analysis.Finding;
import org.otbridge.analysis.Severity;

class DmzNotTerminatingTest {

    private final DmzNotTerminating rule = new DmzNotTerminating();

    @Test
    void firesWhenTheDmzIsOnlyARoutedHopInEitherDirection() {
        List<Finding> findings = run(rule, """
                connections:
                  - {id: rdp-in, from: asset:ws-1, to: asset:scada-1, protocol: rdp, via: [asset:fw-1], purpose: Shortcut}
                  - {id: logon-out, from: zone:cc, to: asset:dc-1, protocol: other, via: [asset:fw-1], purpose: Logon}
                """);
        assertThat(subjects(findings)).containsExactlyInAnyOrder(List.of("connection:rdp-in"),
                List.of("connection:logon-out"));
        assertThat(findings).allSatisfy(f -> {
            assertThat(f.services()).isEqualTo(refs("service:heat"));
            assertThat(f.severity()).isEqualTo(Severity.CRITICAL);
            assertThat(f.explanation()).contains("asset:fw-1", "service:heat");
        });
    }

    @Test
    void silentWhenTheFlowEndsOnADmzHost() {
        assertThat(run(rule, """
                connections:
                  - {id: brokered, from: asset:ws-1, to: asset:scada-1, protocol: rdp, via: [asset:fw-1, asset:jump-1]}
                  - {id: replica, from: asset:hist-1, to: asset:hist-dmz, protocol: other, via: [asset:fw-1]}
                  - {id: read, from: asset:ws-1, to: asset:hist-dmz, protocol: https, via: [asset:fw-1]}
                  - {id: no-dmz, from: asset:ws-1, to: asset:scada-1, protocol: rdp}
                """)).isEmpty();
    }
}
