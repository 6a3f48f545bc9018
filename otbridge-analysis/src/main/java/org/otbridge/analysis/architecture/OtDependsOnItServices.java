package org.otbridge.analysis.architecture;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.otbridge.analysis.Category;
import org.otbridge.analysis.FindingBuilder;
import org.otbridge.analysis.Mistake;
import org.otbridge.analysis.RuleInfo;
import org.otbridge.analysis.Severity;
import org.otbridge.model.Asset;
import org.otbridge.model.Dependency;
import org.otbridge.model.Domain;
import org.otbridge.model.Ref;
import org.otbridge.model.RefKind;
import org.otbridge.model.Zone;

/**
 * OTB-ARCH-014: an OT or safety asset (or zone) whose {@code requires} names an asset that lives
 * in enterprise IT only, such as the corporate domain controller or WSUS.
 */
@RuleInfo(id = "OTB-ARCH-014", category = Category.ARCHITECTURE, severity = Severity.HIGH,
        mistake = Mistake.INTEGRATION,
        title = "OT hosts depend on enterprise directory or other IT-zone services",
        explanation = "When OT hosts need an IT system to work, an IT outage or IT ransomware stops operations "
                + "too, and whoever is administrator in IT is administrator in OT: group policies and scripts "
                + "pushed from the corporate directory have been used to spread wipers to control systems.",
        recommendation = "Make OT self-sufficient: an OT directory (or local accounts with cached logons) with no "
                + "trust to the IT forest, OT-side time, name and patch services, and an island-mode test that "
                + "proves operations continue when the IT/OT conduit is cut.",
        references = {"IEC 62443-2-1:2024 NET 1.4", "IEC 62443-3-3 SR 1.3", "CISA CPG 2.0 3.C"},
        attack = {"M0915", "M0930"},
        reads = {"asset.requires", "zone.requires", "asset.zones", "zone.domain"})
public final class OtDependsOnItServices implements ArchitectureRule {

    @Override
    public void checkAsset(Asset asset, ArchitectureSite site, FindingBuilder out) {
        if (asset.requires() == null || asset.requires().items().isEmpty() && !(asset.requires() instanceof Dependency.On)
                || site.facts().domainsOf(asset.ref()).stream().noneMatch(Terms::isOt)) {
            return;
        }
        List<Asset> needed = itAssets(asset.requires(), site);
        if (needed.isEmpty()) {
            return;
        }
        List<Ref> subjects = new ArrayList<>();
        subjects.add(asset.ref());
        needed.forEach(a -> subjects.add(a.ref()));
        out.report(site.where(asset.ref()) + " requires " + describe(needed, site) + ".", subjects,
                site.servicesAt(asset));
    }

    @Override
    public void checkZone(Zone zone, ArchitectureSite site, FindingBuilder out) {
        if (!Terms.isOt(zone.domain())) {
            return;
        }
        List<Asset> needed = itAssets(zone.requires(), site);
        if (needed.isEmpty()) {
            return;
        }
        List<Ref> subjects = new ArrayList<>();
        subjects.add(zone.ref());
        needed.forEach(a -> subjects.add(a.ref()));
        out.report(zone.ref().key() + " (" + ArchitectureSite.zoneWords(zone) + ") requires " + describe(needed, site)
                + " for every asset in it.", subjects, site.servicesOfZone(zone));
    }

    private static List<Asset> itAssets(Dependency requires, ArchitectureSite site) {
        if (requires == null) {
            return List.of();
        }
        Set<Asset> found = new LinkedHashSet<>();
        requires.forEachRef(ref -> {
            if (ref.kind() != RefKind.ASSET) {
                return;
            }
            Set<Domain> domains = site.facts().domainsOf(ref);
            if (domains.contains(Domain.IT) && domains.stream().noneMatch(d -> Terms.isOt(d) || d == Domain.DMZ)) {
                site.facts().assetOf(ref).ifPresent(found::add);
            }
        });
        return List.copyOf(found);
    }

    private static String describe(List<Asset> assets, ArchitectureSite site) {
        List<String> parts = new ArrayList<>();
        for (Asset asset : assets) {
            parts.add(site.where(asset.ref()));
        }
        return Words.and(parts);
    }
}
