package org.otbridge.analysis.architecture;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.otbridge.analysis.RuleFacts;
import org.otbridge.analysis.exposure.ExposureIndex;
import org.otbridge.analysis.facts.SiteFacts;
import org.otbridge.model.Asset;
import org.otbridge.model.AuthMethod;
import org.otbridge.model.Connection;
import org.otbridge.model.Control;
import org.otbridge.model.ControlKind;
import org.otbridge.model.Domain;
import org.otbridge.model.Model;
import org.otbridge.model.PurdueLevel;
import org.otbridge.model.Ref;
import org.otbridge.model.RefKind;
import org.otbridge.model.Zone;

/**
 * What the architecture rules see of one model: the site facts, a {@link ConnectionView} of every
 * connection built once, and the consequence scope of an element: the services an attacker or a
 * failure at that element touches.
 *
 * <p>Consequence scope. Reaching or losing an asset touches the services that need it or
 * anything in its flat OT, safety or DMZ zones (docs/model.md: in a flat zone every asset reaches every
 * other one; office zones are left out, the consequence that counts is for operations); a
 * connection to a zone reaches every asset in it. When that names no service, because the asset
 * is only a stepping stone such as an engineering workstation or a forgotten router, the scope
 * goes one hop further: the OT endpoints the asset or its flat zone opens connections to, with
 * the members of those endpoints' flat zones. It stops there, so the scope stays local and
 * cheap; the exposure analysis follows whole paths. A connection touches what needs it or its
 * via hosts (not its firewalls) and the scope of its OT, safety and DMZ ends; its IT or external
 * end counts only when nothing else does. Results are cached per asset and zone, so a rule run
 * stays linear in the size of the model. Not thread-safe: one site per analysis run.
 */
public final class ArchitectureSite implements RuleFacts {

    private static final Comparator<Ref> BY_ID = Comparator.comparing(Ref::id);

    private final SiteFacts facts;
    private final List<ConnectionView> connections;
    private final Map<String, ConnectionView> byId;
    private final Map<String, Set<Ref>> assetScope = new HashMap<>();
    private final Map<String, Set<Ref>> zoneReach = new HashMap<>();
    private final Map<String, Set<Ref>> zoneMembers = new HashMap<>();
    private final Map<String, Boolean> mfaBrokers = new HashMap<>();
    private final Map<String, Set<Ref>> deviceScope = new HashMap<>();
    private Map<String, List<ConnectionView>> passingThrough;
    private final ExposureIndex exposure;

    private final LocalDate today;
    private AccountUse accounts;

    public ArchitectureSite(SiteFacts facts) {
        this(facts, null);
    }

    /** With {@code exposure}, findings take their severity from consequence and exposure. */
    public ArchitectureSite(SiteFacts facts, ExposureIndex exposure) {
        this(facts, exposure, null);
    }

    /**
     * With the assessment day, for the rules that judge dates (end of support, accounts not used
     * for months); without it they judge only what needs no date.
     */
    public ArchitectureSite(SiteFacts facts, ExposureIndex exposure, LocalDate today) {
        this.facts = facts;
        this.exposure = exposure;
        this.today = today;
        List<ConnectionView> views = new ArrayList<>(facts.model().connections().size());
        Map<String, ConnectionView> index = new HashMap<>(facts.model().connections().size() * 2);
        Map<Ref, ConnectionView.End> ends = new HashMap<>();
        for (Connection connection : facts.model().connections()) {
            ConnectionView view = ConnectionView.of(connection, facts, ends);
            views.add(view);
            index.put(connection.id(), view);
        }
        this.connections = Collections.unmodifiableList(views);
        this.byId = index;
    }

    @Override
    public SiteFacts facts() {
        return facts;
    }

    @Override
    public ExposureIndex exposure() {
        return exposure;
    }

    public Model model() {
        return facts.model();
    }

    /** The assessment day, or null when the site was built without one. */
    public LocalDate today() {
        return today;
    }

    /** Where the model's accounts log on; indexed on first use. */
    public AccountUse accounts() {
        if (accounts == null) {
            accounts = new AccountUse(facts);
        }
        return accounts;
    }

    /** How exposed an element is; unreachable when the site has no exposure analysis. */
    public ExposureIndex.Exposure exposureOf(Ref element) {
        return exposure == null ? ExposureIndex.Exposure.UNREACHABLE : exposure.of(element);
    }

