package org.otbridge.analysis.contingency;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.otbridge.analysis.Category;
import org.otbridge.analysis.FindingBuilder;
import org.otbridge.analysis.Mistake;
import org.otbridge.analysis.RuleInfo;
import org.otbridge.analysis.Severity;
import org.otbridge.model.Asset;
import org.otbridge.model.Control;
import org.otbridge.model.ControlKind;
import org.otbridge.model.Domain;
import org.otbridge.model.Ref;
import org.otbridge.model.RefKind;

/**
 * OTB-CONT-005: a backup control that covers OT, safety or DMZ elements keeps no offline copy
 * ({@code offline_copy} not true), or is the same backup that also covers IT elements (one
 * restore point for both, reachable from IT). A control covers what its {@code applies_to} names
 * and the assets that list it.
 */
@RuleInfo(id = "OTB-CONT-005", category = Category.CONTINGENCY, severity = Severity.HIGH,
        mistake = Mistake.INTEGRATION,
        title = "OT backups reachable from IT or without an offline copy",
        explanation = "Ransomware that reaches the backup server encrypts or deletes the restore points before it "
                + "strikes: when OT restore points live only online, or on the same backup system as IT, an IT "
                + "incident takes away the means to restore OT too. Operations then rebuild servers, HMIs and "
                + "configurations from scratch, for weeks, while running on fallbacks.",
        recommendation = "Keep an offline or immutable gold copy of OT images, projects and configurations inside "
                + "OT (removable media in a safe, a write-once store), separate from the corporate backup, and "
                + "verify its integrity before a restore; record it as offline_copy: true.",
        references = {"NIST CSF 2.0 RC.RP-03", "IEC 62443-2-1:2024 AVAIL 2.4", "CISA CPG 2.0 3.O",
                "NSA/CISA guidance on connected OT (2021): offline gold copies"},
        attack = {"M0953", "M0947"},
        reads = {"control.kind", "control.applies_to", "asset.controls", "asset.zones", "zone.domain",
                "control.backup.offline_copy", "control.backup.restore_tested"})
public final class BackupWithoutOfflineCopy implements ContingencyRule {

    @Override
    public Set<ControlKind> controlKinds() {
        return Set.of(ControlKind.BACKUP);
    }

    @Override
    public void checkControl(Control control, ContingencySite site, FindingBuilder out) {
        if (control.kind() != ControlKind.BACKUP) {
            return;
        }
        Set<Ref> covered = new LinkedHashSet<>(control.appliesTo());
        for (Asset asset : site.assetsListing(control.ref())) {
            covered.add(asset.ref());
        }
        List<Ref> ot = new ArrayList<>();
        List<Ref> it = new ArrayList<>();
        for (Ref ref : covered) {
            Set<Domain> domains = site.facts().domainsOf(ref);
            if (domains.contains(Domain.OT) || domains.contains(Domain.SAFETY) || domains.contains(Domain.DMZ)) {
                ot.add(ref);
            }
            if (domains.contains(Domain.IT)) {
                it.add(ref);
            }
        }
        boolean offline = Boolean.TRUE.equals(control.parameters().get("offline_copy"));
        if (ot.isEmpty() || (offline && it.isEmpty())) {
            return;
        }
        List<String> gaps = new ArrayList<>();
        if (!offline) {
            gaps.add("keeps no offline copy (offline_copy " + (control.parameters().containsKey("offline_copy")
                    ? "false" : "not set") + ")");
        }
        if (!it.isEmpty()) {
            gaps.add("also covers IT (" + Text.refs(it) + "), so one restore point serves both");
        }
        Optional<String> name = ContingencySite.textParameter(control, "name");
        String detail = control.ref().key() + name.map(n -> " (" + n + ")").orElse("") + " backs up "
                + Text.refs(ot) + " and " + Text.and(gaps) + "."
                + ContingencySite.dateParameter(control, "restore_tested")
                        .map(d -> " A restore was last proven on " + d + ".").orElse(" No restore is recorded.");
        // a zone's services are those of its assets
        List<Ref> scope = new ArrayList<>(ot);
        for (Ref ref : ot) {
            if (ref.kind() == RefKind.ZONE) {
                site.model().zone(ref.id()).ifPresent(z -> site.facts().assetsIn(z).forEach(a -> scope.add(a.ref())));
            }
        }
        out.report(detail, control.ref(), scope);
    }
}
