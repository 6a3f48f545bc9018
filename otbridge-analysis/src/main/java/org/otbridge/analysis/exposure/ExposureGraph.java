package org.otbridge.analysis.exposure;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.otbridge.analysis.facts.SiteFacts;
import org.otbridge.model.Asset;
import org.otbridge.model.AssetType;
import org.otbridge.model.Connection;
import org.otbridge.model.Initiator;
import org.otbridge.model.Model;
import org.otbridge.model.Ref;
import org.otbridge.model.RefKind;
import org.otbridge.model.Supplier;
import org.otbridge.model.Zone;

/**
 * Who can reach whom, built once from the model: nodes are assets, zones (as hubs, so a zone of
 * 10,000 hosts adds 20,000 edges, not 10^8), suppliers, the internet and removable media. A jump
 * host or remote-access gateway is reached only over the connections declared to it, never
 * sideways from its zone: accepting nothing else is what makes it a broker. An
 * edge is one attack step with its cost and techniques. Connections point the way their
 * {@code initiator} opens them; a {@code via} jump host or gateway is a step of its own, while
 * firewalls, data diodes, routers and switches are not nodes at all. Stored as compressed
 * arrays, forward and backward, because every entry point runs a shortest-path search over it.
 */
public final class ExposureGraph {

    static final int NO_CONNECTION = -1;

    private final Ref[] nodes;
    private final AssetType[] types;
    private final Map<Ref, Integer> index;
    private final List<Connection> connections;
    private final List<List<String>> techniqueSets;
    // Forward adjacency: edges of node v are offsets[v] .. offsets[v + 1] - 1.
    private final int[] offsets;
    private final int[] targets;
    private final double[] costs;
    private final int[] connectionOf;
    private final int[] techniquesOf;
    // Backward adjacency, as edge ids into the forward arrays.
    private final int[] inOffsets;
    private final int[] inEdges;
    private final int[] inConnectionEnds;
    private final int[] sources;

    private ExposureGraph(Builder b) {
        this.nodes = b.nodes.toArray(new Ref[0]);
        this.types = b.types.toArray(new AssetType[0]);
        this.index = b.index;
        this.connections = List.copyOf(b.connections);
        this.techniqueSets = List.copyOf(b.techniqueSets);
        int n = nodes.length;
        int m = b.edgeCount;
        offsets = new int[n + 1];
        for (int e = 0; e < m; e++) {
            offsets[b.from[e] + 1]++;
        }
        for (int v = 0; v < n; v++) {
            offsets[v + 1] += offsets[v];
        }
        targets = new int[m];
        costs = new double[m];
        connectionOf = new int[m];
        techniquesOf = new int[m];
        sources = new int[m];
        int[] fill = Arrays.copyOf(offsets, n);
        for (int e = 0; e < m; e++) {
            int slot = fill[b.from[e]]++;
            targets[slot] = b.to[e];
            sources[slot] = b.from[e];
            costs[slot] = b.cost[e];
            connectionOf[slot] = b.connection[e];
            techniquesOf[slot] = b.techniques[e];
        }
        inOffsets = new int[n + 1];
        for (int e = 0; e < m; e++) {
            inOffsets[targets[e] + 1]++;
        }
        for (int v = 0; v < n; v++) {
            inOffsets[v + 1] += inOffsets[v];
        }
        inEdges = new int[m];
        int[] inFill = Arrays.copyOf(inOffsets, n);
        // Connection edges first at each node: deviations look only at those, and a zone hub has
        // one presence edge in from every member, which must not be scanned per path.
        for (int pass = 0; pass < 2; pass++) {
            for (int e = 0; e < m; e++) {
                if ((connectionOf[e] >= 0) == (pass == 0)) {
                    inEdges[inFill[targets[e]]++] = e;
                }
            }
        }
        inConnectionEnds = new int[n];
        for (int v = 0; v < n; v++) {
            int end = inOffsets[v];
            while (end < inOffsets[v + 1] && connectionOf[inEdges[end]] >= 0) {
                end++;
            }
            inConnectionEnds[v] = end;
        }
    }

    public static ExposureGraph build(SiteFacts facts) {
        return new Builder(facts).build();
    }

    public int nodeCount() {
        return nodes.length;
    }

    public int edgeCount() {
        return targets.length;
    }

    public Ref node(int v) {
        return nodes[v];
    }

    /** The asset type of a node, or null for zones, suppliers and special endpoints. */
    public AssetType type(int v) {
        return types[v];
    }

    public Integer indexOf(Ref ref) {
        return index.get(Ref.of(ref.kind(), ref.id()));
    }

    int firstEdge(int v) {
        return offsets[v];
    }

    int endEdge(int v) {
        return offsets[v + 1];
    }

    int target(int e) {
        return targets[e];
    }

    int source(int e) {
        return sources[e];
    }

    double cost(int e) {
        return costs[e];
    }

    /** Index into {@link #connection(int)} of the connection an edge travels, or -1. */
    int connectionIndex(int e) {
        return connectionOf[e];
    }

    Connection connection(int connectionIndex) {
        return connections.get(connectionIndex);
    }

    int connectionCount() {
        return connections.size();
    }

    List<String> techniques(int e) {
        return techniqueSets.get(techniquesOf[e]);
    }

    int firstInEdge(int v) {
        return inOffsets[v];
    }

    int endInEdge(int v) {
        return inOffsets[v + 1];
    }

    /** End of the incoming connection edges of {@code v}, which come first among its incoming edges. */
    int endInConnectionEdge(int v) {
        return inConnectionEnds[v];
    }

    int inEdge(int i) {
        return inEdges[i];
    }

