package org.otbridge.analysis.boundary;

import java.util.List;
import java.util.Set;
import org.otbridge.analysis.facts.SiteFacts;
import org.otbridge.model.Asset;
import org.otbridge.model.AssetType;
import org.otbridge.model.Connection;
import org.otbridge.model.Domain;
import org.otbridge.model.PurdueLevel;
import org.otbridge.model.Ref;
import org.otbridge.model.RefKind;
import org.otbridge.model.Zone;

/**
 * Classifies every connection and multi-homed host as designed or bypassing ({@link Design}).
 * A connection through a jump host or remote-access gateway ({@code via}) is judged as its two
 * legs, into the broker and on from it. An endpoint in several zones is judged by the zone that
 * makes the connection designed, if any: the host itself is judged on its own. Firewalls, data
 * diodes, routers and switches sit between zones by design and are never multi-homed hosts here.
 */
public final class Conduits {

    /** Hosts that accept sessions only over their declared conduits. */
    public static final Set<AssetType> BROKERS = Set.of(AssetType.JUMP_HOST, AssetType.REMOTE_ACCESS_GATEWAY);
    /** Boundary devices: they filter traffic between zones and give no foothold. */
    public static final Set<AssetType> FILTERS = Set.of(AssetType.FIREWALL, AssetType.DATA_DIODE, AssetType.ROUTER,
            AssetType.SWITCH);

    private final SiteFacts facts;

    public Conduits(SiteFacts facts) {
        this.facts = facts;
    }

    /** Where one end of a flow sits: its zone (null outside every zone), domain and level. */
    private record Place(Zone zone, Domain domain, PurdueLevel level, AssetType type, boolean outside) {

        boolean inPlant() {
            return domain == Domain.OT || domain == Domain.SAFETY;
        }

        boolean broker() {
            return type != null && BROKERS.contains(type);
        }
    }

    public Design of(Connection connection) {
        for (Ref via : connection.via()) {
            Asset broker = facts.assetOf(via).filter(a -> BROKERS.contains(a.type())).orElse(null);
            if (broker != null) {
                Design into = legs(connection.from(), via);
                Design onward = legs(via, connection.to());
                return !into.isDesigned() ? into : !onward.isDesigned() ? onward : Design.THROUGH_BROKER;
            }
        }
        return legs(connection.from(), connection.to());
    }

    /** How a multi-homed host is placed; null for an asset in one zone or a boundary device. */
    public Design ofHost(Asset asset) {
        if (!asset.isMultiHomed() || FILTERS.contains(asset.type())) {
            return null;
        }
        List<Zone> zones = facts.zonesOf(asset);
        for (Zone a : zones) {
            for (Zone b : zones) {
                if (a.domain() != b.domain()) {
                    return Design.SPANS_DOMAINS;
                }
                if (!adjacent(a.level(), b.level())) {
                    return Design.SKIPS_LEVELS;
                }
            }
        }
        return Design.ONE_DOMAIN;
    }

    /** The best class over the places of the two ends (an end in several zones has several). */
    private Design legs(Ref from, Ref to) {
        Design best = null;
        for (Place a : places(from)) {
            for (Place b : places(to)) {
                Design design = between(a, b);
                if (design.isDesigned()) {
                    return design;
                }
                if (best == null) {
                    best = design;
                }
            }
        }
        return best;
    }

    private static Design between(Place a, Place b) {
        if (a.zone() != null && b.zone() != null && a.zone().id().equals(b.zone().id())) {
            return Design.INSIDE_ZONE;
        }
        if (!a.inPlant() && !b.inPlant()) {
            return Design.OUTSIDE_OT;
        }
        if (a.inPlant() && b.inPlant()) {
            return adjacent(a.level(), b.level()) ? Design.ADJACENT_LEVELS : Design.SKIPS_LEVELS;
        }
        Place outer = a.inPlant() ? b : a;
        Place plant = a.inPlant() ? a : b;
        if (outer.domain() == Domain.DMZ) {
            return Design.ENDS_IN_DMZ;
        }
        if (outer.outside()) {
            return plant.broker() ? Design.THROUGH_BROKER : Design.UNBROKERED;
        }
        return Design.BYPASSES_DMZ;
    }

    /** Levels one apart or less; undeclared levels cannot be judged and are not held against the flow. */
    private static boolean adjacent(PurdueLevel a, PurdueLevel b) {
        return a == null || b == null || Math.abs(a.ordinal() - b.ordinal()) <= 1;
    }

    private static Place place(Zone zone, AssetType type) {
        return new Place(zone, zone.domain(), zone.level(), type, zone.domain() == Domain.EXTERNAL);
    }

    private List<Place> places(Ref ref) {
        if (ref.kind() == RefKind.ZONE) {
            return facts.model().zone(ref.id()).map(z -> List.of(place(z, null))).orElse(List.of());
        }
        if (ref.kind() == RefKind.ASSET) {
            Asset asset = facts.assetOf(ref).orElse(null);
            if (asset == null) {
                return List.of();
            }
            List<Place> places = facts.zonesOf(asset).stream().map(z -> place(z, asset.type())).toList();
            return places.isEmpty() ? List.of(new Place(null, Domain.EXTERNAL, null, asset.type(), true)) : places;
        }
        // Suppliers, the internet and removable media.
        return List.of(new Place(null, Domain.EXTERNAL, null, null, true));
    }
}
