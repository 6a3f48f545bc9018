package org.otbridge.analysis.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.otbridge.analysis.architecture.RuleTesting.refs;
import static org.otbridge.analysis.architecture.RuleTesting.run;
import static org.otbridge.analysis.architecture.RuleTesting.subjects;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.otbridge.analysis.Finding;
import org.otbridge.analysis.Severity;

class RemoteDesktopOnOtHostTest {

    private final RemoteDesktopOnOtHost rule = new RemoteDesktopOnOtHost();

    @Test
    void firesOnRemoteDesktopFromOutsideOtAndOnTeamViewerWhateverThePath() {
        List<Finding> findings = run(rule, """
                connections:
                  - {id: rdp, from: asset:ws-1, to: asset:scada-1, protocol: rdp, via: [asset:fw-1]}
                  - {id: tv, from: supplier:vendor, to: asset:hmi-1, protocol: teamviewer, via: [asset:rag-1]}
                """);
        assertThat(subjects(findings)).containsExactlyInAnyOrder(List.of("connection:rdp"), List.of("connection:tv"));
        assertThat(findings).allSatisfy(f -> {
            assertThat(f.services()).isEqualTo(refs("service:heat"));
            assertThat(f.severity()).isEqualTo(Severity.CRITICAL);
        });
    }

    @Test
    void silentForTheJumpHostHopInsideOtAndTheDmz() {
        assertThat(run(rule, """
                connections:
                  - {id: hop, from: asset:jump-1, to: asset:ews-1, protocol: rdp}
                  - {id: brokered, from: asset:ws-1, to: asset:ews-1, protocol: rdp, via: [asset:fw-1, asset:jump-1]}
                  - {id: inside, from: asset:scada-1, to: asset:hmi-1, protocol: vnc}
                  - {id: dmz, from: asset:ws-1, to: asset:hist-dmz, protocol: rdp}
                """)).isEmpty();
    }

    @Test
    void firesOnEveryRemoteSupportToolNamedOrDeclaredByCategoryWhateverThePath() {
        List<Finding> findings = run(rule, """
                connections:
                  - {id: anydesk, from: supplier:vendor, to: asset:ews-1, protocol: anydesk, via: [asset:rag-1]}
                  - {id: sc, from: asset:ws-1, to: asset:hmi-1, protocol: screenconnect, via: [asset:fw-1, asset:jump-1]}
                  - {id: rmm, from: supplier:vendor, to: asset:scada-1, protocol: other, protocol_category: remote-admin}
                """);
        assertThat(subjects(findings)).containsExactlyInAnyOrder(List.of("connection:anydesk"), List.of("connection:sc"),
                List.of("connection:rmm"));
        assertThat(findings).filteredOn(f -> f.subjects().get(0).id().equals("rmm")).singleElement()
                .satisfies(f -> assertThat(f.explanation()).contains("runs other (remote-support) from supplier:vendor"));
    }

    @Test
    void silentForAnUnnamedProtocolWithoutACategoryAndForADataFlowOfAnotherCategory() {
        assertThat(run(rule, """
                connections:
                  - {id: unknown, from: supplier:vendor, to: asset:scada-1, protocol: other}
                  - {id: files, from: asset:ws-1, to: asset:scada-1, protocol: other, protocol_category: file-transfer}
                """)).isEmpty();
    }
}
