package org.otbridge.analysis.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.otbridge.analysis.architecture.RuleTesting.refs;
import static org.otbridge.analysis.architecture.RuleTesting.run;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.otbridge.analysis.Finding;
import org.otbridge.analysis.Severity;

class DirectFlowBypassesDmzTest {

    private final DirectFlowBypassesDmz rule = new DirectFlowBypassesDmz();

    @Test
    void firesOnAnOfficeFlowStraightIntoTheControlCentre() {
        List<Finding> findings = run(rule, """
                connections:
                  - {id: direct, from: asset:ws-1, to: asset:hmi-1, protocol: https, initiator: from, purpose: Reports}
                """);
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("OTB-ARCH-001");
            assertThat(f.subjects()).isEqualTo(refs("connection:direct"));
            assertThat(f.services()).isEqualTo(refs("service:heat"));
            assertThat(f.severity()).isEqualTo(Severity.CRITICAL);
            assertThat(f.explanation()).contains("asset:ws-1", "asset:hmi-1", "service:heat");
        });
    }

    @Test
    void firesOnOtReachingOutToItWithoutDmzAndLowersWithoutServices() {
        List<Finding> findings = run(rule, """
                connections:
                  - {id: lab-out, from: asset:lab-hmi, to: asset:ws-1, protocol: smb, initiator: from, purpose: Files}
                """);
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.services()).isEmpty();
            assertThat(f.severity()).isEqualTo(Severity.HIGH);
        });
    }

    @Test
    void silentWhenTheFlowPassesTheDmzOrStaysInsideOt() {
        assertThat(run(rule, """
                connections:
                  - {id: via-dmz, from: asset:ws-1, to: asset:hmi-1, protocol: rdp, via: [asset:jump-1]}
                  - {id: inside, from: asset:scada-1, to: asset:plc-1, protocol: modbus}
                  - {id: usb, from: removable-media, to: asset:ews-1}
                  - {id: exposed, from: internet, to: asset:hmi-1, protocol: vnc}
                """)).isEmpty();
    }
}
