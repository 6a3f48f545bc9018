package org.otbridge.observe.inventory;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.otbridge.model.Protocol;

/**
 * The observed inventory: what was read, the hosts and the flows between them. An immutable value
 * built from plain facts; {@link #merge} adds two inventories (of several captures, or of parts of
 * one) and is associative and commutative, so partial inventories can be combined in any grouping
 * and order, on one machine or where the traffic is kept.
 *
 * <p>Facts kept: for every IP the MAC addresses it sent from, the IP addresses that received an
 * Ethernet broadcast (subnet broadcast addresses), MAC addresses of layer-2 devices, and the flows.
 * Hosts and their roles are derived from these facts.
 */
public final class Inventory {

    /** A MAC address that sends for more IP addresses than this is a router's, not the host's own. */
    static final int ROUTER_MAC_IPS = 4;

    public static final Inventory EMPTY = new Inventory(List.of(), Map.of(), Set.of(), Set.of(), List.of());

    private final List<InputSummary> inputs;
    private final Map<String, Set<String>> macsByIp;
    private final Set<String> broadcasts;
    private final Set<String> layer2;
    private final List<Flow> flows;
    private final List<Host> hosts;

    private Inventory(List<InputSummary> inputs, Map<String, Set<String>> macsByIp, Set<String> broadcasts,
            Set<String> layer2, List<Flow> flows) {
        this.inputs = inputs;
        this.macsByIp = macsByIp;
        this.broadcasts = broadcasts;
        this.layer2 = layer2;
        this.flows = flows;
        this.hosts = deriveHosts();
    }

    /**
     * An inventory from facts.
     *
     * @param macsByIp    every unicast IP seen, with the MAC addresses it sent from (possibly none)
     * @param broadcasts  IP addresses that received Ethernet broadcasts
     * @param layer2      MAC addresses of devices seen in layer-2 industrial protocols
     * @param flows       flows; equal keys are added up
     */
    public static Inventory of(Collection<InputSummary> inputs, Map<String, ? extends Collection<String>> macsByIp,
            Collection<String> broadcasts, Collection<String> layer2, Collection<Flow> flows) {
        Map<String, InputSummary> byFile = new TreeMap<>();
        for (InputSummary input : inputs) {
            byFile.merge(input.file(), input, InputSummary::plus);
        }
        Map<String, Set<String>> macs = new TreeMap<>(Addresses.ORDER);
        macsByIp.forEach((ip, list) -> macs.computeIfAbsent(ip, k -> new TreeSet<>()).addAll(list));
        macs.replaceAll((ip, set) -> Collections.unmodifiableSet(set));
        Map<Flow.Key, Flow> byKey = new HashMap<>();
        for (Flow flow : flows) {
            byKey.merge(flow.key(), flow, Flow::plus);
        }
        List<Flow> sorted = new ArrayList<>(byKey.values());
        sorted.sort(FLOW_ORDER);
        return new Inventory(List.copyOf(byFile.values()), Collections.unmodifiableMap(macs),
                Collections.unmodifiableSet(new TreeSet<>(broadcasts)), Collections.unmodifiableSet(new TreeSet<>(layer2)),
                List.copyOf(sorted));
    }

    /** The two inventories added up. */
    public static Inventory merge(Inventory a, Inventory b) {
        if (a.isEmpty()) {
            return b;
        }
        if (b.isEmpty()) {
            return a;
        }
        List<InputSummary> inputs = new ArrayList<>(a.inputs);
        inputs.addAll(b.inputs);
        Map<String, Set<String>> macs = new HashMap<>(a.macsByIp);
        b.macsByIp.forEach((ip, set) -> macs.merge(ip, set, (x, y) -> {
            Set<String> union = new TreeSet<>(x);
            union.addAll(y);
            return union;
        }));
        Set<String> broadcasts = new TreeSet<>(a.broadcasts);
        broadcasts.addAll(b.broadcasts);
        Set<String> layer2 = new TreeSet<>(a.layer2);
        layer2.addAll(b.layer2);
        List<Flow> flows = new ArrayList<>(a.flows);
        flows.addAll(b.flows);
        return of(inputs, macs, broadcasts, layer2, flows);
    }