    /** Every connection's view, in model order. */
    public List<ConnectionView> connections() {
        return connections;
    }

    public ConnectionView view(Connection connection) {
        return byId.get(connection.id());
    }

    /** Views of the connections that start or end at an endpoint. */
    public List<ConnectionView> connectionsOf(Ref endpoint) {
        List<Connection> list = facts.connectionsOf(endpoint);
        List<ConnectionView> views = new ArrayList<>(list.size());
        for (Connection connection : list) {
            views.add(byId.get(connection.id()));
        }
        return views;
    }

    /** The connections that name an asset in {@code via}; indexed on first use. */
    public List<ConnectionView> passingThrough(Asset asset) {
        if (passingThrough == null) {
            Map<String, List<ConnectionView>> index = new HashMap<>();
            for (ConnectionView view : connections) {
                for (Asset via : view.via()) {
                    index.computeIfAbsent(via.id(), id -> new ArrayList<>()).add(view);
                }
            }
            passingThrough = index;
        }
        return passingThrough.getOrDefault(asset.id(), List.of());
    }

    // ------------------------------------------------------------------ controls

    /**
     * The only control kinds the architecture rules read. A change to controls of other kinds
     * leaves their findings as they were, so a re-assessment keeps them; asking for another kind
     * is refused, so a rule cannot read one without saying so here.
     */
    public static final Set<ControlKind> CONTROL_KINDS = Set.of(ControlKind.MFA, ControlKind.REMOTE_ACCESS_APPROVAL,
            ControlKind.USB_BLOCK);

    /** Controls of a kind applying to an asset (directly or through its zones), zone or connection. */
    public List<Control> controls(Ref target, ControlKind kind) {
        declared(kind);
        List<Control> found = new ArrayList<>(1);
        for (Control control : facts.controlsOn(target)) {
            if (control.kind() == kind) {
                found.add(control);
            }
        }
        return found;
    }

    public boolean hasControl(Ref target, ControlKind kind) {
        declared(kind);
        for (Control control : facts.controlsOn(target)) {
            if (control.kind() == kind) {
                return true;
            }
        }
        return false;
    }

    private static void declared(ControlKind kind) {
        if (!CONTROL_KINDS.contains(kind)) {
            throw new IllegalArgumentException("the architecture rules read controls of kind " + kind.yamlName()
                    + ": add it to ArchitectureSite.CONTROL_KINDS");
        }
    }

    /** The connection demands MFA: {@code auth: mfa}, or an MFA control applies to it. */
    public boolean requiresMfa(ConnectionView view) {
        return view.auth() == AuthMethod.MFA || hasControl(view.ref(), ControlKind.MFA);
    }

    // ------------------------------------------------------------------ brokers

    /** A jump host or remote-access gateway that sits in the DMZ. */
    public boolean isDmzBroker(Asset asset) {
        return asset != null && Terms.BROKERS.contains(asset.type())
                && facts.domainsOf(asset.ref()).contains(Domain.DMZ);
    }

    /**
     * A DMZ broker that can only be reached with multi-factor authentication: every connection
     * opened to it from outside OT demands MFA (or the broker itself enforces it with an MFA
     * control), and it is reached at all, or enforces MFA itself.
     */
    public boolean reachedWithMfa(Asset broker) {
        return mfaBrokers.computeIfAbsent(broker.id(), id -> {
            boolean ownMfa = hasControl(broker.ref(), ControlKind.MFA);
            boolean reached = false;
            for (ConnectionView in : connectionsOf(broker.ref())) {
                Ref other;
                if (in.to().equals(broker.ref()) && in.fromOpens()) {
                    other = in.from();
                } else if (in.from().equals(broker.ref()) && in.toOpens()) {
                    other = in.to();
                } else {
                    continue;
                }
                if (facts.domainsOf(other).stream().allMatch(Terms::isOt)) {
                    continue;
                }
                reached = true;
                if (!ownMfa && !requiresMfa(in)) {
                    return false;
                }
            }
            return reached || ownMfa;
        });
    }

    /** The session is brokered in the DMZ: it starts at a DMZ broker or passes one in {@code via}. */
    public Asset dmzBroker(ConnectionView view) {
        if (isDmzBroker(view.fromAsset())) {
            return view.fromAsset();
        }
        for (Asset asset : view.via()) {
            if (isDmzBroker(asset)) {
                return asset;
            }
        }
        return null;
    }

