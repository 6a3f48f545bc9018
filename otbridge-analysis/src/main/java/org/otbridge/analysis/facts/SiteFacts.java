package org.otbridge.analysis.facts;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.otbridge.model.Asset;
import org.otbridge.model.Connection;
import org.otbridge.model.Lazy;
import org.otbridge.model.Control;
import org.otbridge.model.Domain;
import org.otbridge.model.ImpactLevel;
import org.otbridge.model.Model;
import org.otbridge.model.PurdueLevel;
import org.otbridge.model.Ref;
import org.otbridge.model.RefKind;
import org.otbridge.model.Service;
import org.otbridge.model.Zone;

/**
 * Facts derived once from a valid model and shared by every analyzer: the domain and level of
 * each endpoint, zone membership, which controls apply where, and which services each element
 * is needed by (through {@code requires} and the implicit dependencies of the model (docs/model.md)).
 * Each index is built when first asked for, once, whichever analysis asks; safe to share between
 * threads.
 */
public final class SiteFacts {

    /** Suppliers, the internet and removable media sit outside every zone, at Purdue level 5. */
    public static final PurdueLevel EXTERNAL_LEVEL = PurdueLevel.L5;

    private final Model model;
    // each index is built when first asked for: a re-assessment that keeps most sections needs few
    private final Lazy<Map<String, List<Asset>>> assetsByZone;
    private final Lazy<Map<Ref, List<Control>>> controlsByTarget;
    private final Lazy<Map<Ref, Set<Ref>>> servicesByElement;
    private final Lazy<Map<Ref, List<Connection>>> connectionsByEndpoint;

    public SiteFacts(Model model) {
        this.model = model;
        this.assetsByZone = new Lazy<>(() -> indexAssetsByZone(model));
        this.controlsByTarget = new Lazy<>(() -> indexControls(model));
        this.connectionsByEndpoint = new Lazy<>(() -> indexConnections(model));
        this.servicesByElement = new Lazy<>(() -> indexServices(model));
    }

    public Model model() {
        return model;
    }

    /** The zones an asset sits in, in the order written. */
    public List<Zone> zonesOf(Asset asset) {
        List<Zone> zones = new ArrayList<>(asset.zones().size());
        for (Ref ref : asset.zones()) {
            model.zone(ref.id()).ifPresent(zones::add);
        }
        return zones;
    }

    /** The assets of a zone, including multi-homed ones. */
    public List<Asset> assetsIn(Zone zone) {
        return assetsByZone.get().getOrDefault(zone.id(), List.of());
    }

    /**
     * The domain of an endpoint: a zone's own, an asset's first zone's, and external for
     * suppliers, the internet and removable media.
     */
    public Domain domainOf(Ref ref) {
        return switch (ref.kind()) {
            case ZONE -> model.zone(ref.id()).map(Zone::domain).orElse(Domain.EXTERNAL);
            case ASSET -> model.asset(ref.id()).flatMap(a -> zonesOf(a).stream().findFirst())
                    .map(Zone::domain).orElse(Domain.EXTERNAL);
            default -> Domain.EXTERNAL;
        };
    }

    /** Every domain an endpoint is in: more than one for a multi-homed asset. */
    public Set<Domain> domainsOf(Ref ref) {
        if (ref.kind() == RefKind.ASSET) {
            Set<Domain> domains = EnumSet.noneOf(Domain.class);
            model.asset(ref.id()).ifPresent(a -> zonesOf(a).forEach(z -> domains.add(z.domain())));
            return domains.isEmpty() ? EnumSet.of(Domain.EXTERNAL) : domains;
        }
        return EnumSet.of(domainOf(ref));
    }

    /** The Purdue level of an endpoint's (first) zone; level 5 outside; empty when the zone sets none. */
    public Optional<PurdueLevel> levelOf(Ref ref) {
        return switch (ref.kind()) {
            case ZONE -> model.zone(ref.id()).map(Zone::level);
            case ASSET -> model.asset(ref.id()).flatMap(a -> zonesOf(a).stream().findFirst()).map(Zone::level);
            default -> Optional.of(EXTERNAL_LEVEL);
        };
    }

    /** The lowest (most process-near) level among an endpoint's zones. */
    public Optional<PurdueLevel> lowestLevelOf(Ref ref) {
        if (ref.kind() == RefKind.ASSET) {
            return model.asset(ref.id()).flatMap(a -> zonesOf(a).stream().map(Zone::level)
                    .filter(l -> l != null).min(Enum::compareTo));
        }
        return levelOf(ref);
    }

    /** The asset a reference names, if it names one. */
    public Optional<Asset> assetOf(Ref ref) {
        return ref != null && ref.kind() == RefKind.ASSET ? model.asset(ref.id()) : Optional.empty();
    }

    /**
     * Controls that apply to an asset (listed on it, or applying to it or one of its zones), a
     * zone, or a connection (applying to it).
     */
    public List<Control> controlsOn(Ref ref) {
        if (ref.kind() != RefKind.ASSET) {
            return controlsByTarget.get().getOrDefault(ref, List.of());
        }
        Optional<Asset> asset = model.asset(ref.id());
        if (asset.isEmpty()) {
            return List.of();
        }
        Set<Control> controls = new LinkedHashSet<>();
        for (Ref control : asset.get().controls()) {
            model.control(control.id()).ifPresent(controls::add);
        }
        controls.addAll(controlsByTarget.get().getOrDefault(ref, List.of()));
        for (Ref zone : asset.get().zones()) {
            controls.addAll(controlsByTarget.get().getOrDefault(zone, List.of()));
        }
        return List.copyOf(controls);
    }

