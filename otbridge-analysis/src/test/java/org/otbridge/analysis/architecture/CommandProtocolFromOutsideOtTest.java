package org.otbridge.analysis.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.otbridge.analysis.architecture.RuleTesting.refs;
import static org.otbridge.analysis.architecture.RuleTesting.run;
import static org.otbridge.analysis.architecture.RuleTesting.subjects;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.otbridge.analysis.Finding;
import org.otbridge.analysis.Severity;

class CommandProtocolFromOutsideOtTest {

    private final CommandProtocolFromOutsideOt rule = new CommandProtocolFromOutsideOt();

    @Test
    void firesWhenOutsideOtCanOpenCommandSessionsToControlLevels() {
        List<Finding> findings = run(rule, """
                connections:
                  - {id: modbus-in, from: internet, to: asset:plc-1, protocol: modbus}
                  - {id: opc-in, from: asset:hist-dmz, to: asset:scada-1, protocol: opcua, initiator: from}
                  - {id: polled, from: asset:plc-1, to: asset:ws-1, protocol: modbus, initiator: to}
                """);
        assertThat(subjects(findings)).containsExactlyInAnyOrder(List.of("connection:modbus-in"),
                List.of("connection:opc-in"), List.of("connection:polled"));
        assertThat(findings).allSatisfy(f -> {
            assertThat(f.services()).isEqualTo(refs("service:heat"));
            assertThat(f.severity()).isEqualTo(Severity.CRITICAL);
            assertThat(f.references()).contains("ATT&CK ICS T0855 Unauthorized Command Message");
        });
    }

    @Test
    void silentInsideOtOutwardAndAboveLevelTwo() {
        assertThat(run(rule, """
                connections:
                  - {id: inside, from: asset:scada-1, to: asset:plc-1, protocol: modbus}
                  - {id: push, from: asset:plc-1, to: asset:hist-dmz, protocol: modbus, initiator: from}
                  - {id: l3, from: asset:ws-1, to: asset:hist-1, protocol: opcua}
                  - {id: web, from: asset:ws-1, to: asset:scada-1, protocol: https}
                """)).isEmpty();
    }
}
