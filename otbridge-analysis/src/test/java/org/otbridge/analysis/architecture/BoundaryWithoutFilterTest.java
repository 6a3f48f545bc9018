package org.otbridge.analysis.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.otbridge.analysis.architecture.RuleTesting.refs;
import static org.otbridge.analysis.architecture.RuleTesting.run;
import static org.otbridge.analysis.architecture.RuleTesting.subjects;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.otbridge.analysis.Finding;
import org.otbridge.analysis.Severity;

class BoundaryWithoutFilterTest {

    private final BoundaryWithoutFilter rule = new BoundaryWithoutFilter();

    @Test
    void firesOnAConduitBetweenDomainsWithoutFirewall() {
        List<Finding> findings = run(rule, """
                assets:
                  - {id: rtr, type: router, zone: cc}
                connections:
                  - {id: routed, from: asset:hist-dmz, to: asset:scada-1, protocol: opcua, via: [asset:rtr]}
                """);
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.subjects()).isEqualTo(refs("connection:routed"));
            assertThat(f.services()).isEqualTo(refs("service:heat"));
            assertThat(f.severity()).isEqualTo(Severity.CRITICAL);
        });
    }

    @Test
    void silentWithAFilterForTheFilterItselfAndInsideADomain() {
        assertThat(run(rule, """
                connections:
                  - {id: filtered, from: asset:hist-dmz, to: asset:scada-1, protocol: opcua, via: [asset:fw-1]}
                  - {id: manage, from: asset:ws-1, to: asset:fw-1, protocol: https}
                  - {id: inside, from: asset:scada-1, to: asset:plc-1, protocol: modbus}
                  - {id: exposed, from: internet, to: asset:plc-1, protocol: modbus}
                """)).isEmpty();
    }
}
