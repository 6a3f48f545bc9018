package org.otbridge.analysis.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.otbridge.analysis.architecture.ExposedRuleTesting.run;
import static org.otbridge.analysis.architecture.RuleTesting.subjects;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.otbridge.analysis.Finding;

/** OTB-ARCH-031 and -032: an unsupported system or unsigned firmware, weighed by how it is reached. */
class LifecycleRulesTest {

    /** The office reaches the control centre over RDP; the lab zone is reached by nothing. */
    private static final String OFFICE_SHORTCUT = """
            connections:
              - {id: office-rdp, from: asset:ws-1, to: asset:scada-1, protocol: rdp, via: [asset:fw-1], auth: password}
            """;

    @Nested
    class Unsupported {

        private final UnsupportedSystemReachable rule = new UnsupportedSystemReachable();

        @Test
        void firesOnAnUnsupportedHostCheapToReachByDateOrByItsKnownOperatingSystem() {
            List<Finding> findings = run(rule, OFFICE_SHORTCUT + """
                    assets:
                      - {id: old-hmi, type: hmi, zone: cc, end_of_support: 2020-01-14}
                      - {id: old-server, type: server, zone: cc, os: Windows Server 2012 R2}
                      - {id: old-station, type: workstation, zone: cc, os: windows 7 professional sp1}
                    """);
            assertThat(subjects(findings)).containsExactlyInAnyOrder(List.of("asset:old-hmi"),
                    List.of("asset:old-server"), List.of("asset:old-station"));
            assertThat(findings).filteredOn(f -> f.subjects().get(0).id().equals("old-server")).singleElement()
                    .satisfies(f -> assertThat(f.explanation()).contains("runs Windows Server 2012 R2, out of vendor "
                            + "support (Windows Server 2012 support ended 2023-10-10 (no end_of_support declared))",
                            "an attacker reaches it from zone:corp", "reachable at moderate cost (cost 3.0 from "
                            + "zone:corp)"));
        }

        @Test
        void quietWhenUnreachableStillSupportedOrOfAnEditionWithItsOwnSupport() {
            assertThat(run(rule, OFFICE_SHORTCUT + """
                    assets:
                      - {id: lab-old, type: hmi, zone: lab, end_of_support: 2020-01-14}
                      - {id: new-server, type: server, zone: cc, os: Windows Server 2022}
                      - {id: ltsc, type: workstation, zone: cc, os: Windows 10 Enterprise LTSC 2019}
                      - {id: embedded, type: hmi, zone: cc, os: Windows Embedded Standard 7}
                      - {id: later, type: hmi, zone: cc, os: Windows 7, end_of_support: 2030-01-01}
                    """)).isEmpty();
        }

        @Test
        void quietBehindADataDiode() {
            assertThat(run(rule, """
                    assets:
                      - {id: dd-1, type: data-diode, zone: dmz}
                      - {id: old-hist, type: historian, zone: ops, end_of_support: 2019-01-01}
                    connections:
                      - {id: out, from: asset:old-hist, to: asset:hist-dmz, protocol: other, via: [asset:dd-1]}
                      - {id: read, from: zone:corp, to: asset:hist-dmz, protocol: https, auth: password}
                    """)).isEmpty();
        }
    }

    @Nested
    class UnsignedFirmware {

        private final UnsignedFirmwareReachable rule = new UnsignedFirmwareReachable();

        @Test
        void firesOnADeviceTakingAnyFirmwareThatTheOfficeReaches() {
            List<Finding> findings = run(rule, OFFICE_SHORTCUT + """
                    assets:
                      - {id: gw-1, type: serial-gateway, zone: cc, signed_firmware: false}
                    """);
            assertThat(subjects(findings)).containsExactly(List.of("asset:gw-1"));
            assertThat(findings.get(0).explanation()).contains("accepts firmware without checking a signature",
                    "from zone:corp");
        }

        @Test
        void quietForSignedFirmwareUnknownFirmwareAndUnreachableDevices() {
            assertThat(run(rule, OFFICE_SHORTCUT + """
                    assets:
                      - {id: gw-signed, type: protocol-gateway, zone: cc, signed_firmware: true}
                      - {id: gw-unknown, type: serial-gateway, zone: cc}
                      - {id: gw-lab, type: serial-gateway, zone: lab, signed_firmware: false}
                    """)).isEmpty();
        }
    }
}
