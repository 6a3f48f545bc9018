package org.otbridge.analysis.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.otbridge.analysis.architecture.RuleTesting.refs;
import static org.otbridge.analysis.architecture.RuleTesting.run;
import static org.otbridge.analysis.architecture.RuleTesting.subjects;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.otbridge.analysis.Finding;
import org.otbridge.analysis.Severity;

class FlatZoneMixesControllersAndOfficeHostsTest {

    private final FlatZoneMixesControllersAndOfficeHosts rule = new FlatZoneMixesControllersAndOfficeHosts();

    @Test
    void firesOnAFlatZoneWithControllersAndServers() {
        List<Finding> findings = run(rule, """
                assets:
                  - {id: file-srv, type: server, zone: field}
                  - {id: office-pc, type: workstation, zone: field}
                """);
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.subjects()).isEqualTo(refs("zone:field"));
            assertThat(f.services()).isEqualTo(refs("service:heat"));
            assertThat(f.severity()).isEqualTo(Severity.CRITICAL);
            assertThat(f.explanation()).contains("asset:plc-1", "asset:file-srv", "asset:office-pc");
        });
    }

    @Test
    void silentForSegmentedZonesAndControllersWithHmis() {
        assertThat(run(rule, """
                zones:
                  - {id: station, name: Station, domain: ot, level: 1, flat: false, target_sl: 2}
                assets:
                  - {id: rtu-s, type: rtu, zone: station}
                  - {id: srv-s, type: server, zone: station}
                  - {id: hmi-f, type: hmi, zone: field}
                """)).isEmpty();
    }
}