    /** Connections that start or end at an endpoint. */
    public List<Connection> connectionsOf(Ref endpoint) {
        return connectionsByEndpoint.get().getOrDefault(endpoint, List.of());
    }

    /** The services that need an element, sorted by id; empty when none does. */
    public Set<Ref> servicesOf(Ref element) {
        return servicesByElement.get().getOrDefault(element, Set.of());
    }

    /** Services that need any of the given elements, sorted by id. */
    public List<Ref> servicesOfAny(Iterable<Ref> elements) {
        Set<Ref> services = new TreeSet<>(java.util.Comparator.comparing(Ref::id));
        for (Ref element : elements) {
            services.addAll(servicesOf(element));
        }
        return List.copyOf(services);
    }

    /** The worst impact among the services that need an element; none when no service does. */
    public ImpactLevel impactOf(Ref element) {
        ImpactLevel worst = ImpactLevel.NONE;
        for (Ref service : servicesOf(element)) {
            ImpactLevel level = model.service(service.id()).map(s -> s.impact().max()).orElse(ImpactLevel.NONE);
            if (level.compareTo(worst) > 0) {
                worst = level;
            }
        }
        return worst;
    }

    /** A service is critical when any impact dimension is high or critical. */
    public static boolean isCritical(Service service) {
        return service.impact().max().compareTo(ImpactLevel.HIGH) >= 0;
    }

    /**
     * What an element needs directly: its {@code requires}, for an asset its zones' requires, for a
     * connection its endpoints and every {@code via} asset (docs/model.md, dependency expressions).
     */
    public List<Ref> directNeeds(Ref element) {
        List<Ref> needs = new ArrayList<>();
        switch (element.kind()) {
            case SERVICE -> model.service(element.id()).ifPresent(s -> s.requires().forEachRef(needs::add));
            case ZONE -> model.zone(element.id()).ifPresent(z -> z.requires().forEachRef(needs::add));
            case ASSET -> model.asset(element.id()).ifPresent(a -> {
                a.requires().forEachRef(needs::add);
                for (Ref zone : a.zones()) {
                    model.zone(zone.id()).ifPresent(z -> z.requires().forEachRef(needs::add));
                }
            });
            case CONNECTION -> model.connection(element.id()).ifPresent(c -> {
                needs.add(c.from());
                needs.add(c.to());
                needs.addAll(c.via());
                c.requires().forEachRef(needs::add);
            });
            default -> { }
        }
        needs.removeIf(ref -> ref.kind().isEndpoint());
        return needs;
    }

    private static Map<String, List<Asset>> indexAssetsByZone(Model model) {
        Map<String, List<Asset>> byZone = new HashMap<>();
        for (Asset asset : model.assets()) {
            for (Ref zone : asset.zones()) {
                byZone.computeIfAbsent(zone.id(), z -> new ArrayList<>()).add(asset);
            }
        }
        byZone.replaceAll((zone, assets) -> List.copyOf(assets));
        return Collections.unmodifiableMap(byZone);
    }

    private static Map<Ref, List<Control>> indexControls(Model model) {
        Map<Ref, List<Control>> byTarget = new HashMap<>();
        for (Control control : model.controls()) {
            for (Ref target : control.appliesTo()) {
                byTarget.computeIfAbsent(target, t -> new ArrayList<>()).add(control);
            }
        }
        byTarget.replaceAll((target, controls) -> List.copyOf(controls));
        return Collections.unmodifiableMap(byTarget);
    }

    private static Map<Ref, List<Connection>> indexConnections(Model model) {
        Map<Ref, List<Connection>> byEndpoint = new HashMap<>();
        for (Connection connection : model.connections()) {
            byEndpoint.computeIfAbsent(connection.from(), e -> new ArrayList<>()).add(connection);
            if (!connection.to().equals(connection.from())) {
                byEndpoint.computeIfAbsent(connection.to(), e -> new ArrayList<>()).add(connection);
            }
        }
        byEndpoint.replaceAll((endpoint, connections) -> List.copyOf(connections));
        return Collections.unmodifiableMap(byEndpoint);
    }

    /** For each service, everything it needs transitively; inverted to element -> services. */
    private Map<Ref, Set<Ref>> indexServices(Model model) {
        Map<Ref, Set<Ref>> byElement = new HashMap<>();
        for (Service service : model.services()) {
            Ref serviceRef = Ref.of(RefKind.SERVICE, service.id());
            Set<Ref> seen = new HashSet<>();
            Deque<Ref> todo = new ArrayDeque<>();
            todo.add(serviceRef);
            seen.add(serviceRef);
            while (!todo.isEmpty()) {
                Ref element = todo.poll();
                for (Ref need : directNeeds(element)) {
                    Ref key = Ref.of(need.kind(), need.id());
                    if (seen.add(key)) {
                        todo.add(key);
                    }
                }
            }
            for (Ref element : seen) {
                byElement.computeIfAbsent(element, e -> new TreeSet<>(java.util.Comparator.comparing(Ref::id)))
                        .add(serviceRef);
            }
        }
        byElement.replaceAll((element, services) -> Collections.unmodifiableSet(services));
        return Collections.unmodifiableMap(byElement);
    }
}
