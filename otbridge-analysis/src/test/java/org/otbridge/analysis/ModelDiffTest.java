package org.otbridge.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.otbridge.model.Asset;
import org.otbridge.model.Connection;
import org.otbridge.model.Control;
import org.otbridge.model.ControlKind;
import org.otbridge.model.Model;
import org.otbridge.model.Ref;
import org.otbridge.model.load.LoadResult;
import org.otbridge.model.load.ModelLoader;

/** What a re-assessment may keep rests on this: a change must show in the part it alters. */
class ModelDiffTest {

    private static final Model MODEL = load();

    private static Model load() {
        LoadResult loaded = new ModelLoader().load(Path.of("../examples/nordvik-energi"));
        assertThat(loaded.problems()).isEmpty();
        return loaded.model();
    }

    private static Model with(List<Asset> assets, List<Connection> connections, List<Control> controls) {
        return new Model(MODEL.files(), MODEL.organization(), MODEL.services(), MODEL.zones(), assets, connections,
                MODEL.suppliers(), controls, MODEL.responsibilities(), MODEL.scenarios(), MODEL.exceptions(),
                MODEL.accounts(), MODEL.efforts());
    }

    @Test
    void aModelDiffersFromItsCopyInNothing() {
        Model copy = with(new ArrayList<>(MODEL.assets()), MODEL.connections(), MODEL.controls());
        assertThat(ModelDiff.between(MODEL, copy).isEmpty()).isTrue();
    }

    @Test
    void takingAControlOffAnAssetAltersOnlyControlsOfItsKind() {
        Asset listing = MODEL.assets().stream().filter(a -> !a.controls().isEmpty()).findFirst().orElseThrow();
        Ref control = listing.controls().get(0);
        ControlKind kind = MODEL.control(control.id()).orElseThrow().kind();
        List<Asset> assets = MODEL.assets().stream()
                .map(a -> a == listing ? a.withControls(a.controls().subList(1, a.controls().size())) : a).toList();
        ModelDiff diff = ModelDiff.between(MODEL, with(assets, MODEL.connections(), MODEL.controls()));
        assertThat(diff.parts()).isEmpty();
        assertThat(diff.controlKinds()).containsExactly(kind);
    }

    @Test
    void anyOtherChangeToAnAssetAltersTheAssets() {
        Asset first = MODEL.assets().get(0);
        Asset renamed = new Asset(first.id(), "renamed", first.type(), first.zones(), first.ips(), first.macs(),
                first.vendor(), first.product(), first.version(), first.usage(), first.controls(), first.requires(),
                first.supplier(), first.owner(), first.internetExposed(), first.spares(), first.backup(),
                first.endOfSupport(), first.os(), first.signedFirmware(), first.management(), first.description(),
                first.at());
        List<Asset> assets = new ArrayList<>(MODEL.assets());
        assets.set(0, renamed);
        ModelDiff diff = ModelDiff.between(MODEL, with(assets, MODEL.connections(), MODEL.controls()));
        assertThat(diff.parts()).containsExactly(ModelPart.ASSETS);
        assertThat(diff.controlKinds()).isEmpty();
    }

    @Test
    void removingAConnectionAltersTheConnections() {
        ModelDiff diff = ModelDiff.between(MODEL,
                with(MODEL.assets(), MODEL.connections().subList(1, MODEL.connections().size()), MODEL.controls()));
        assertThat(diff.parts()).containsExactly(ModelPart.CONNECTIONS);
    }

    @Test
    void aNewControlAltersControlsOfItsKind() {
        List<Control> controls = new ArrayList<>(MODEL.controls());
        controls.add(new Control("printed-docs", ControlKind.OFFLINE_RECOVERY_DOCS, List.of(), java.util.Map.of(),
                "Printed drawings", null));
        ModelDiff diff = ModelDiff.between(MODEL, with(MODEL.assets(), MODEL.connections(), controls));
        assertThat(diff.parts()).isEmpty();
        assertThat(diff.controlKinds()).containsExactly(ControlKind.OFFLINE_RECOVERY_DOCS);
        assertThat(Reads.allButControlsExcept(java.util.Set.of(ControlKind.MFA)).affectedBy(diff)).isFalse();
        assertThat(Reads.allButControlsExcept(java.util.Set.of(ControlKind.OFFLINE_RECOVERY_DOCS)).affectedBy(diff))
                .isTrue();
    }
}
