package org.otbridge.analysis.drift;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.otbridge.analysis.facts.SiteFacts;
import org.otbridge.model.Asset;
import org.otbridge.model.AssetType;
import org.otbridge.model.Connection;
import org.otbridge.model.Domain;
import org.otbridge.model.Initiator;
import org.otbridge.model.Model;
import org.otbridge.model.Protocol;
import org.otbridge.model.Ref;
import org.otbridge.model.RefKind;
import org.otbridge.model.Zone;
import org.otbridge.observe.inventory.Addresses;
import org.otbridge.observe.inventory.Flow;
import org.otbridge.observe.inventory.Host;
import org.otbridge.observe.inventory.InputSummary;
import org.otbridge.observe.inventory.Inventory;
import org.otbridge.observe.inventory.Transport;

/**
 * Compares the observed inventory with the model (docs/drift.md): every host of the site is
 * matched to the asset that lists its address, every flow between hosts to the declared
 * connections that account for it, and every declared network connection is looked for in the
 * flows, as far as the traffic shows its ends. A pure function of the facts and the inventory;
 * linear in hosts plus flows times the connections at their ends.
 */
public final class DriftAnalyzer {

    /** Hosts whose job is to write to, program and command controllers; controllers command each other too. */
    static final Set<AssetType> COMMAND_SOURCES = EnumSet.of(AssetType.ENGINEERING_WORKSTATION,
            AssetType.SCADA_SERVER, AssetType.HMI, AssetType.PLC, AssetType.RTU, AssetType.IED,
            AssetType.PROTECTION_RELAY);

    /** Remote-desktop and remote-support software (TeamViewer, AnyDesk, ...), which runs on the host it gives away. */
    static final Set<Protocol> REMOTE_TOOLS = remoteTools();

    private static Set<Protocol> remoteTools() {
        Set<Protocol> tools = EnumSet.of(Protocol.RDP, Protocol.VNC);
        tools.addAll(Protocol.remoteSupportTools());
        return tools;
    }

    /** Declared protocols the traffic reader cannot recognise in a payload: only the port can confirm them. */
    static final Set<Protocol> NOT_RECOGNISED = EnumSet.of(Protocol.SQL, Protocol.VPN, Protocol.OTHER);

    /** Protocols of the process: a host that speaks one belongs to OT whatever its address. */
    static final Set<Protocol> INDUSTRIAL = EnumSet.of(Protocol.MODBUS, Protocol.DNP3, Protocol.IEC104, Protocol.S7,
            Protocol.S7COMM, Protocol.S7COMM_PLUS, Protocol.ENIP, Protocol.CIP, Protocol.OPCUA, Protocol.IEC61850,
            Protocol.MMS, Protocol.GOOSE, Protocol.PROFINET, Protocol.BACNET, Protocol.C37_118);

    private final SiteFacts facts;
    private final Inventory inventory;
    private final AddressBook book;
    private final Map<String, Host> hosts;
    private final Map<String, Optional<Endpoint>> endpoints = new HashMap<>();
    private final Map<Connection, Integer> order = new IdentityHashMap<>();
    private final List<Connection> outside = new ArrayList<>();

    private DriftAnalyzer(SiteFacts facts, Inventory inventory) {
        this.facts = facts;
        this.inventory = inventory;
        this.book = new AddressBook(facts.model());
        this.hosts = inventory.hostsByAddress();
        List<Connection> connections = facts.model().connections();
        for (int i = 0; i < connections.size(); i++) {
            Connection c = connections.get(i);
            order.put(c, i);
            if (isOutside(c.from()) || isOutside(c.to())) {
                outside.add(c);
            }
        }
    }

    public static DriftResult analyze(SiteFacts facts, Inventory inventory) {
        return new DriftAnalyzer(facts, inventory).result();
    }

    /** What the flows add up to for one declared connection. */
    private static final class Tally {
        int flows;
        long packets;
        long first;
        long last;
        final Set<String> otherProtocols = new LinkedHashSet<>();

        void add(Flow flow) {
            flows++;
            packets += flow.packets();
            first = first == 0 ? flow.firstSeen() : flow.firstSeen() == 0 ? first : Math.min(first, flow.firstSeen());
            last = Math.max(last, flow.lastSeen());
        }
    }

