package org.otbridge.analysis.contingency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.otbridge.analysis.contingency.ContingencyTesting.keys;
import static org.otbridge.analysis.contingency.ContingencyTesting.on;
import static org.otbridge.analysis.contingency.ContingencyTesting.run;
import static org.otbridge.analysis.contingency.ContingencyTesting.subjects;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.otbridge.analysis.Finding;

class NoSpareForSinglePointOfFailureTest {

    private final NoSpareForSinglePointOfFailure rule = new NoSpareForSinglePointOfFailure();

    private static final String MODEL = """
            zones:
              - {id: cc, domain: ot, level: 2}
              - {id: ext, domain: external, level: 5}
            assets:
              - {id: plc-a, type: plc, zone: cc, spares: {on_hand: 0, lead_time: 26w}}
              - {id: plc-b, type: plc, zone: cc, spares: {lead_time: 4w}}
              - {id: plc-c, type: plc, zone: cc, spares: {on_hand: 1, lead_time: 10w}}
              - {id: plc-d, type: plc, zone: cc}
              - {id: rtu-x, type: rtu, zone: cc, spares: {on_hand: 0, lead_time: 26w}}
              - {id: rtu-y, type: rtu, zone: cc, spares: {on_hand: 0, lead_time: 26w}}
              - {id: cloud, type: cloud-service, zone: ext, spares: {on_hand: 0}}
              - {id: plc-e, type: plc, zone: cc, spares: {on_hand: 0, lead_time: 8w}}
            services:
              - id: heat
                impact: {supply: critical}
                requires: [asset:plc-a, asset:plc-b, asset:plc-c, asset:plc-d, {any: [asset:rtu-x, asset:rtu-y]}, asset:cloud]
              - {id: lab, impact: {financial: low}, requires: [asset:plc-e]}
            """;

    @Test
    void firesOnSinglePointsOfFailureWithoutASpareOnHand() {
        List<Finding> findings = run(rule, MODEL);
        assertThat(subjects(findings)).containsExactlyInAnyOrder(List.of("asset:plc-a"), List.of("asset:plc-b"));
        Finding a = on(findings, "asset:plc-a");
        assertThat(keys(a.services())).containsExactly("service:heat");
        assertThat(a.explanation()).contains("no spare on hand", "takes 26w to arrive", "service:heat is lost at once");
        assertThat(on(findings, "asset:plc-b").explanation()).contains("takes 4w to arrive");
    }

    @Test
    void silentForSparesOnHandUndeclaredSparesRedundantElementsCloudAndMinorServices() {
        assertThat(subjects(run(rule, MODEL))).doesNotContain(List.of("asset:plc-c"), List.of("asset:plc-d"),
                List.of("asset:rtu-x"), List.of("asset:rtu-y"), List.of("asset:cloud"), List.of("asset:plc-e"));
    }
}
