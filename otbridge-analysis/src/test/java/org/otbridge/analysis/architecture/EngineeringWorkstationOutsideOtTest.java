package org.otbridge.analysis.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.otbridge.analysis.architecture.RuleTesting.refs;
import static org.otbridge.analysis.architecture.RuleTesting.run;
import static org.otbridge.analysis.architecture.RuleTesting.subjects;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.otbridge.analysis.Finding;
import org.otbridge.analysis.Severity;

class EngineeringWorkstationOutsideOtTest {

    private final EngineeringWorkstationOutsideOt rule = new EngineeringWorkstationOutsideOt();

    @Test
    void firesOnWorkstationsInItAndRoamingLaptopsThatUseIt() {
        List<Finding> findings = run(rule, """
                assets:
                  - {id: ews-office, type: engineering-workstation, zone: corp}
                  - {id: ews-field, type: engineering-workstation, zone: cc, usage: [field-portable]}
                connections:
                  - {id: mail, from: asset:ews-field, to: asset:ws-1, protocol: smb}
                  - {id: program, from: asset:ews-office, to: asset:plc-1, protocol: s7}
                """);
        assertThat(subjects(findings)).containsExactlyInAnyOrder(List.of("asset:ews-office"), List.of("asset:ews-field"));
        assertThat(findings).allSatisfy(f -> {
            assertThat(f.services()).isEqualTo(refs("service:heat"));
            assertThat(f.severity()).isEqualTo(Severity.CRITICAL);
        });
    }

    @Test
    void silentForFixedAndOtOnlyPortableWorkstations() {
        assertThat(run(rule, """
                assets:
                  - {id: ews-field, type: engineering-workstation, zone: cc, usage: [field-portable]}
                connections:
                  - {id: program, from: asset:ews-field, to: asset:plc-1, protocol: s7}
                """)).isEmpty();
    }
}
