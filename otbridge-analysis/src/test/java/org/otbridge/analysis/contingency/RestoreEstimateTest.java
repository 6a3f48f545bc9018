package org.otbridge.analysis.contingency;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The restore-time model documented on {@link RestoreEstimate}. */
class RestoreEstimateTest {

    private static ContingencySite site;

    @BeforeAll
    static void load() {
        site = ContingencyTesting.site("""
                zones:
                  - {id: cc, domain: ot, level: 2}
                  - {id: ext, domain: external, level: 5}
                suppliers:
                  - {id: single, support_sla: 3d, single_source: true}
                  - {id: integ, support_sla: 8h}
                  - {id: saas, support_sla: 1d}
                  - {id: mute}
                assets:
                  - {id: ready, type: plc, zone: cc, supplier: integ, spares: {on_hand: 1, lead_time: 10w},
                     backup: {last_restore_test: 2026-04-22}}
                  - {id: fep, type: server, zone: cc, supplier: single, spares: {on_hand: 0, lead_time: 16w},
                     backup: {last_restore_test: 2023-06-01}}
                  - {id: managed, type: server, zone: cc, supplier: integ, usage: [vendor-managed],
                     spares: {on_hand: 2}, backup: {last_restore_test: 2026-04-22}}
                  - {id: rebuilt, type: scada-server, zone: cc, supplier: integ, spares: {lead_time: 8w}, backup: {exists: false}}
                  - {id: bare, type: workstation, zone: cc}
                  - {id: cloud, type: cloud-service, zone: ext, supplier: saas}
                  - {id: ups, type: power-supply, zone: cc}
                  - {id: silent-vendor, type: plc, zone: cc, supplier: mute, spares: {on_hand: 1}, backup: {exists: true}}
                """);
    }

    private static RestoreEstimate of(String id) {
        return site.restoreOf(site.model().asset(id).orElseThrow());
    }

    @Test
    void aSpareOnHandAndAProvenRestoreTakeOnlyHours() {
        RestoreEstimate ready = of("ready");
        assertThat(ready.lowerBound()).isZero();
        assertThat(ready.openEnded()).isFalse();
        assertThat(ready.supplierNeed()).isNull();
        assertThat(ready.text()).isEqualTo("only hours (1 spare on hand; restore proven on 2026-04-22)");
    }

    @Test
    void leadTimeAndSupplierRunInParallelAndAnUnprovenRestoreAddsADay() {
        RestoreEstimate fep = of("fep");
        assertThat(fep.lowerBound()).isEqualTo(Duration.ofDays(16 * 7 + 1));
        assertThat(fep.openEnded()).isFalse();
        assertThat(fep.supplierNeed()).isEqualTo("single-source");
        assertThat(fep.text()).isEqualTo("an estimated 16w 1d (no spare on hand, lead time 16w; supplier:single "
                + "support_sla 3d, single-source; restore last tested 2023-06-01, 41 months ago: +1d assumed)");
    }

    @Test
    void aVendorManagedAssetWaitsForItsSupplierEvenWithASpare() {
        RestoreEstimate managed = of("managed");
        assertThat(managed.lowerBound()).isEqualTo(Duration.ofHours(8));
        assertThat(managed.supplierNeed()).isEqualTo("vendor-managed");
    }

    @Test
    void withoutABackupTheEstimateIsOpenEndedAndTheSupplierMustRebuild() {
        RestoreEstimate rebuilt = of("rebuilt");
        assertThat(rebuilt.lowerBound()).isEqualTo(Duration.ofDays(56));
        assertThat(rebuilt.openEnded()).isTrue();
        assertThat(rebuilt.unknown()).isFalse();
        assertThat(rebuilt.amount()).isEqualTo("at least 8w");
        assertThat(rebuilt.supplierNeed()).isEqualTo("needed to rebuild without a proven restore");
        assertThat(rebuilt.atLeast(Duration.ofDays(56))).isTrue();
        assertThat(rebuilt.longerThan(Duration.ofDays(56))).isFalse();
    }

    @Test
    void nothingDeclaredIsUnknownNotZero() {
        assertThat(of("bare").unknown()).isTrue();
        assertThat(of("bare").amount()).isEqualTo("an unknown time");
        assertThat(of("bare").atLeast(Duration.ofMinutes(1))).isFalse();
        assertThat(of("ups").unknown()).isTrue();
        assertThat(of("ups").basis()).containsExactly("no spares declared");
    }

    @Test
    void aCloudServiceIsRestoredByItsSupplier() {
        RestoreEstimate cloud = of("cloud");
        assertThat(cloud.lowerBound()).isEqualTo(Duration.ofDays(1));
        assertThat(cloud.openEnded()).isFalse();
        assertThat(cloud.text()).isEqualTo("an estimated 1d (supplier:saas support_sla 1d, it provides the service)");
    }

    @Test
    void aNeededSupplierWithoutSlaMakesTheEstimateALowerBound() {
        RestoreEstimate estimate = of("silent-vendor");
        assertThat(estimate.openEnded()).isTrue();
        assertThat(estimate.lowerBound()).isEqualTo(RestoreEstimate.UNPROVEN_RESTORE);
        assertThat(estimate.text()).contains("supplier:mute needed (needed to rebuild without a proven restore) but "
                + "declares no support_sla", "backup never restored: +1d assumed");
    }
}
