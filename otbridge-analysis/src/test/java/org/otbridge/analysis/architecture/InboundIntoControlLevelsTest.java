package org.otbridge.analysis.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.otbridge.analysis.architecture.RuleTesting.refs;
import static org.otbridge.analysis.architecture.RuleTesting.run;
import static org.otbridge.analysis.architecture.RuleTesting.subjects;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.otbridge.analysis.Finding;
import org.otbridge.analysis.Severity;

class InboundIntoControlLevelsTest {

    private final InboundIntoControlLevels rule = new InboundIntoControlLevels();

    @Test
    void firesWhenItOpensSessionsIntoLevelTwoOrBelow() {
        List<Finding> findings = run(rule, """
                connections:
                  - {id: backup-pull, from: asset:ws-1, to: zone:cc, protocol: smb, initiator: from, via: [asset:fw-1]}
                  - {id: reverse, from: asset:plc-1, to: asset:hist-dmz, protocol: modbus, initiator: to, via: [asset:fw-1]}
                """);
        assertThat(subjects(findings)).containsExactlyInAnyOrder(List.of("connection:backup-pull"),
                List.of("connection:reverse"));
        assertThat(findings).allSatisfy(f -> {
            assertThat(f.services()).contains(RuleTesting.ref("service:heat"));
            assertThat(f.severity()).isEqualTo(Severity.CRITICAL);
        });
        assertThat(findings).anySatisfy(f -> assertThat(f.explanation())
                .contains("is opened from asset:hist-dmz", "into asset:plc-1"));
    }

    @Test
    void silentForJumpHostsOutwardFlowsAndLevelThree() {
        assertThat(run(rule, """
                connections:
                  - {id: jump, from: asset:jump-1, to: asset:ews-1, protocol: rdp, initiator: from}
                  - {id: brokered, from: supplier:vendor, to: asset:hmi-1, protocol: https, via: [asset:rag-1]}
                  - {id: push, from: asset:scada-1, to: asset:hist-dmz, protocol: opcua, initiator: from}
                  - {id: l3, from: asset:ws-1, to: asset:hist-1, protocol: https, initiator: from}
                """)).isEmpty();
    }
}
