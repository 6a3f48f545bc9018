package org.otbridge.analysis.rules;

import java.util.HashSet;
import java.util.Set;
import org.otbridge.analysis.facts.SiteFacts;
import org.otbridge.model.Asset;
import org.otbridge.model.Model;
import org.otbridge.model.Ref;
import org.otbridge.model.RefKind;

/**
 * The assets whose values for the rule catalog may hold a change of controls: what an asset rule
 * reads of controls is those on the asset, its zones and its connections (its own, and those that
 * pass through it), so only these assets can evaluate differently. {@code controlled} names where
 * controls may apply differently ({@link org.otbridge.analysis.ModelDiff#controlled()}); the model
 * is the changed one, whose zones and connections are those of the model it was changed from.
 */
final class ControlledAssets {

    private ControlledAssets() {
    }

    static Set<String> of(SiteFacts facts, Set<Ref> controlled) {
        Model model = facts.model();
        Set<String> assets = new HashSet<>();
        Set<String> controls = new HashSet<>();
        for (Ref ref : controlled) {
            switch (ref.kind()) {
                case ASSET -> assets.add(ref.id());
                case ZONE -> model.zone(ref.id()).ifPresent(zone -> facts.assetsIn(zone).forEach(a -> assets.add(a.id())));
                case CONNECTION -> model.connection(ref.id()).ifPresent(connection -> {
                    addAsset(connection.from(), assets);
                    addAsset(connection.to(), assets);
                    connection.via().forEach(via -> addAsset(via, assets));
                });
                case CONTROL -> controls.add(ref.id());
                default -> {
                    // suppliers, services and the programme carry no control an asset's values hold
                }
            }
        }
        if (!controls.isEmpty()) {
            for (Asset asset : model.assets()) {
                for (Ref listed : asset.controls()) {
                    if (controls.contains(listed.id())) {
                        assets.add(asset.id());
                        break;
                    }
                }
            }
        }
        return assets;
    }

    private static void addAsset(Ref ref, Set<String> assets) {
        if (ref.kind() == RefKind.ASSET) {
            assets.add(ref.id());
        }
    }
}