    private DriftResult result() {
        List<ObservedFlow> flows = new ArrayList<>();
        Map<Connection, Tally> tallies = new IdentityHashMap<>();
        Set<String> touchesOt = new HashSet<>();
        boolean internetSeen = false;
        for (Flow flow : inventory.flows()) {
            ObservedFlow observed = observe(flow, tallies);
            if (observed == null) {
                continue;
            }
            flows.add(observed);
            internetSeen |= observed.client().kind() == Endpoint.Kind.INTERNET
                    || observed.server().kind() == Endpoint.Kind.INTERNET;
            if (observed.server().otSide()) {
                touchesOt.add(observed.client().address());
            }
            if (observed.client().otSide()) {
                touchesOt.add(observed.server().address());
            }
        }

        List<ObservedHost> observedHosts = new ArrayList<>();
        Set<String> assetsSeen = new HashSet<>();
        Set<Ref> zonesSeen = new HashSet<>();
        int internetHosts = 0;
        for (Host host : inventory.hosts()) {
            Endpoint endpoint = host.ip() == null ? layer2(host) : endpoint(host.ip()).orElse(null);
            if (endpoint == null) {
                continue;
            }
            if (endpoint.kind() == Endpoint.Kind.INTERNET) {
                internetHosts++;
                continue;
            }
            if (endpoint.kind() == Endpoint.Kind.ASSET) {
                assetsSeen.add(endpoint.asset().id());
            }
            zonesSeen.addAll(endpoint.zones());
            boolean ot = endpoint.otSide() || !host.roles().isEmpty() || touchesOt.contains(endpoint.address())
                    || host.protocols().stream().anyMatch(INDUSTRIAL::contains);
            observedHosts.add(new ObservedHost(endpoint, host.macs(), host.roles(), host.protocols(), ot));
        }

        List<ConnectionDrift> connections = new ArrayList<>();
        for (Connection c : facts.model().connections()) {
            if (c.from().kind() == RefKind.REMOVABLE_MEDIA || c.to().kind() == RefKind.REMOVABLE_MEDIA) {
                continue;
            }
            Tally tally = tallies.getOrDefault(c, new Tally());
            List<Ref> unseen = new ArrayList<>();
            for (Ref end : List.of(c.from(), c.to())) {
                if (!covered(end, assetsSeen, zonesSeen, internetSeen) && !unseen.contains(end)) {
                    unseen.add(end);
                }
            }
            ConnectionStatus status = tally.flows > 0 ? ConnectionStatus.SEEN
                    : !tally.otherProtocols.isEmpty() ? ConnectionStatus.OTHER_PROTOCOL
                    : unseen.isEmpty() ? ConnectionStatus.NEVER_SEEN : ConnectionStatus.NOT_COVERED;
            connections.add(new ConnectionDrift(c.ref(), status, tally.flows, tally.packets, tally.first, tally.last,
                    List.copyOf(tally.otherProtocols), status == ConnectionStatus.NOT_COVERED ? unseen : List.of()));
        }
        return new DriftResult(observation(), observedHosts, flows, connections,
                DriftCounts.of(observedHosts, internetHosts, flows, connections));
    }