    /**
     * The internet opens this connection to an OT, safety or DMZ end: OTB-ARCH-005 reports it, so
     * the general boundary rules leave it alone rather than repeat it.
     */
    public boolean isInternetExposure(ConnectionView view) {
        if (!view.internetOpens()) {
            return false;
        }
        Set<Domain> other = view.from().kind() == RefKind.INTERNET ? view.toDomains() : view.fromDomains();
        return other.stream().anyMatch(d -> Terms.isOt(d) || d == Domain.DMZ);
    }

    // ------------------------------------------------------------------ consequences

    /** The services touched when this endpoint is reached or lost (see the class comment). */
    public Set<Ref> servicesAt(Ref endpoint) {
        return switch (endpoint.kind()) {
            case ASSET -> facts.assetOf(endpoint).map(this::servicesAt).orElse(Set.of());
            case ZONE -> model().zone(endpoint.id()).map(this::servicesOfZone).orElse(Set.of());
            default -> Set.copyOf(facts.servicesOf(endpoint));
        };
    }

    /**
     * The services touched when this asset is reached or lost: those that need it or anything in
     * its flat zones; when there are none, those one hop further.
     */
    public Set<Ref> servicesAt(Asset asset) {
        Set<Ref> cached = assetScope.get(asset.id());
        if (cached != null) {
            return cached;
        }
        Set<Ref> services = new TreeSet<>(BY_ID);
        services.addAll(facts.servicesOf(asset.ref()));
        for (Zone zone : facts.zonesOf(asset)) {
            if (sharesNetwork(zone)) {
                services.addAll(membersOf(zone));
            }
        }
        if (services.isEmpty()) {
            addOneHop(asset.ref(), services);
            for (Zone zone : facts.zonesOf(asset)) {
                if (sharesNetwork(zone)) {
                    services.addAll(reachOf(zone));
                }
            }
        }
        Set<Ref> result = Collections.unmodifiableSet(services);
        assetScope.put(asset.id(), result);
        return result;
    }

    /** The services of a zone and every asset in it; when there are none, those one hop further. */
    public Set<Ref> servicesOfZone(Zone zone) {
        Set<Ref> members = membersOf(zone);
        return members.isEmpty() ? reachOf(zone) : members;
    }

    /**
     * The services a connection touches: those that need the connection or its via assets that
     * are more than filters (a firewall filters but is not a foothold), and the consequence scope
     * of each end in OT, safety or the DMZ. An IT or external end counts only when nothing else
     * does: a corporate domain controller needed by every service would otherwise make every
     * conduit to it touch everything.
     */
    public Set<Ref> servicesOf(ConnectionView view) {
        Set<Ref> services = new TreeSet<>(BY_ID);
        services.addAll(facts.servicesOf(view.ref()));
        for (Asset via : view.via()) {
            if (!Terms.FILTERS.contains(via.type())) {
                services.addAll(facts.servicesOf(via.ref()));
            }
        }
        boolean fromInside = view.fromDomains().stream().anyMatch(ArchitectureSite::consequential);
        boolean toInside = view.toDomains().stream().anyMatch(ArchitectureSite::consequential);
        if (fromInside) {
            services.addAll(servicesAt(view.from()));
        }
        if (toInside) {
            services.addAll(servicesAt(view.to()));
        }
        if (services.isEmpty()) {
            services.addAll(facts.servicesOf(view.from()));
            services.addAll(facts.servicesOf(view.to()));
        }
        return services;
    }

    /**
     * The services touched by whoever controls a network or security device: those of the device
     * and of every connection through it, with the consequence scope of their OT ends.
     */
    public Set<Ref> servicesThrough(Asset device) {
        Set<Ref> cached = deviceScope.get(device.id());
        if (cached != null) {
            return cached;
        }
        Set<Ref> services = new TreeSet<>(BY_ID);
        services.addAll(facts.servicesOf(device.ref()));
        for (ConnectionView view : passingThrough(device)) {
            services.addAll(facts.servicesOf(view.ref()));
            if (view.fromDomains().stream().anyMatch(Terms::isOt)) {
                services.addAll(servicesAt(view.from()));
            }
            if (view.toDomains().stream().anyMatch(Terms::isOt)) {
                services.addAll(servicesAt(view.to()));
            }
        }
        Set<Ref> result = Collections.unmodifiableSet(services);
        deviceScope.put(device.id(), result);
        return result;
    }

