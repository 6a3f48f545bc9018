package org.otbridge.analysis.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.otbridge.analysis.facts.SiteFacts;
import org.otbridge.model.Asset;
import org.otbridge.model.Connection;
import org.otbridge.model.Model;
import org.otbridge.model.Ref;
import org.otbridge.model.RefKind;
import org.otbridge.model.Zone;
import org.otbridge.model.load.ModelLoader;

/**
 * Where a change of controls can reach an asset rule: the asset itself, every asset of a zone, the
 * assets at either end of a connection and those it passes through, and the assets that list a
 * control; nothing through a supplier.
 */
class ControlledAssetsTest {

    private static final Model MODEL = new ModelLoader().load(Path.of("../examples/nordvik-energi")).model();
    private static final SiteFacts FACTS = new SiteFacts(MODEL);

    @Test
    void anAssetReachesItself() {
        Asset asset = MODEL.assets().get(0);
        assertThat(ControlledAssets.of(FACTS, Set.of(asset.ref()))).containsExactly(asset.id());
    }

    @Test
    void aZoneReachesEveryAssetInIt() {
        Zone zone = MODEL.zones().stream().filter(z -> FACTS.assetsIn(z).size() > 1).findFirst().orElseThrow();
        assertThat(ControlledAssets.of(FACTS, Set.of(zone.ref())))
                .containsExactlyInAnyOrderElementsOf(FACTS.assetsIn(zone).stream().map(Asset::id).toList());
    }

    @Test
    void aConnectionReachesTheAssetsAtItsEndsAndThoseItPassesThrough() {
        Connection connection = MODEL.connections().stream()
                .filter(c -> c.from().kind() == RefKind.ASSET && c.to().kind() == RefKind.ASSET).findFirst()
                .orElseThrow();
        Set<String> reached = ControlledAssets.of(FACTS, Set.of(connection.ref()));
        assertThat(reached).contains(connection.from().id(), connection.to().id());
        connection.via().forEach(via -> assertThat(reached).contains(via.id()));
        assertThat(reached).hasSize((int) java.util.stream.Stream.concat(
                java.util.stream.Stream.of(connection.from(), connection.to()), connection.via().stream())
                .filter(r -> r.kind() == RefKind.ASSET).map(Ref::id).distinct().count());
    }

    @Test
    void aControlReachesTheAssetsThatListIt() {
        Asset lister = MODEL.assets().stream().filter(a -> !a.controls().isEmpty()).findFirst().orElseThrow();
        Ref control = lister.controls().get(0);
        Set<String> listing = new java.util.HashSet<>();
        MODEL.assets().stream().filter(a -> a.controls().stream().anyMatch(c -> c.id().equals(control.id())))
                .forEach(a -> listing.add(a.id()));
        assertThat(ControlledAssets.of(FACTS, Set.of(Ref.of(RefKind.CONTROL, control.id()))))
                .containsExactlyInAnyOrderElementsOf(listing);
    }

    @Test
    void aSupplierReachesNoAsset() {
        assertThat(ControlledAssets.of(FACTS, Set.of(MODEL.suppliers().get(0).ref()))).isEmpty();
    }
}
