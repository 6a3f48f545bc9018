package org.otbridge.observe.draft;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.otbridge.model.Asset;
import org.otbridge.model.Connection;
import org.otbridge.model.Initiator;
import org.otbridge.model.Model;
import org.otbridge.model.Protocol;
import org.otbridge.model.Ref;
import org.otbridge.model.RefKind;
import org.otbridge.observe.inventory.Addresses;
import org.otbridge.observe.inventory.Flow;
import org.otbridge.observe.inventory.Host;
import org.otbridge.observe.inventory.Inventory;
import org.otbridge.observe.inventory.Roles;
import org.otbridge.observe.inventory.Transport;

/**
 * A model draft (YAML: the sections zones, assets and connections of docs/model.md) from an observed
 * inventory: one asset per private host, typed from its role; one zone per /24 (IPv4) or /64
 * (IPv6) subnet; one connection per client, server and protocol. Public addresses become the
 * {@code internet} endpoint. Given the current model, the draft only adds what it lacks: hosts
 * whose IP an asset already lists are that asset, new hosts join the zone of their subnet's known
 * assets, and flows a declared connection already covers are left out.
 */
public final class ModelDraft {

    private final Inventory inventory;
    private final Model model;
    private final Map<String, String> assetByIp = new HashMap<>();
    private final Map<String, List<String>> zonesOfAsset = new HashMap<>();
    private final Set<String> usedIds = new HashSet<>();
    private final Map<String, String> zoneBySubnet = new LinkedHashMap<>();
    private final Map<String, String> newZoneDomain = new LinkedHashMap<>();
    private final Map<String, String> newZoneName = new LinkedHashMap<>();
    private final Map<String, Host> hostByAddress;

    /** @param model the current model, or null for a draft from scratch */
    public ModelDraft(Inventory inventory, Model model) {
        this.inventory = inventory;
        this.model = model;
        this.hostByAddress = inventory.hostsByAddress();
        if (model != null) {
            for (Asset asset : model.assets()) {
                usedIds.add(asset.id());
                List<String> zones = asset.zones().stream().map(Ref::id).toList();
                zonesOfAsset.put(asset.id(), zones);
                for (String ip : asset.ips()) {
                    assetByIp.putIfAbsent(normal(ip), asset.id());
                    if (!zones.isEmpty()) {
                        zoneBySubnet.putIfAbsent(subnet(normal(ip)), zones.get(0));
                    }
                }
            }
            model.zones().forEach(z -> usedIds.add(z.id()));
            model.connections().forEach(c -> usedIds.add(c.id()));
        }
    }

    /** The draft as YAML text. */
    public String yaml() {
        StringBuilder assets = new StringBuilder();
        int newAssets = 0;
        for (Host host : inventory.hosts()) {
            if (host.ip() != null && (!isSite(host) || assetByIp.containsKey(host.ip()))) {
                continue;
            }
            if (host.ip() == null && model != null && modelHasMac(host.macs().get(0))) {
                continue;
            }
            String type = type(host);
            String id = uniqueId(type + "-" + slug(host.address()));
            String zone = zoneFor(host);
            assetByIp.put(host.address(), id);
            zonesOfAsset.put(id, List.of(zone));
            newAssets++;
            assets.append("  - id: ").append(id).append('\n');
            assets.append("    type: ").append(type).append('\n');
            assets.append("    zone: ").append(zone).append('\n');
            if (host.ip() != null) {
                assets.append("    ips: [").append(quote(host.ip())).append("]\n");
            }
            if (!host.macs().isEmpty()) {
                assets.append("    macs: [").append(String.join(", ", host.macs().stream().map(ModelDraft::quote).toList()))
                        .append("]\n");
            }
            assets.append("    description: ").append(quote(describe(host))).append('\n');
        }
        StringBuilder connections = new StringBuilder();
        int newConnections = connections(connections);

        StringBuilder out = new StringBuilder();
        out.append("# Model draft from observed traffic (otbridge discover). Review before use: asset types,\n");
        out.append("# zone domains and connection purposes are guesses from what the traffic showed.\n");
        out.append("# ").append(newAssets).append(newAssets == 1 ? " asset, " : " assets, ").append(newZoneDomain.size())
                .append(newZoneDomain.size() == 1 ? " zone, " : " zones, ").append(newConnections)
                .append(newConnections == 1 ? " connection" : " connections")
                .append(model == null ? "" : " that the model does not have yet").append(".\n");
        if (!newZoneDomain.isEmpty()) {
            out.append("zones:\n");
            newZoneDomain.forEach((id, domain) -> out.append("  - {id: ").append(id).append(", name: ")
                    .append(quote(newZoneName.get(id))).append(", domain: ").append(domain).append("}\n"));
        }
        if (newAssets > 0) {
            out.append("assets:\n").append(assets);
        }
        if (newConnections > 0) {
            out.append("connections:\n").append(connections);
        }
        if (newAssets == 0 && newConnections == 0 && newZoneDomain.isEmpty()) {
            out.append("{}\n");
        }
        return out.toString();
    }