    /** A flat zone of OT, safety or the DMZ: reaching one of its assets reaches them all. */
    private static boolean sharesNetwork(Zone zone) {
        return zone.flat() && consequential(zone.domain());
    }

    private static boolean consequential(Domain domain) {
        return Terms.isOt(domain) || domain == Domain.DMZ;
    }

    /** Members, plus one hop from the zone and from each member. */
    private Set<Ref> reachOf(Zone zone) {
        Set<Ref> cached = zoneReach.get(zone.id());
        if (cached != null) {
            return cached;
        }
        Set<Ref> services = new TreeSet<>(BY_ID);
        services.addAll(membersOf(zone));
        addOneHop(zone.ref(), services);
        for (Asset asset : facts.assetsIn(zone)) {
            addOneHop(asset.ref(), services);
        }
        Set<Ref> result = Collections.unmodifiableSet(services);
        zoneReach.put(zone.id(), result);
        return result;
    }

    /** The services of the zone itself and of every asset in it. */
    private Set<Ref> membersOf(Zone zone) {
        Set<Ref> cached = zoneMembers.get(zone.id());
        if (cached != null) {
            return cached;
        }
        Set<Ref> services = new TreeSet<>(BY_ID);
        services.addAll(facts.servicesOf(zone.ref()));
        for (Asset asset : facts.assetsIn(zone)) {
            services.addAll(facts.servicesOf(asset.ref()));
        }
        Set<Ref> result = Collections.unmodifiableSet(services);
        zoneMembers.put(zone.id(), result);
        return result;
    }

    /** The OT endpoints this endpoint opens connections to, with their flat zones' members. */
    private void addOneHop(Ref endpoint, Set<Ref> services) {
        for (ConnectionView view : connectionsOf(endpoint)) {
            Ref target;
            if (view.from().equals(endpoint) && view.fromOpens()) {
                target = view.to();
            } else if (view.to().equals(endpoint) && view.toOpens()) {
                target = view.from();
            } else {
                continue;
            }
            if (target.equals(endpoint) || facts.domainsOf(target).stream().noneMatch(Terms::isOt)) {
                continue;
            }
            services.addAll(facts.servicesOf(view.ref()));
            services.addAll(facts.servicesOf(target));
            if (target.kind() == RefKind.ZONE) {
                model().zone(target.id()).ifPresent(z -> services.addAll(membersOf(z)));
            } else if (target.kind() == RefKind.ASSET) {
                facts.assetOf(target).ifPresent(a -> {
                    for (Zone zone : facts.zonesOf(a)) {
                        if (sharesNetwork(zone)) {
                            services.addAll(membersOf(zone));
                        }
                    }
                });
            }
        }
    }

    // ------------------------------------------------------------------ wording

    /** An endpoint as detail sentences name it: {@code asset:hmi-1 (hmi in zone:cc, ot level 2)}. */
    public String where(Ref endpoint) {
        return switch (endpoint.kind()) {
            case INTERNET -> "the internet";
            case REMOVABLE_MEDIA -> "removable media";
            case SUPPLIER -> endpoint.key() + " (outside the company)";
            case ZONE -> model().zone(endpoint.id()).map(z -> endpoint.key() + " (" + zoneWords(z) + ")")
                    .orElse(endpoint.key());
            case ASSET -> facts.assetOf(endpoint).map(this::assetWords).orElse(endpoint.key());
            default -> endpoint.key();
        };
    }

    private String assetWords(Asset asset) {
        List<Zone> zones = facts.zonesOf(asset);
        StringBuilder text = new StringBuilder(asset.ref().key()).append(" (").append(asset.type().yamlName());
        for (int i = 0; i < zones.size(); i++) {
            text.append(i == 0 ? " in " : " and ").append(zones.get(i).ref().key()).append(", ")
                    .append(zoneWords(zones.get(i)));
        }
        return text.append(')').toString();
    }

    static String zoneWords(Zone zone) {
        PurdueLevel level = zone.level();
        return zone.domain().yamlName() + (level == null ? "" : " level " + level.yamlName());
    }
}
