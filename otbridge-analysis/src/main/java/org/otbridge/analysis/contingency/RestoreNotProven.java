package org.otbridge.analysis.contingency;

import java.util.List;
import org.otbridge.analysis.Category;
import org.otbridge.analysis.FindingBuilder;
import org.otbridge.analysis.Mistake;
import org.otbridge.analysis.RuleInfo;
import org.otbridge.analysis.Severity;
import org.otbridge.model.Asset;
import org.otbridge.model.Backup;
import org.otbridge.model.Ref;

/**
 * OTB-CONT-004: an asset has a backup, but a restore was never tested or last tested more than
 * {@value ContingencySite#RESTORE_TEST_MONTHS} months before the assessment day (the NERC CIP-009
 * cadence; CISA CPG 2.0 asks for yearly tests). Every asset is judged; the finding names the
 * services that need it and is lowered when none does.
 */
@RuleInfo(id = "OTB-CONT-004", category = Category.CONTINGENCY, severity = Severity.MEDIUM,
        mistake = Mistake.INTEGRATION,
        title = "Backup never restored, or restore test older than 15 months",
        explanation = "An untested backup fails when it is needed: the image does not boot on new hardware, the "
                + "project needs an engineering tool version or licence nobody has any more, or the copy turns out "
                + "to be years old. Operations then find out in the middle of an outage that the restore takes days "
                + "or weeks instead of hours, and the service stays on its fallback, or down, for that time.",
        recommendation = "Restore the backup onto spare or test hardware at least every 12 to 15 months and after "
                + "major changes, with the engineering tools and licences from the OT side only; time it, record "
                + "the date as backup.last_restore_test, and keep the procedure with the offline recovery documents.",
        references = {"IEC 62443-3-3 SR 7.3 RE(1)", "IEC 62443-3-3 SR 7.4", "IEC 62443-2-1:2024 AVAIL 2.3",
                "NERC CIP-009-6 R2.1, R2.2", "CISA CPG 2.0 3.O", "NIST CSF 2.0 RC.RP-03"},
        attack = {"M0953"},
        reads = {"backup.exists", "backup.last_restore_test", "service.requires", "service.impact", "asset.requires",
                "zone.requires", "connection.requires", "spares.on_hand", "spares.lead_time", "asset.supplier",
                "supplier.support_sla", "supplier.single_source", "asset.usage", "service.fallback",
                "fallback.capacity", "fallback.sustainable_for"})
public final class RestoreNotProven implements ContingencyRule {

    @Override
    public void checkAsset(Asset asset, ContingencySite site, FindingBuilder out) {
        Backup backup = asset.backup();
        if (backup == null || !backup.exists() || site.restoreProven(backup)) {
            return;
        }
        String detail;
        if (backup.lastRestoreTest() == null) {
            detail = asset.ref().key() + " (" + FindingWords.typeOf(asset) + ") has a backup that has never been "
                    + "restored (no backup.last_restore_test).";
        } else {
            detail = asset.ref().key() + " (" + FindingWords.typeOf(asset) + ") was last restored from backup on "
                    + backup.lastRestoreTest() + ", " + Text.months(site.monthsSince(backup.lastRestoreTest()))
                    + " before " + site.today() + "; a restore should be proven at least every "
                    + ContingencySite.RESTORE_TEST_MONTHS + " months.";
        }
        List<Ref> stops = site.criticalStoppedBy(asset.ref());
        if (!stops.isEmpty()) {
            detail += " It is a single point of failure: if it fails, " + site.whenStopped(stops)
                    + "; its restore takes " + site.restoreOf(asset).text() + ".";
        }
        out.report(detail, asset.ref());
    }
}
