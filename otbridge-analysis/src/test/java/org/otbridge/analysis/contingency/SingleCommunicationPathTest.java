package org.otbridge.analysis.contingency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.otbridge.analysis.contingency.ContingencyTesting.keys;
import static org.otbridge.analysis.contingency.ContingencyTesting.run;
import static org.otbridge.analysis.contingency.ContingencyTesting.subjects;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.otbridge.analysis.Finding;

class SingleCommunicationPathTest {

    private final SingleCommunicationPath rule = new SingleCommunicationPath();

    private static final String MODEL = """
            zones:
              - {id: cc, domain: ot, level: 2}
              - {id: ps, domain: ot, level: 1}
            assets:
              - {id: fep, type: server, zone: cc}
              - {id: rtu-n, type: rtu, zone: ps}
              - {id: rtu-s, type: rtu, zone: ps}
              - {id: rtu-lab, type: rtu, zone: ps}
              - {id: tl-south, name: Fibre south, type: telecom-link, zone: ps}
              - {id: tl-north-a, type: telecom-link, zone: ps}
              - {id: tl-north-b, type: telecom-link, zone: ps}
              - {id: tl-lab, type: telecom-link, zone: ps}
            connections:
              - {id: tm-south, from: asset:fep, to: asset:rtu-s, protocol: dnp3, requires: [asset:tl-south]}
              - {id: tm-north, from: asset:fep, to: asset:rtu-n, protocol: dnp3, requires: [{any: [asset:tl-north-a, asset:tl-north-b]}]}
              - {id: tm-lab, from: asset:fep, to: asset:rtu-lab, protocol: dnp3, requires: [asset:tl-lab]}
            services:
              - {id: dist, impact: {supply: critical}, requires: [connection:tm-south, connection:tm-north]}
              - {id: lab, impact: {financial: low}, requires: [connection:tm-lab]}
            """;

    @Test
    void firesOnATelecomLinkThatIsTheOnlyPathOfACriticalService() {
        List<Finding> findings = run(rule, MODEL);
        assertThat(subjects(findings)).containsExactly(List.of("asset:tl-south"));
        Finding finding = findings.get(0);
        assertThat(keys(finding.services())).containsExactly("service:dist");
        assertThat(finding.explanation()).contains("asset:tl-south (Fibre south) is the only communication path",
                "service:dist is lost at once", "an unknown time (no spares declared)");
    }

    @Test
    void silentForDiversePathsAndLinksOfMinorServices() {
        assertThat(subjects(run(rule, MODEL))).doesNotContain(List.of("asset:tl-north-a"), List.of("asset:tl-north-b"),
                List.of("asset:tl-lab"));
    }
}
