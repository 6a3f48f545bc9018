package org.otbridge.analysis.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.otbridge.analysis.architecture.RuleTesting.refs;
import static org.otbridge.analysis.architecture.RuleTesting.run;
import static org.otbridge.analysis.architecture.RuleTesting.subjects;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.otbridge.analysis.Finding;
import org.otbridge.analysis.Severity;

class UndocumentedZoneOrConduitTest {

    private final UndocumentedZoneOrConduit rule = new UndocumentedZoneOrConduit();

    @Test
    void firesOnOtZonesWithoutTargetLevelAndUndocumentedConduits() {
        List<Finding> findings = run(rule, """
                zones:
                  - {id: pumps, name: Pumps, domain: ot, level: 1}
                assets:
                  - {id: plc-p, type: plc, zone: pumps}
                connections:
                  - {id: mystery, from: asset:ws-1, to: asset:scada-1, via: [asset:fw-1]}
                services:
                  - {id: water, name: Water, impact: {supply: high}, requires: [asset:plc-p]}
                """);
        assertThat(subjects(findings)).containsExactlyInAnyOrder(List.of("zone:pumps"), List.of("connection:mystery"));
        Finding zone = findings.stream().filter(f -> f.subjects().equals(refs("zone:pumps"))).findFirst().orElseThrow();
        assertThat(zone.services()).isEqualTo(refs("service:water"));
        assertThat(zone.severity()).isEqualTo(Severity.MEDIUM);
        Finding conduit = findings.stream().filter(f -> f.subjects().equals(refs("connection:mystery"))).findFirst()
                .orElseThrow();
        // The loader defaults initiator to "from", so only purpose and protocol can be missing.
        assertThat(conduit.explanation()).contains("without a declared purpose and protocol");
        assertThat(conduit.severity()).isEqualTo(Severity.HIGH);
    }

    @Test
    void silentForDocumentedConduitsAndNonOtZones() {
        assertThat(run(rule, """
                zones:
                  - {id: guest, name: Guest wifi, domain: it, level: 5}
                connections:
                  - {id: known, from: asset:ws-1, to: asset:hist-dmz, protocol: https, initiator: from, purpose: Trends}
                  - {id: inside, from: asset:scada-1, to: asset:plc-1}
                """)).isEmpty();
    }
}
