package org.otbridge.analysis.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.otbridge.analysis.architecture.RuleTesting.refs;
import static org.otbridge.analysis.architecture.RuleTesting.run;
import static org.otbridge.analysis.architecture.RuleTesting.subjects;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.otbridge.analysis.Finding;
import org.otbridge.analysis.Severity;

class UnmanagedRemovableMediaTest {

    private final UnmanagedRemovableMedia rule = new UnmanagedRemovableMedia();

    @Test
    void firesWithoutManagedMediaControlAndWithABlockThatAllowsNoException() {
        List<Finding> findings = run(rule, """
                controls:
                  - {id: usb-none, kind: usb-block, exception: none, applies_to: [asset:hmi-1]}
                connections:
                  - {id: usb-ews, from: removable-media, to: asset:ews-1, purpose: Projects}
                  - {id: usb-hmi, from: removable-media, to: asset:hmi-1, purpose: Updates}
                """);
        assertThat(subjects(findings)).containsExactlyInAnyOrder(List.of("connection:usb-ews"),
                List.of("connection:usb-hmi"));
        assertThat(findings).allSatisfy(f -> {
            assertThat(f.services()).isEqualTo(refs("service:heat"));
            assertThat(f.severity()).isEqualTo(Severity.HIGH);
            assertThat(f.references()).contains("ATT&CK ICS T0847 Replication Through Removable Media");
        });
    }

    @Test
    void silentWithManagedMediaOrKioskAndOutsideOt() {
        assertThat(run(rule, """
                controls:
                  - {id: usb-managed, kind: usb-block, exception: managed-media, applies_to: [zone:cc]}
                  - {id: usb-kiosk, kind: usb-block, exception: kiosk}
                assets:
                  - {id: ews-2, type: engineering-workstation, zone: lab, controls: [usb-kiosk]}
                connections:
                  - {id: usb-ews, from: removable-media, to: asset:ews-1}
                  - {id: usb-ews-2, from: removable-media, to: asset:ews-2}
                  - {id: usb-office, from: removable-media, to: asset:ws-1}
                """)).isEmpty();
    }
}
