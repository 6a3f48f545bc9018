package org.otbridge.analysis.sites;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.otbridge.analysis.Assessment;
import org.otbridge.analysis.Finding;
import org.otbridge.analysis.Severity;
import org.otbridge.analysis.exposure.Shortcut;

/** A small neglected waterworks: every bypass is ranked, and the worst attack is named. */
class NeglectedWaterworksTest {

    private static final Assessment ASSESSMENT = Sites.assess(Sites.NEGLECTED);

    @Test
    void everyBypassIsAShortcutEvenWhenAParallelOneRemains() {
        // Office RDP and the dual-homed historian both lead from the office to SCADA: removing either
        // alone changes nothing, yet each is a way the design does not have.
        assertThat(ASSESSMENT.shortcuts()).extracting(s -> s.element().key())
                .contains("connection:office-rdp", "asset:hist", "connection:vendor-tv", "connection:eng-plc");
        Shortcut rdp = ASSESSMENT.shortcuts().stream().filter(s -> s.element().id().equals("office-rdp"))
                .findFirst().orElseThrow();
        assertThat(rdp.bypasses()).isEqualTo("dmz");
        assertThat(rdp.opensNewWay()).isTrue();
        assertThat(rdp.entry().key()).isEqualTo("zone:office");
    }

    @Test
    void theVendorsTeamViewerGetsTheRemoteAccessAdviceAndACriticalSeverity() {
        Finding unbrokered = Sites.finding(ASSESSMENT, "OTB-ARCH-006", "connection:vendor-tv").orElseThrow();
        assertThat(unbrokered.severity()).isEqualTo(Severity.CRITICAL);
        assertThat(unbrokered.explanation()).contains("a critical consequence for operations", "cheap to reach");
    }

    @Test
    void aCheapAttackThatStopsTheWaterIsAFinding() {
        assertThat(ASSESSMENT.findings()).filteredOn(f -> f.rule().equals("OTB-EXP-003"))
                .extracting(f -> Sites.keys(f.subjects()).get(1))
                .contains("zone:office", "supplier:integrator");
        assertThat(ASSESSMENT.outages()).anySatisfy(o -> {
            assertThat(o.entry().key()).isEqualTo("zone:office");
            assertThat(o.service().key()).isEqualTo("service:water");
            assertThat(o.effect()).isEqualTo("lost");
            assertThat(o.fasterThanTolerated()).isTrue();
        });
    }
}