    private int connections(StringBuilder out) {
        record Key(String from, String to, Protocol protocol) {
        }
        Map<Key, Set<Integer>> ports = new LinkedHashMap<>();
        Map<Key, long[]> totals = new LinkedHashMap<>();
        for (Flow flow : inventory.flows()) {
            if (flow.transport() != Transport.TCP && flow.transport() != Transport.UDP) {
                continue;
            }
            String from = endpoint(flow.src());
            String to = endpoint(flow.dst());
            if (from == null || to == null || from.equals(to) || from.equals("internet") && to.equals("internet")) {
                continue;
            }
            if (model != null && declared(from, to, flow)) {
                continue;
            }
            Key key = new Key(from, to, flow.protocol());
            ports.computeIfAbsent(key, k -> new TreeSet<>()).add(flow.port());
            long[] t = totals.computeIfAbsent(key, k -> new long[6]);
            t[0] += flow.packets();
            t[1] += flow.operations().read();
            t[2] += flow.operations().write();
            t[3] += flow.operations().program();
            t[4] += flow.operations().command();
            t[5] += flow.connections().size();
        }
        ports.forEach((key, list) -> {
            String id = uniqueId(bare(key.from()) + "-to-" + bare(key.to()) + "-" + slug(key.protocol().yamlName()));
            long[] t = totals.get(key);
            out.append("  - id: ").append(id).append('\n');
            out.append("    from: ").append(key.from()).append('\n');
            out.append("    to: ").append(key.to()).append('\n');
            out.append("    protocol: ").append(quote(key.protocol().yamlName())).append('\n');
            out.append("    ports: [").append(String.join(", ", list.stream().map(String::valueOf).toList())).append("]\n");
            out.append("    initiator: from\n");
            StringBuilder seen = new StringBuilder("Observed: ").append(t[5]).append(t[5] == 1 ? " connection, " : " connections, ")
                    .append(t[0]).append(" packets");
            if (t[1] + t[2] + t[3] + t[4] > 0) {
                seen.append("; operations: ").append(t[1]).append(" read, ").append(t[2]).append(" write, ").append(t[3])
                        .append(" program, ").append(t[4]).append(" command");
            }
            out.append("    description: ").append(quote(seen.toString())).append('\n');
        });
        return ports.size();
    }

    /** The model reference for an observed address: asset:ID, internet, or null for group addresses. */
    private String endpoint(String address) {
        String asset = assetByIp.get(address);
        if (asset != null) {
            return "asset:" + asset;
        }
        Host host = hostByAddress.get(address);
        if (host == null) {
            return null; // broadcast or multicast
        }
        return isSite(host) ? null : isLoopback(address) ? null : "internet";
    }

    /**
     * True for hosts of the site: private addresses, and public ones that act as a controller,
     * SCADA or engineering host (old OT networks often use public ranges inside). Loopback is the
     * host talking to itself and not part of the network.
     */
    private static boolean isSite(Host host) {
        if (isLoopback(host.ip())) {
            return false;
        }
        return Addresses.isPrivate(host.ip()) || !host.roles().isEmpty();
    }

    private static boolean isLoopback(String ip) {
        return ip.startsWith("127.") || ip.equals("::1");
    }

    /** True when a connection of the model already accounts for this flow. */
    private boolean declared(String from, String to, Flow flow) {
        for (Connection c : model.connections()) {
            if (c.protocol() != null && !c.protocol().covers(flow.protocol())) {
                continue;
            }
            if (!c.ports().isEmpty() && !c.ports().contains(flow.port())) {
                continue;
            }
            Initiator initiator = c.initiator() == null ? Initiator.FROM : c.initiator();
            boolean forward = matches(c.from(), from) && matches(c.to(), to);
            boolean backward = matches(c.from(), to) && matches(c.to(), from);
            if (forward && initiator != Initiator.TO || backward && initiator != Initiator.FROM) {
                return true;
            }
        }
        return false;
    }

    private boolean matches(Ref ref, String endpoint) {
        if (ref.kind() == RefKind.INTERNET) {
            return endpoint.equals("internet");
        }
        if (!endpoint.startsWith("asset:")) {
            return false;
        }
        String asset = endpoint.substring("asset:".length());
        if (ref.kind() == RefKind.ASSET) {
            return ref.id().equals(asset);
        }
        return ref.kind() == RefKind.ZONE && zonesOfAsset.getOrDefault(asset, List.of()).contains(ref.id());
    }

