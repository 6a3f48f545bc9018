package org.otbridge.analysis.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.otbridge.analysis.architecture.RuleTesting.refs;
import static org.otbridge.analysis.architecture.RuleTesting.run;
import static org.otbridge.analysis.architecture.RuleTesting.subjects;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.otbridge.analysis.Finding;
import org.otbridge.analysis.Severity;

class EnterpriseReadsOtHistorianTest {

    private final EnterpriseReadsOtHistorian rule = new EnterpriseReadsOtHistorian();

    @Test
    void firesWhenOfficeUsersOpenSessionsToTheOtHistorian() {
        List<Finding> findings = run(rule, """
                services:
                  - {id: trends, name: Trends, impact: {financial: medium}, requires: [asset:hist-1]}
                connections:
                  - {id: trend-read, from: zone:corp, to: asset:hist-1, protocol: https, initiator: from, via: [asset:fw-1]}
                """);
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.subjects()).isEqualTo(refs("connection:trend-read", "asset:hist-1"));
            assertThat(f.services()).isEqualTo(refs("service:trends"));
            assertThat(f.severity()).isEqualTo(Severity.HIGH);
        });
    }

    @Test
    void silentForTheDmzReplicaAndReplicationFromOt() {
        assertThat(run(rule, """
                connections:
                  - {id: read, from: zone:corp, to: asset:hist-dmz, protocol: https}
                  - {id: repl, from: asset:hist-1, to: asset:hist-dmz, protocol: other, initiator: from}
                """)).isEmpty();
    }
}
