package org.otbridge.analysis.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.otbridge.analysis.architecture.RuleTesting.refs;
import static org.otbridge.analysis.architecture.RuleTesting.run;
import static org.otbridge.analysis.architecture.RuleTesting.subjects;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.otbridge.analysis.Finding;
import org.otbridge.analysis.Severity;

class CloudBelowDmzTest {

    private final CloudBelowDmz rule = new CloudBelowDmz();

    @Test
    void firesOnLevelTwoFeedsAndCloudInitiatedSessions() {
        List<Finding> findings = run(rule, """
                assets:
                  - {id: cloud, type: cloud-service, zone: ext}
                connections:
                  - {id: feed, from: asset:scada-1, to: asset:cloud, protocol: mqtt, initiator: from, via: [asset:fw-1]}
                  - {id: push-down, from: asset:cloud, to: asset:hist-1, protocol: https, initiator: from}
                """);
        assertThat(subjects(findings)).containsExactlyInAnyOrder(List.of("connection:feed", "asset:cloud"),
                List.of("connection:push-down", "asset:cloud"));
        Finding feed = findings.stream().filter(f -> f.subjects().get(0).id().equals("feed")).findFirst().orElseThrow();
        assertThat(feed.services()).isEqualTo(refs("service:heat"));
        assertThat(feed.severity()).isEqualTo(Severity.CRITICAL);
    }

    @Test
    void silentForDmzGatewaysAndOutboundLevelThree() {
        assertThat(run(rule, """
                assets:
                  - {id: cloud, type: cloud-service, zone: ext}
                connections:
                  - {id: edge, from: asset:hist-dmz, to: asset:cloud, protocol: mqtt, initiator: from}
                  - {id: l3, from: asset:hist-1, to: asset:cloud, protocol: https, initiator: from}
                """)).isEmpty();
    }
}
