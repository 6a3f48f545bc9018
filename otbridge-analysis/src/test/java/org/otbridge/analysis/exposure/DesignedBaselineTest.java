package org.otbridge.analysis.exposure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Shortcuts measured against the designed baseline: a bypass that lowers an attack cost when
 * added alone, never a designed conduit, and never hidden by a parallel bypass.
 */
class DesignedBaselineTest {

    private static List<String> shortcuts(String yaml) {
        return ExposureAnalyzerTest.analyze(yaml).shortcuts().stream().map(s -> s.element().key()).toList();
    }

    @Test
    void theWellBuiltSiteHasNoShortcutAndItsDesignedWayInIsAnEntryConduit() {
        ExposureResult result = ExposureAnalyzerTest.analyze(ExposureAnalyzerTest.WELL_BUILT);
        assertThat(result.shortcuts()).isEmpty();
        assertThat(result.entryConduits()).extracting(c -> c.connection().key() + " from " + c.entry().key())
                .containsExactlyInAnyOrder("connection:vendor-vpn from supplier:vendor",
                        "connection:jump-scada from supplier:vendor");
        EntryConduit vpn = result.entryConduits().stream()
                .filter(c -> c.connection().id().equals("vendor-vpn")).findFirst().orElseThrow();
        assertThat(vpn.hardening().auth()).isEqualTo(org.otbridge.model.AuthMethod.MFA);
        assertThat(vpn.services()).extracting(r -> r.key()).containsExactly("service:supply");
    }

    @Test
    void twoParallelBypassesFromOneOfficeAreBothRanked() {
        // Removing either alone changes nothing, since the other stays: judged against the design, both count.
        List<String> shortcuts = shortcuts(ExposureAnalyzerTest.WELL_BUILT + """
                  - {id: office-rdp, from: asset:office-pc, to: asset:scada, protocol: rdp, via: [fw], auth: password}
                  - {id: office-vnc, from: zone:corp, to: asset:scada, protocol: vnc, via: [fw], auth: password}
                """);
        assertThat(shortcuts).containsExactlyInAnyOrder("connection:office-rdp", "connection:office-vnc");
    }

    @Test
    void aDualHomedHistorianIsAShortcutAndItsBypassIsNamed() {
        ExposureResult result = ExposureAnalyzerTest.analyze(ExposureAnalyzerTest.WELL_BUILT
                .replace("{id: hist, type: historian, zone: cc}", "{id: hist, type: historian, zones: [corp, cc]}"));
        assertThat(result.shortcuts()).singleElement().satisfies(shortcut -> {
            assertThat(shortcut.element().key()).isEqualTo("asset:hist");
            assertThat(shortcut.kind()).isEqualTo("host");
            assertThat(shortcut.bypasses()).isEqualTo("domains");
            assertThat(shortcut.entry().key()).isEqualTo("zone:corp");
            assertThat(shortcut.opensNewWay()).isTrue();
        });
    }

    @Test
    void designedLinksAreNeverShortcutsEvenWhenTheyAreTheOnlyWay() {
        // The SCADA-to-PLC link between adjacent levels and the jump-host hop are the only ways to the
        // controllers; removing them would disconnect the attacker, yet they are the design.
        ExposureResult result = ExposureAnalyzerTest.analyze(ExposureAnalyzerTest.WELL_BUILT + """
                  - {id: vendor-tv, from: supplier:vendor, to: asset:scada, protocol: teamviewer, always_on: true}
                """);
        assertThat(result.shortcuts()).extracting(s -> s.element().key()).containsExactly("connection:vendor-tv");
        Shortcut tv = result.shortcuts().get(0);
        assertThat(tv.bypasses()).isEqualTo("broker");
        // Over the designed VPN and jump host the vendor pays 6.0 to the PLCs; TeamViewer straight to SCADA, 1.0.
        assertThat(tv.baselineCost()).isEqualTo(6.0 - 0.0 - 1.5 + 1.5);
        assertThat(tv.costWith()).isLessThan(tv.baselineCost());
    }

    @Test
    void aControllerOnTheInternetIsAShortcutOfItsOwn() {
        ExposureResult result = ExposureAnalyzerTest.analyze(ExposureAnalyzerTest.WELL_BUILT
                .replace("{id: plc-2, type: plc, zone: field}", "{id: plc-2, type: plc, zone: field, internet_exposed: true}"));
        assertThat(result.shortcuts()).singleElement().satisfies(shortcut -> {
            assertThat(shortcut.element().key()).isEqualTo("asset:plc-2");
            assertThat(shortcut.kind()).isEqualTo("internet-exposure");
            assertThat(shortcut.entry().key()).isEqualTo("internet");
            assertThat(shortcut.costWith()).isZero();
        });
    }

    @Test
    void aNewWayRanksBeforeACheaperWay() {
        List<String> shortcuts = shortcuts(ExposureAnalyzerTest.WELL_BUILT + """
                  - {id: vendor-tv, from: supplier:vendor, to: asset:scada, protocol: teamviewer, always_on: true}
                  - {id: office-rdp, from: asset:office-pc, to: asset:scada, protocol: rdp, via: [fw], auth: mfa}
                """);
        // From the office there was no way at all; the vendor only gets a cheaper one.
        assertThat(shortcuts).containsExactly("connection:office-rdp", "connection:vendor-tv");
    }
}
