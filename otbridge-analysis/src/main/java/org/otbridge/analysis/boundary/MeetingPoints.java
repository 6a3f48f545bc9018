package org.otbridge.analysis.boundary;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.otbridge.analysis.facts.SiteFacts;
import org.otbridge.model.Asset;
import org.otbridge.model.AssetType;
import org.otbridge.model.Connection;
import org.otbridge.model.Domain;
import org.otbridge.model.Ref;
import org.otbridge.model.Zone;

/**
 * Where IT and OT meet: every connection whose ends lie in different domains (it, dmz, ot,
 * safety, external) and every asset in zones of more than one domain. Network devices that
 * only filter (firewalls, data diodes, routers, switches) are left out of the asset list: sitting
 * between domains is their job, and the connections through them are listed instead.
 */
public final class MeetingPoints {

    private static final Set<AssetType> FILTERS = Set.of(AssetType.FIREWALL, AssetType.DATA_DIODE,
            AssetType.ROUTER, AssetType.SWITCH);

    private MeetingPoints() {
    }

    public static List<MeetingPoint> find(SiteFacts facts) {
        Conduits conduits = new Conduits(facts);
        List<MeetingPoint> points = new ArrayList<>();
        for (Connection c : facts.model().connections()) {
            Domain from = facts.domainOf(c.from());
            Domain to = facts.domainOf(c.to());
            if (from == to) {
                continue;
            }
            boolean viaDmz = c.via().stream().anyMatch(v -> facts.domainsOf(v).contains(Domain.DMZ))
                    || from == Domain.DMZ || to == Domain.DMZ;
            List<Ref> scope = new ArrayList<>(c.via());
            scope.add(c.ref());
            scope.add(c.from());
            scope.add(c.to());
            points.add(new MeetingPoint(c.ref(), List.of(from, to), from, to, viaDmz, c.initiator(), c.protocol(),
                    c.auth(), c.encrypted(), c.alwaysOn(), facts.servicesOfAny(scope), conduits.of(c)));
        }
        for (Asset asset : facts.model().assets()) {
            if (!asset.isMultiHomed() || FILTERS.contains(asset.type())) {
                continue;
            }
            List<Domain> domains = facts.zonesOf(asset).stream().map(Zone::domain).distinct().sorted().toList();
            if (domains.size() > 1) {
                points.add(new MeetingPoint(asset.ref(), domains, null, null, null, null, null, null, null, null,
                        facts.servicesOfAny(List.of(asset.ref())), conduits.ofHost(asset)));
            }
        }
        return points;
    }
}