    /** A flow with its ends and status; null for a flow drift does not judge (layer 2, loopback, group addresses, transit). */
    private ObservedFlow observe(Flow flow, Map<Connection, Tally> tallies) {
        if (flow.transport() == Transport.ETHERNET) {
            return null;
        }
        Endpoint client = endpoint(flow.src()).orElse(null);
        Endpoint server = endpoint(flow.dst()).orElse(null);
        if (client == null || server == null || client.identity().equals(server.identity())) {
            return null;
        }
        if (client.kind() == Endpoint.Kind.INTERNET && server.kind() == Endpoint.Kind.INTERNET) {
            return null;
        }
        List<Connection> fitting = new ArrayList<>();
        Connection endsFit = null;
        Connection reversed = null;
        for (Connection c : candidates(client, server)) {
            boolean forward = fits(c.from(), client) && fits(c.to(), server);
            boolean backward = fits(c.to(), client) && fits(c.from(), server);
            Initiator initiator = c.initiator() == null ? Initiator.FROM : c.initiator();
            boolean allowed = forward && initiator != Initiator.TO || backward && initiator != Initiator.FROM;
            // ICMP between the ends of a connection is its diagnostics and error reports: part of it.
            boolean service = flow.transport() == Transport.ICMP || protocolFits(c, flow) && portFits(c, flow);
            if (allowed && service) {
                fitting.add(c);
            } else if (allowed && endsFit == null) {
                endsFit = c;
            } else if (!allowed && (forward || backward) && reversed == null) {
                reversed = c;
            }
        }
        FlowStatus status;
        Ref connection = null;
        if (!fitting.isEmpty()) {
            status = FlowStatus.DECLARED;
            connection = fitting.get(0).ref();
        } else if (shareFlatZone(client, server)) {
            status = FlowStatus.ZONE;
        } else if (endsFit != null) {
            status = FlowStatus.OTHER_PROTOCOL;
            connection = endsFit.ref();
        } else if (reversed != null) {
            status = FlowStatus.REVERSED;
            connection = reversed.ref();
        } else {
            status = FlowStatus.UNDECLARED;
        }
        boolean crosses = client.domainKnown() && server.domainKnown() && client.otSide() != server.otSide();
        boolean remote = REMOTE_TOOLS.contains(flow.protocol()) && status != FlowStatus.DECLARED
                && (client.otSide() || server.otSide())
                && (flow.protocol().isRemoteSupport() || !(client.otSide() && server.otSide()));
        long control = flow.operations().write() + flow.operations().program() + flow.operations().command();
        boolean unexpected = control > 0
                && !(client.kind() == Endpoint.Kind.ASSET && COMMAND_SOURCES.contains(client.type()));
        for (Connection c : fitting) {
            tallies.computeIfAbsent(c, k -> new Tally()).add(flow);
        }
        if (status == FlowStatus.OTHER_PROTOCOL) {
            tallies.computeIfAbsent(endsFit, k -> new Tally()).otherProtocols.add(flow.protocol().yamlName() + " "
                    + flow.transport().text() + (flow.port() == null ? "" : "/" + flow.port()));
        }
        return new ObservedFlow(client, server, flow.transport(), flow.port(), flow.protocol(), flow.packets(),
                flow.bytes(), flow.connections().size(), flow.firstSeen(), flow.lastSeen(), flow.operations(), status,
                connection, crosses, remote, unexpected);
    }

    /** The connections at either end of a flow, in model order. */
    private List<Connection> candidates(Endpoint client, Endpoint server) {
        Set<Connection> found = new LinkedHashSet<>();
        for (Endpoint end : List.of(client, server)) {
            if (end.kind() == Endpoint.Kind.INTERNET) {
                found.addAll(outside);
            } else {
                if (end.asset() != null) {
                    found.addAll(facts.connectionsOf(end.asset()));
                }
                for (Ref zone : end.zones()) {
                    found.addAll(facts.connectionsOf(zone));
                }
            }
        }
        List<Connection> sorted = new ArrayList<>(found);
        sorted.sort(java.util.Comparator.comparingInt(order::get));
        return sorted;
    }

    /** A connection's end stands for an observed end: the asset itself, a zone it sits in, the outside for the internet. */
    static boolean fits(Ref end, Endpoint observed) {
        return switch (end.kind()) {
            case ASSET -> observed.kind() == Endpoint.Kind.ASSET && observed.asset().equals(end);
            case ZONE -> observed.zones().contains(end);
            case INTERNET, SUPPLIER -> observed.kind() == Endpoint.Kind.INTERNET;
            default -> false;
        };
    }

    /**
     * The declared protocol accounts for the observed one: the same or a member of its family
     * ({@link Protocol#covers}); a flow whose protocol was not recognised fits a declared port or a
     * declared protocol the reader cannot recognise (sql, vpn, other), and such a declared protocol
     * fits whatever runs on a declared port.
     */
    static boolean protocolFits(Connection c, Flow flow) {
        Protocol declared = c.protocol();
        if (declared == null || declared.covers(flow.protocol())) {
            return true;
        }
        boolean onDeclaredPort = flow.port() != null && c.ports().contains(flow.port());
        if (flow.protocol() == Protocol.OTHER) {
            return NOT_RECOGNISED.contains(declared) || onDeclaredPort;
        }
        return NOT_RECOGNISED.contains(declared) && onDeclaredPort;
    }