    public Inventory merge(Inventory other) {
        return merge(this, other);
    }

    private boolean isEmpty() {
        return inputs.isEmpty() && macsByIp.isEmpty() && layer2.isEmpty() && flows.isEmpty();
    }

    public List<InputSummary> inputs() {
        return inputs;
    }

    public List<Host> hosts() {
        return hosts;
    }

    public List<Flow> flows() {
        return flows;
    }

    /** Every IP seen with the MAC addresses it sent from, before router MACs and broadcast addresses are left out. */
    public Map<String, Set<String>> macsByIp() {
        return macsByIp;
    }

    public Set<String> broadcasts() {
        return broadcasts;
    }

    public Set<String> layer2() {
        return layer2;
    }

    /** Host by IP (or by MAC for layer-2 devices). */
    public Map<String, Host> hostsByAddress() {
        Map<String, Host> map = new LinkedHashMap<>();
        hosts.forEach(h -> map.put(h.address(), h));
        return map;
    }

    private List<Host> deriveHosts() {
        Map<String, Integer> ipsPerMac = new HashMap<>();
        macsByIp.values().forEach(set -> set.forEach(mac -> ipsPerMac.merge(mac, 1, Integer::sum)));
        Map<String, List<String>> roles = Roles.of(flows);
        Map<String, Set<Protocol>> protocols = new HashMap<>();
        for (Flow flow : flows) {
            if (flow.protocol() != Protocol.OTHER) {
                protocols.computeIfAbsent(flow.src(), k -> EnumSet.noneOf(Protocol.class)).add(flow.protocol());
                protocols.computeIfAbsent(flow.dst(), k -> EnumSet.noneOf(Protocol.class)).add(flow.protocol());
            }
        }
        List<Host> result = new ArrayList<>();
        java.util.Set<String> macsWithIp = new java.util.HashSet<>();
        macsByIp.forEach((ip, macs) -> {
            if (broadcasts.contains(ip) && macs.isEmpty()) {
                return;
            }
            List<String> own = macs.stream().filter(mac -> ipsPerMac.getOrDefault(mac, 0) <= ROUTER_MAC_IPS).toList();
            macsWithIp.addAll(own);
            result.add(new Host(ip, own, roles.getOrDefault(ip, List.of()),
                    List.copyOf(protocols.getOrDefault(ip, EnumSet.noneOf(Protocol.class)))));
        });
        Set<String> allIpMacs = new java.util.HashSet<>();
        macsByIp.values().forEach(allIpMacs::addAll);
        for (String mac : layer2) {
            if (!allIpMacs.contains(mac)) {
                result.add(new Host(null, List.of(mac), roles.getOrDefault(mac, List.of()),
                        List.copyOf(protocols.getOrDefault(mac, EnumSet.noneOf(Protocol.class)))));
            }
        }
        return List.copyOf(result);
    }

    static final Comparator<Flow> FLOW_ORDER = Comparator.comparing(Flow::src, Addresses.ORDER)
            .thenComparing(Flow::dst, Addresses.ORDER)
            .thenComparing(Flow::transport)
            .thenComparing(f -> f.port() == null ? -1 : f.port())
            .thenComparing(Flow::protocol);

    @Override
    public boolean equals(Object o) {
        return o instanceof Inventory other && inputs.equals(other.inputs) && macsByIp.equals(other.macsByIp)
                && broadcasts.equals(other.broadcasts) && layer2.equals(other.layer2) && flows.equals(other.flows);
    }

    @Override
    public int hashCode() {
        return flows.hashCode() * 31 + macsByIp.hashCode();
    }
}