    private boolean modelHasMac(String mac) {
        return model.assets().stream().anyMatch(a -> a.macs().stream().anyMatch(m -> m.toLowerCase(Locale.ROOT)
                .replace('-', ':').equals(mac)));
    }

    private String zoneFor(Host host) {
        if (host.ip() == null) {
            return newZone("layer2", "Devices seen only at layer 2", "ot", host);
        }
        String subnet = subnet(host.ip());
        String known = zoneBySubnet.get(subnet);
        if (known != null && !newZoneDomain.containsKey(known)) {
            return known;
        }
        String id = known != null ? known : uniqueId("net-" + slug(subnet));
        zoneBySubnet.put(subnet, id);
        return newZone(id, "Observed subnet " + subnetText(host.ip()), null, host);
    }

    /** Records a new zone; a subnet with any controller or industrial protocol is OT, otherwise IT. */
    private String newZone(String id, String name, String domain, Host host) {
        boolean industrial = !host.roles().isEmpty() || host.protocols().stream().anyMatch(ModelDraft::industrial);
        String current = newZoneDomain.get(id);
        String decided = domain != null ? domain : industrial || "ot".equals(current) ? "ot" : "it";
        newZoneDomain.put(id, decided);
        newZoneName.putIfAbsent(id, name);
        usedIds.add(id);
        return id;
    }

    private static boolean industrial(Protocol p) {
        return switch (p) {
            case MODBUS, DNP3, IEC104, S7, S7COMM, S7COMM_PLUS, ENIP, CIP, OPCUA, MQTT, IEC61850, MMS, GOOSE, PROFINET,
                    BACNET, C37_118 -> true;
            default -> false;
        };
    }

    private String type(Host host) {
        List<String> roles = host.roles();
        if (roles.contains(Roles.CONTROLLER)) {
            if (host.protocols().contains(Protocol.MMS) || host.protocols().contains(Protocol.GOOSE)) {
                return "ied";
            }
            if (host.protocols().contains(Protocol.DNP3) || host.protocols().contains(Protocol.IEC104)) {
                return "rtu";
            }
            return "plc";
        }
        if (roles.contains(Roles.ENGINEERING_WORKSTATION)) {
            return "engineering-workstation";
        }
        if (roles.contains(Roles.SCADA)) {
            return "scada-server";
        }
        boolean answers = inventory.flows().stream().anyMatch(f -> f.dst().equals(host.address()) && f.replyPackets() > 0);
        return answers ? "server" : host.ip() == null ? "other" : "workstation";
    }

    private static String describe(Host host) {
        StringBuilder text = new StringBuilder("Observed");
        if (!host.roles().isEmpty()) {
            text.append(" as ").append(String.join(" and ", host.roles()));
        }
        if (!host.protocols().isEmpty()) {
            text.append(", speaking ").append(String.join(", ", host.protocols().stream().map(Protocol::yamlName).toList()));
        }
        return text.toString();
    }

    private String uniqueId(String base) {
        String id = base;
        for (int n = 2; usedIds.contains(id); n++) {
            id = base + "-" + n;
        }
        usedIds.add(id);
        return id;
    }

    private static String bare(String ref) {
        int colon = ref.indexOf(':');
        return colon < 0 ? ref : ref.substring(colon + 1);
    }

    /** Lower-case letters, digits and hyphens, starting with a letter or digit. */
    static String slug(String text) {
        String s = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9.]+", "-").replaceAll("^[^a-z0-9]+", "")
                .replaceAll("-+$", "");
        return s.isEmpty() ? "x" : s;
    }

    private static String subnet(String ip) {
        if (Addresses.isIpv4(ip)) {
            return ip.substring(0, ip.lastIndexOf('.'));
        }
        String[] groups = expand(ip);
        return String.join(":", List.of(groups).subList(0, 4));
    }

    private static String subnetText(String ip) {
        return Addresses.isIpv4(ip) ? subnet(ip) + ".0/24" : subnet(ip) + "::/64";
    }

    private static String[] expand(String ip) {
        String[] halves = ip.split("::", -1);
        List<String> head = halves[0].isEmpty() ? List.of() : List.of(halves[0].split(":"));
        List<String> tail = halves.length > 1 && !halves[1].isEmpty() ? List.of(halves[1].split(":")) : List.of();
        List<String> all = new ArrayList<>(head);
        while (all.size() + tail.size() < 8) {
            all.add("0");
        }
        all.addAll(tail);
        return all.toArray(new String[0]);
    }

    /** An address as the model would write it, for matching the model's ips. */
    private static String normal(String ip) {
        return ip.trim().toLowerCase(Locale.ROOT);
    }

    static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