    static boolean portFits(Connection c, Flow flow) {
        return c.ports().isEmpty() || flow.port() != null && c.ports().contains(flow.port());
    }

    private boolean shareFlatZone(Endpoint a, Endpoint b) {
        for (Ref zone : a.zones()) {
            if (b.zones().contains(zone) && facts.model().zone(zone.id()).map(Zone::flat).orElse(false)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isOutside(Ref end) {
        return end.kind() == RefKind.INTERNET || end.kind() == RefKind.SUPPLIER;
    }

    private static boolean covered(Ref end, Set<String> assetsSeen, Set<Ref> zonesSeen, boolean internetSeen) {
        return switch (end.kind()) {
            case ASSET -> assetsSeen.contains(end.id());
            case ZONE -> zonesSeen.contains(end);
            case INTERNET, SUPPLIER -> internetSeen;
            default -> false;
        };
    }

    /** The end an observed IP address stands for; empty for loopback, group and broadcast addresses. */
    private Optional<Endpoint> endpoint(String address) {
        return endpoints.computeIfAbsent(address, this::resolve);
    }

    private Optional<Endpoint> resolve(String address) {
        if (Addresses.isMac(address) || address.startsWith("127.") || address.equals("::1")) {
            return Optional.empty();
        }
        Optional<Asset> asset = book.asset(address);
        if (asset.isPresent()) {
            return Optional.of(ofAsset(address, asset.get()));
        }
        Host host = hosts.get(address);
        if (host == null || Addresses.isGroupAddress(address) || inventory.broadcasts().contains(address)) {
            return Optional.empty();
        }
        Optional<Ref> zone = book.zoneBySubnet(address);
        if (zone.isPresent() || Addresses.isPrivate(address) || !host.roles().isEmpty()) {
            List<Ref> zones = zone.map(List::of).orElse(List.of());
            return Optional.of(new Endpoint(address, Endpoint.Kind.HOST, null, null, zones, zone.isPresent(),
                    domains(zones)));
        }
        return Optional.of(new Endpoint(address, Endpoint.Kind.INTERNET, null, null, List.of(), false,
                EnumSet.of(Domain.EXTERNAL)));
    }

    /** A device seen only at layer 2: the asset that lists its MAC, or a host the model does not list. */
    private Endpoint layer2(Host host) {
        String mac = host.address();
        return book.asset(mac).map(asset -> ofAsset(mac, asset))
                .orElseGet(() -> new Endpoint(mac, Endpoint.Kind.HOST, null, null, List.of(), false, Set.of()));
    }

    private Endpoint ofAsset(String address, Asset asset) {
        return new Endpoint(address, Endpoint.Kind.ASSET, asset.ref(), asset.type(), asset.zones(), false,
                domains(asset.zones()));
    }

    private Set<Domain> domains(List<Ref> zones) {
        Set<Domain> domains = EnumSet.noneOf(Domain.class);
        Model model = facts.model();
        for (Ref zone : zones) {
            model.zone(zone.id()).ifPresent(z -> domains.add(z.domain()));
        }
        return domains;
    }

    private Observation observation() {
        List<String> inputs = new ArrayList<>();
        long packets = 0;
        long bytes = 0;
        long damaged = 0;
        for (InputSummary input : inventory.inputs()) {
            inputs.add(input.file());
            packets += input.packets();
            bytes += input.bytes();
            damaged += input.damagedRecords();
        }
        long first = 0;
        long last = 0;
        for (Flow flow : inventory.flows()) {
            if (flow.firstSeen() != 0) {
                first = first == 0 ? flow.firstSeen() : Math.min(first, flow.firstSeen());
            }
            last = Math.max(last, flow.lastSeen());
        }
        return new Observation(inputs, packets, bytes, damaged, first, last);
    }
}
