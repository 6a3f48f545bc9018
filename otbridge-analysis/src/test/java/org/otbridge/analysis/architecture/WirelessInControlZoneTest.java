package org.otbridge.analysis.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.otbridge.analysis.architecture.RuleTesting.refs;
import static org.otbridge.analysis.architecture.RuleTesting.run;
import static org.otbridge.analysis.architecture.RuleTesting.subjects;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.otbridge.analysis.Finding;
import org.otbridge.analysis.Severity;

class WirelessInControlZoneTest {

    private final WirelessInControlZone rule = new WirelessInControlZone();

    @Test
    void firesOnAnAccessPointInsideAControlZone() {
        List<Finding> findings = run(rule, """
                assets:
                  - {id: wap-cc, type: wireless-ap, zone: cc}
                """);
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.subjects()).isEqualTo(refs("asset:wap-cc", "zone:cc"));
            assertThat(f.services()).isEqualTo(refs("service:heat"));
            assertThat(f.severity()).isEqualTo(Severity.CRITICAL);
        });
    }

    @Test
    void silentWhenWirelessHasItsOwnZoneOrIsInTheOffice() {
        assertThat(run(rule, """
                zones:
                  - {id: wifi, name: Plant wireless, domain: ot, level: 2, target_sl: 2}
                assets:
                  - {id: wap-1, type: wireless-ap, zone: wifi}
                  - {id: sw-wifi, type: switch, zone: wifi}
                  - {id: wap-office, type: wireless-ap, zone: corp}
                  - {id: wap-l3, type: wireless-ap, zone: ops}
                """)).isEmpty();
    }
}
