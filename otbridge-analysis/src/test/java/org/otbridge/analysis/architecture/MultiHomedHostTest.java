package org.otbridge.analysis.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.otbridge.analysis.architecture.RuleTesting.refs;
import static org.otbridge.analysis.architecture.RuleTesting.run;
import static org.otbridge.analysis.architecture.RuleTesting.subjects;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.otbridge.analysis.Finding;
import org.otbridge.analysis.Severity;

class MultiHomedHostTest {

    private final MultiHomedHost rule = new MultiHomedHost();

    @Test
    void firesOnHostsWithLegsInItAndOtOrAcrossLevels() {
        List<Finding> findings = run(rule, """
                assets:
                  - {id: laptop, type: engineering-workstation, zones: [cc, corp]}
                  - {id: hist-2, type: historian, zones: [ops, lab]}
                """);
        assertThat(subjects(findings)).containsExactlyInAnyOrder(List.of("asset:laptop"), List.of("asset:hist-2"));
        Finding laptop = findings.stream().filter(f -> f.subjects().equals(refs("asset:laptop"))).findFirst().orElseThrow();
        assertThat(laptop.services()).isEqualTo(refs("service:heat"));
        assertThat(laptop.severity()).isEqualTo(Severity.CRITICAL);
        assertThat(laptop.explanation()).contains("zone:cc", "zone:corp");
        Finding hist = findings.stream().filter(f -> f.subjects().equals(refs("asset:hist-2"))).findFirst().orElseThrow();
        assertThat(hist.services()).isEmpty();
        assertThat(hist.severity()).isEqualTo(Severity.HIGH);
    }

    @Test
    void silentForNetworkDevicesAndSameLevelOtZones() {
        assertThat(run(rule, """
                assets:
                  - {id: fw-2, type: firewall, zones: [corp, cc]}
                  - {id: twin, type: server, zones: [cc, lab]}
                """)).isEmpty();
    }
}
