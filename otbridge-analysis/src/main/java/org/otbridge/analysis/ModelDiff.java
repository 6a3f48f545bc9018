package org.otbridge.analysis;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.otbridge.model.Asset;
import org.otbridge.model.Control;
import org.otbridge.model.ControlKind;
import org.otbridge.model.Model;
import org.otbridge.model.Ref;
import org.otbridge.model.RefKind;

/**
 * What differs between two models: the parts with an element changed, added or removed, the
 * kinds of the controls that changed, came, went, or were listed on or taken off an asset, and
 * where controls may apply differently ({@code controlled}: the assets that list controls
 * differently, and every control that changed, came or went with what it applies to in either
 * version). An asset that differs only in its {@code controls} counts under those controls' kinds,
 * not under {@link ModelPart#ASSETS}: replacing an IT control on every site alters only the
 * analyses that read controls of its kind, and only where it applied.
 *
 * <p>Cheap for a changed copy: elements a change leaves alone are the same objects in both models
 * and are passed over by identity.
 */
public record ModelDiff(Set<ModelPart> parts, Set<ControlKind> controlKinds, Set<Ref> controlled) {

    public ModelDiff {
        parts = parts.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(parts));
        controlKinds = controlKinds.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(controlKinds));
        controlled = Set.copyOf(controlled);
    }

    public boolean isEmpty() {
        return parts.isEmpty() && controlKinds.isEmpty();
    }

    public static ModelDiff between(Model before, Model after) {
        Set<ModelPart> parts = EnumSet.noneOf(ModelPart.class);
        Set<ControlKind> kinds = EnumSet.noneOf(ControlKind.class);
        Set<Ref> controlled = new HashSet<>();
        mark(parts, ModelPart.FILES, !ElementDiff.same(before.files(), after.files()));
        mark(parts, ModelPart.ORGANIZATION, !Objects.equals(before.organization(), after.organization()));
        mark(parts, ModelPart.SERVICES, !ElementDiff.same(before.services(), after.services()));
        mark(parts, ModelPart.ZONES, !ElementDiff.same(before.zones(), after.zones()));
        mark(parts, ModelPart.CONNECTIONS, !ElementDiff.same(before.connections(), after.connections()));
        mark(parts, ModelPart.SUPPLIERS, !ElementDiff.same(before.suppliers(), after.suppliers()));
        mark(parts, ModelPart.RESPONSIBILITIES, !ElementDiff.same(before.responsibilities(), after.responsibilities()));
        mark(parts, ModelPart.SCENARIOS, !ElementDiff.same(before.scenarios(), after.scenarios()));
        mark(parts, ModelPart.EXCEPTIONS, !ElementDiff.same(before.exceptions(), after.exceptions()));
        mark(parts, ModelPart.ACCOUNTS, !ElementDiff.same(before.accounts(), after.accounts()));
        mark(parts, ModelPart.EFFORTS, !ElementDiff.same(before.efforts(), after.efforts()));
        assets(before, after, parts, kinds, controlled);
        ElementDiff.changed(before.controls(), after.controls(), Control::id, control -> {
            kinds.add(control.kind());
            controlled.add(Ref.of(RefKind.CONTROL, control.id()));
            control.appliesTo().forEach(target -> controlled.add(Ref.of(target.kind(), target.id())));
        });
        return new ModelDiff(parts, kinds, controlled);
    }

    private static void assets(Model before, Model after, Set<ModelPart> parts, Set<ControlKind> kinds,
            Set<Ref> controlled) {
        List<Asset> a = before.assets();
        List<Asset> b = after.assets();
        if (a == b) {
            return;
        }
        if (a.size() != b.size()) {
            parts.add(ModelPart.ASSETS);
            Map<String, Asset> byId = new HashMap<>();
            b.forEach(x -> byId.put(x.id(), x));
            for (Asset x : a) {
                Asset y = byId.remove(x.id());
                if (y == null) {
                    kindsOf(x.controls(), before, kinds);
                    controlled.add(Ref.of(RefKind.ASSET, x.id()));
                } else if (x != y && listedDifferently(x, y, before, after, kinds)) {
                    controlled.add(Ref.of(RefKind.ASSET, x.id()));
                }
            }
            byId.values().forEach(y -> {
                kindsOf(y.controls(), after, kinds);
                controlled.add(Ref.of(RefKind.ASSET, y.id()));
            });
            return;
        }
        for (int i = 0; i < a.size(); i++) {
            Asset x = a.get(i);
            Asset y = b.get(i);
            if (x == y || x.equals(y)) {
                continue;
            }
            if (!x.id().equals(y.id()) || !x.withControls(y.controls()).equals(y)) {
                parts.add(ModelPart.ASSETS);
            }
            if (listedDifferently(x, y, before, after, kinds)) {
                controlled.add(Ref.of(RefKind.ASSET, x.id()));
                controlled.add(Ref.of(RefKind.ASSET, y.id()));
            }
        }
    }

    /**
     * Adds the kinds of the controls one of two versions of an asset lists and the other does not;
     * whether the two list controls differently.
     */
    private static boolean listedDifferently(Asset x, Asset y, Model before, Model after, Set<ControlKind> kinds) {
        if (x.controls().equals(y.controls())) {
            return false;
        }
        List<Ref> gone = x.controls().stream().filter(c -> !y.controls().contains(c)).toList();
        List<Ref> come = y.controls().stream().filter(c -> !x.controls().contains(c)).toList();
        if (gone.isEmpty() && come.isEmpty()) {
            // the same controls in another order, or one listed twice: what reads them in order may differ
            kindsOf(x.controls(), before, kinds);
            return true;
        }
        kindsOf(gone, before, kinds);
        kindsOf(come, after, kinds);
        return true;
    }

    private static void kindsOf(List<Ref> controls, Model model, Set<ControlKind> kinds) {
        for (Ref ref : controls) {
            model.control(ref.id()).ifPresent(c -> kinds.add(c.kind()));
        }
    }

    private static void mark(Set<ModelPart> parts, ModelPart part, boolean changed) {
        if (changed) {
            parts.add(part);
        }
    }
}
