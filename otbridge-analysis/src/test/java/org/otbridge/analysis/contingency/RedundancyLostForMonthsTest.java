package org.otbridge.analysis.contingency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.otbridge.analysis.contingency.ContingencyTesting.keys;
import static org.otbridge.analysis.contingency.ContingencyTesting.run;
import static org.otbridge.analysis.contingency.ContingencyTesting.subjects;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.otbridge.analysis.Finding;

class RedundancyLostForMonthsTest {

    private final RedundancyLostForMonths rule = new RedundancyLostForMonths();

    private static final String MODEL = """
            zones:
              - {id: ps, domain: ot, level: 1}
            assets:
              - {id: rtu-1, type: rtu, zone: ps, spares: {on_hand: 0, lead_time: 26w}}
              - {id: rtu-2, type: rtu, zone: ps, spares: {on_hand: 1, lead_time: 26w}}
              - {id: rtu-3, type: rtu, zone: ps, spares: {on_hand: 0, lead_time: 2w}}
              - {id: scada-a, type: scada-server, zone: ps, spares: {on_hand: 0}}
              - {id: scada-b, type: scada-server, zone: ps}
              - {id: lab-a, type: plc, zone: ps, spares: {on_hand: 0, lead_time: 52w}}
              - {id: lab-b, type: plc, zone: ps}
            services:
              - id: dist
                impact: {supply: critical}
                requires:
                  - {at_least: 2, of: [asset:rtu-1, asset:rtu-2, asset:rtu-3]}
                  - {any: [asset:scada-a, asset:scada-b]}
              - {id: lab, impact: {financial: low}, requires: [{any: [asset:lab-a, asset:lab-b]}]}
            """;

    @Test
    void firesOnARedundantElementWithoutSpareAndWithALongLeadTime() {
        List<Finding> findings = run(rule, MODEL);
        assertThat(subjects(findings)).containsExactly(List.of("asset:rtu-1"));
        Finding rtu = findings.get(0);
        assertThat(keys(rtu.services())).containsExactly("service:dist");
        assertThat(rtu.explanation()).contains("lead time of 26w", "for 26w one more failure of asset:rtu-2 and "
                + "asset:rtu-3 stops it", "service:dist is lost at once");
    }

    @Test
    void silentForSparesOnHandShortOrUnknownLeadTimesAndMinorServices() {
        assertThat(subjects(run(rule, MODEL))).doesNotContain(List.of("asset:rtu-2"), List.of("asset:rtu-3"),
                List.of("asset:scada-a"), List.of("asset:lab-a"));
    }
}