    private static final class Builder {
        private final SiteFacts facts;
        private final Model model;
        private final List<Ref> nodes = new ArrayList<>();
        private final List<AssetType> types = new ArrayList<>();
        private final Map<Ref, Integer> index = new HashMap<>();
        private final List<Connection> connections = new ArrayList<>();
        private final List<List<String>> techniqueSets = new ArrayList<>();
        private final Map<List<String>, Integer> techniqueIds = new HashMap<>();
        private int[] from = new int[1024];
        private int[] to = new int[1024];
        private double[] cost = new double[1024];
        private int[] connection = new int[1024];
        private int[] techniques = new int[1024];
        private int edgeCount;

        Builder(SiteFacts facts) {
            this.facts = facts;
            this.model = facts.model();
        }

        ExposureGraph build() {
            for (Asset asset : model.assets()) {
                if (!CostModel.FILTERS.contains(asset.type())) {
                    addNode(asset.ref(), asset.type());
                }
            }
            for (Zone zone : model.zones()) {
                addNode(zone.ref(), null);
            }
            for (Supplier supplier : model.suppliers()) {
                addNode(supplier.ref(), null);
            }
            int internet = addNode(Ref.endpoint(RefKind.INTERNET, null), null);
            addNode(Ref.endpoint(RefKind.REMOVABLE_MEDIA, null), null);
            for (Zone zone : model.zones()) {
                addZoneEdges(zone);
            }
            for (Asset asset : model.assets()) {
                Integer node = index.get(asset.ref());
                if (asset.internetExposed() && node != null) {
                    addEdge(internet, node, CostModel.lateral(asset.type()), NO_CONNECTION,
                            Techniques.forInternetExposure());
                }
            }
            for (Connection c : model.connections()) {
                addConnection(c);
            }
            return new ExposureGraph(this);
        }

        private int addNode(Ref ref, AssetType type) {
            Ref key = Ref.of(ref.kind(), ref.id());
            Integer existing = index.get(key);
            if (existing != null) {
                return existing;
            }
            int id = nodes.size();
            nodes.add(key);
            types.add(type);
            index.put(key, id);
            return id;
        }

        private void addZoneEdges(Zone zone) {
            int hub = index.get(zone.ref());
            for (Asset asset : facts.assetsIn(zone)) {
                Integer node = index.get(asset.ref());
                if (node == null) {
                    continue;
                }
                if (zone.flat() || asset.isMultiHomed()) {
                    addEdge(node, hub, 0.0, NO_CONNECTION, List.of());
                }
                if (!CostModel.BROKERS.contains(asset.type())) {
                    addEdge(hub, node, CostModel.lateral(asset.type()), NO_CONNECTION, Techniques.forLateral(asset.type()));
                }
            }
        }

        private void addConnection(Connection c) {
            List<Integer> chain = new ArrayList<>();
            Integer start = endpoint(c.from());
            Integer end = endpoint(c.to());
            if (start == null || end == null) {
                return; // an endpoint that only filters gives no foothold
            }
            chain.add(start);
            boolean oneWay = false;
            for (Ref via : c.via()) {
                Asset asset = model.asset(via.id()).orElse(null);
                if (asset == null) {
                    continue;
                }
                if (asset.type() == AssetType.DATA_DIODE) {
                    oneWay = true;
                }
                Integer pivot = index.get(asset.ref());
                if (pivot != null) {
                    chain.add(pivot);
                }
            }
            chain.add(end);
            int connectionIndex = connections.size();
            connections.add(c);
            Initiator initiator = c.initiator() == null ? Initiator.FROM : c.initiator();
            if (initiator != Initiator.TO || oneWay) {
                addChain(chain, c, connectionIndex);
            }
            if (initiator != Initiator.FROM && !oneWay) {
                List<Integer> reversed = new ArrayList<>(chain);
                java.util.Collections.reverse(reversed);
                addChain(reversed, c, connectionIndex);
            }
        }

        private void addChain(List<Integer> chain, Connection c, int connectionIndex) {
            for (int i = 0; i + 1 < chain.size(); i++) {
                int u = chain.get(i);
                int v = chain.get(i + 1);
                if (u == v) {
                    continue;
                }
                RefKind sourceKind = nodes.get(u).kind();
                boolean outside = sourceKind == RefKind.SUPPLIER || sourceKind == RefKind.INTERNET;
                addEdge(u, v, CostModel.hop(c, types.get(v), outside), connectionIndex,
                        Techniques.forHop(c, sourceKind, types.get(u), types.get(v)));
            }
        }

        private Integer endpoint(Ref ref) {
            return index.get(Ref.of(ref.kind(), ref.id()));
        }

        private void addEdge(int u, int v, double weight, int connectionIndex, List<String> techniqueList) {
            RefKind targetKind = nodes.get(v).kind();
            if (targetKind == RefKind.INTERNET || targetKind == RefKind.REMOVABLE_MEDIA) {
                return; // reaching the internet or a USB stick gives an attacker nothing new: they are entries
            }
            if (edgeCount == from.length) {
                int size = from.length * 2;
                from = Arrays.copyOf(from, size);
                to = Arrays.copyOf(to, size);
                cost = Arrays.copyOf(cost, size);
                connection = Arrays.copyOf(connection, size);
                techniques = Arrays.copyOf(techniques, size);
            }
            Integer techniqueId = techniqueIds.get(techniqueList);
            if (techniqueId == null) {
                techniqueId = techniqueSets.size();
                techniqueSets.add(List.copyOf(techniqueList));
                techniqueIds.put(List.copyOf(techniqueList), techniqueId);
            }
            from[edgeCount] = u;
            to[edgeCount] = v;
            cost[edgeCount] = weight;
            connection[edgeCount] = connectionIndex;
            techniques[edgeCount] = techniqueId;
            edgeCount++;
        }
    }
}
