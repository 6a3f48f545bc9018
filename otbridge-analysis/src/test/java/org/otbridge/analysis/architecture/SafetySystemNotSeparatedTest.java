package org.otbridge.analysis.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.otbridge.analysis.architecture.RuleTesting.refs;
import static org.otbridge.analysis.architecture.RuleTesting.run;
import static org.otbridge.analysis.architecture.RuleTesting.subjects;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.otbridge.analysis.Finding;
import org.otbridge.analysis.Severity;

class SafetySystemNotSeparatedTest {

    private final SafetySystemNotSeparated rule = new SafetySystemNotSeparated();

    @Test
    void firesOnSisOutsideSafetyZonesSharedSafetyZonesAndConduitsFromIt() {
        List<Finding> findings = run(rule, """
                zones:
                  - {id: sis-2, name: Shared safety, domain: safety, level: 1, target_sl: 3}
                assets:
                  - {id: sis-cc, type: sis, zone: cc}
                  - {id: sis-b, type: sis, zone: sis-2}
                  - {id: hmi-b, type: hmi, zone: sis-2}
                connections:
                  - {id: it-sis, from: asset:ws-1, to: asset:sis-1, protocol: other}
                services:
                  - {id: boiler, name: Boiler, impact: {safety: critical}, requires: [asset:sis-1, asset:sis-b, asset:sis-cc]}
                """);
        assertThat(subjects(findings)).containsExactlyInAnyOrder(List.of("asset:sis-cc"), List.of("zone:sis-2"),
                List.of("connection:it-sis"));
        assertThat(findings).allSatisfy(f -> {
            assertThat(f.services()).contains(RuleTesting.ref("service:boiler"));
            assertThat(f.severity()).isEqualTo(Severity.CRITICAL);
        });
    }

    @Test
    void silentForASeparateSafetyZoneReachedFromOt() {
        assertThat(run(rule, """
                assets:
                  - {id: fw-sis, type: firewall, zone: sis}
                connections:
                  - {id: status, from: asset:scada-1, to: asset:sis-1, protocol: modbus, via: [asset:fw-sis]}
                """)).isEmpty();
    }
}
