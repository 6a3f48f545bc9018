package org.otbridge.report.html.diagram;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.otbridge.analysis.Finding;
import org.otbridge.analysis.Severity;
import org.otbridge.analysis.boundary.Conduits;
import org.otbridge.analysis.boundary.Design;
import org.otbridge.analysis.exposure.AttackPath;
import org.otbridge.analysis.facts.SiteFacts;
import org.otbridge.model.Asset;
import org.otbridge.model.Connection;
import org.otbridge.model.Domain;
import org.otbridge.model.Model;
import org.otbridge.model.Ref;
import org.otbridge.model.RefKind;
import org.otbridge.model.Supplier;
import org.otbridge.model.Zone;
import org.otbridge.report.view.Words;

/**
 * The zone and conduit graph of a model before layout: a node per zone (or per group of zones in
 * a large model), per supplier and per special endpoint; an edge per pair of nodes that some
 * connection or multi-homed asset joins, with every connection it stands for and the worst
 * finding on any of them. Nodes are numbered {@code n0, n1...}, edges {@code e0...}: the page's
 * script only ever sees these generated ids, never a model string.
 */
public final class ZoneGraph {

    /** Up to this many zones each zone is a node. */
    static final int ZONE_LIMIT = 120;
    /** Up to this many groups of zones (per file and level) each group is a node; beyond, one node per level and domain. */
    static final int GROUP_LIMIT = 150;
    /** Longer names are cut in the box; the full name is in its tooltip. */
    static final int LABEL_MAX = 32;
    /** Up to this many suppliers each is a node; beyond, one node stands for all. */
    static final int SUPPLIER_LIMIT = 30;

    /** How zones are drawn: one node each, per file and level, or per level and domain. */
    public enum Scale { ZONES, FILES, LEVELS }

    /** A node: its band (layer), domain (colour), label lines and the zones it stands for. */
    public record Node(String id, String label, String detail, Band band, Domain domain, int zones, int assets,
            String tooltip) {
    }

    /** An edge between two nodes and what it stands for. {@code worst} is null when no finding touches it. */
    public record Edge(String id, String from, String to, List<Ref> connections, List<Ref> multiHomed, Severity worst,
            boolean bypass, String label, String tooltip) {

        public Edge {
            connections = List.copyOf(connections);
            multiHomed = List.copyOf(multiHomed);
        }

        /** Only multi-homed hosts join the two nodes, no declared connection. */
        public boolean onlyMultiHomed() {
            return connections.isEmpty();
        }
    }

    /** An attack path as the nodes and edges it passes. */
    public record PathTrace(AttackPath path, List<String> nodes, List<String> edges) {
    }

    private final Scale scale;
    private final List<Node> nodes;
    private final List<Edge> edges;
    private final Map<Ref, String> nodeOf;
    private final Map<String, String> edgeByPair;

    private ZoneGraph(Scale scale, List<Node> nodes, List<Edge> edges, Map<Ref, String> nodeOf,
            Map<String, String> edgeByPair) {
        this.scale = scale;
        this.nodes = List.copyOf(nodes);
        this.edges = List.copyOf(edges);
        this.nodeOf = nodeOf;
        this.edgeByPair = edgeByPair;
    }

    public Scale scale() {
        return scale;
    }

    public List<Node> nodes() {
        return nodes;
    }

    public List<Edge> edges() {
        return edges;
    }

    public static ZoneGraph of(Model model, List<Finding> findings) {
        Scale scale = chooseScale(model);
        Builder b = new Builder(model, scale);
        b.zones();
        b.endpoints();
        b.connections(worstFindings(findings));
        return b.build();
    }

    static Scale chooseScale(Model model) {
        if (model.zones().size() <= ZONE_LIMIT) {
            return Scale.ZONES;
        }
        Set<String> groups = new LinkedHashSet<>();
        for (Zone zone : model.zones()) {
            groups.add(fileGroup(zone));
        }
        return groups.size() <= GROUP_LIMIT ? Scale.FILES : Scale.LEVELS;
    }

    private static String fileGroup(Zone zone) {
        return (zone.at() == null ? "" : zone.at().file()) + "|" + Band.of(zone.level(), zone.domain()) + "|"
                + zone.domain();
    }

    /** The worst severity of the open findings about each subject. */
    private static Map<Ref, Severity> worstFindings(List<Finding> findings) {
        Map<Ref, Severity> worst = new HashMap<>();
        for (Finding f : findings) {
            if (f.accepted()) {
                continue;
            }
            for (Ref subject : f.subjects()) {
                worst.merge(subject, f.severity(), (a, b) -> a.ordinal() <= b.ordinal() ? a : b);
            }
        }
        return worst;
    }

    /** Where an attack path runs on this graph: the nodes of its steps and the edges between them. */
    public PathTrace trace(AttackPath path) {
        Set<String> pathNodes = new LinkedHashSet<>();
        Set<String> pathEdges = new LinkedHashSet<>();
        String previous = null;
        for (Ref step : path.steps()) {
            String node = nodeOf.get(step);
            if (node == null) {
                continue;
            }
            pathNodes.add(node);
            if (previous != null && !previous.equals(node)) {
                String edge = edgeByPair.get(pair(previous, node));
                if (edge != null) {
                    pathEdges.add(edge);
                }
            }
            previous = node;
        }
        return new PathTrace(path, List.copyOf(pathNodes), List.copyOf(pathEdges));
    }

    private static String pair(String a, String b) {
        return a.compareTo(b) <= 0 ? a + "|" + b : b + "|" + a;
    }

    /** Builds nodes and edges in a fixed order, so the same model always gives the same diagram. */
    private static final class Builder {
        private final Conduits conduits;
        private final Model model;
        private final Scale scale;
        private final List<Node> nodes = new ArrayList<>();
        private final Map<Ref, String> nodeOf = new HashMap<>();
        private final Map<String, Node> nodeById = new HashMap<>();
        private final Map<String, EdgeParts> edgeParts = new LinkedHashMap<>();

        private final class EdgeParts {
            final String from;
            final String to;
            final List<Ref> connections = new ArrayList<>();
            final List<Ref> multiHomed = new ArrayList<>();
            final Set<String> protocols = new LinkedHashSet<>();
            Severity worst;
            int bypasses;

            EdgeParts(String from, String to) {
                this.from = from;
                this.to = to;
            }
        }

        Builder(Model model, Scale scale) {
            this.model = model;
            this.scale = scale;
            this.conduits = new Conduits(new SiteFacts(model));
        }

        private String addNode(String label, String detail, Band band, Domain domain, int zones, int assets,
                String tooltip) {
            String id = "n" + nodes.size();
            Node node = new Node(id, Words.shorten(label, LABEL_MAX), detail, band, domain, zones, assets,
                    label.length() > LABEL_MAX ? label + " (" + tooltip + ")" : tooltip);
            nodes.add(node);
            nodeById.put(id, node);
            return id;
        }

        void zones() {
            Map<Ref, Integer> assetsPerZone = new HashMap<>();
            for (Asset asset : model.assets()) {
                for (Ref zone : asset.zones()) {
                    assetsPerZone.merge(zone, 1, Integer::sum);
                }
            }
            switch (scale) {
                case ZONES -> {
                    for (Zone zone : model.zones()) {
                        Band band = Band.of(zone.level(), zone.domain());
                        int assets = assetsPerZone.getOrDefault(zone.ref(), 0);
                        String name = zone.name() == null || zone.name().isBlank() ? zone.id() : zone.name();
                        String id = addNode(name, levelWord(zone) + " · " + zone.domain().yamlName() + " · "
                                + assets + (assets == 1 ? " asset" : " assets"), band, zone.domain(), 1, assets,
                                zone.ref().key() + (zone.flat() ? " (flat)" : ""));
                        nodeOf.put(zone.ref(), id);
                    }
                }
                case FILES, LEVELS -> {
                    Map<String, List<Zone>> groups = new LinkedHashMap<>();
                    for (Zone zone : model.zones()) {
                        String key = scale == Scale.FILES ? fileGroup(zone)
                                : Band.of(zone.level(), zone.domain()) + "|" + zone.domain();
                        groups.computeIfAbsent(key, k -> new ArrayList<>()).add(zone);
                    }
                    List<List<Zone>> ordered = new ArrayList<>(groups.values());
                    if (scale == Scale.LEVELS) {
                        ordered.sort(Comparator.comparing((List<Zone> g) -> Band.of(g.get(0).level(), g.get(0).domain()))
                                .thenComparing(g -> g.get(0).domain()));
                    }
                    for (List<Zone> group : ordered) {
                        Zone first = group.get(0);
                        Band band = Band.of(first.level(), first.domain());
                        int assets = group.stream().mapToInt(z -> assetsPerZone.getOrDefault(z.ref(), 0)).sum();
                        String label = scale == Scale.FILES ? fileName(first) : first.domain().yamlName().toUpperCase(java.util.Locale.ROOT)
                                + " zones";
                        String detail = levelWord(first) + " · " + group.size() + (group.size() == 1 ? " zone · " : " zones · ")
                                + assets + (assets == 1 ? " asset" : " assets");
                        String tooltip = group.size() <= 6 ? group.stream().map(z -> z.ref().key())
                                .collect(java.util.stream.Collectors.joining(", "))
                                : group.stream().limit(5).map(z -> z.ref().key())
                                        .collect(java.util.stream.Collectors.joining(", ")) + " and " + (group.size() - 5) + " more";
                        String id = addNode(label, detail, band, first.domain(), group.size(), assets, tooltip);
                        group.forEach(z -> nodeOf.put(z.ref(), id));
                    }
                }
            }
        }

        void endpoints() {
            boolean internet = false;
            boolean media = false;
            Set<Ref> suppliers = new LinkedHashSet<>();
            for (Connection c : model.connections()) {
                for (Ref end : List.of(c.from(), c.to())) {
                    internet |= end.kind() == RefKind.INTERNET;
                    media |= end.kind() == RefKind.REMOVABLE_MEDIA;
                    if (end.kind() == RefKind.SUPPLIER) {
                        suppliers.add(end);
                    }
                }
            }
            if (internet) {
                nodeOf.put(Ref.of(RefKind.INTERNET, "internet"), addNode("Internet", "outside", Band.OUTSIDE,
                        Domain.EXTERNAL, 0, 0, "internet"));
            }
            if (suppliers.size() <= SUPPLIER_LIMIT) {
                for (Ref ref : suppliers) {
                    Supplier supplier = model.supplier(ref.id()).orElse(null);
                    String name = supplier == null || supplier.name() == null ? ref.id() : supplier.name();
                    nodeOf.put(ref, addNode(name, "supplier", Band.OUTSIDE, Domain.EXTERNAL, 0, 0, ref.key()));
                }
            } else {
                String id = addNode("Suppliers", suppliers.size() + " suppliers", Band.OUTSIDE, Domain.EXTERNAL, 0, 0,
                        "every supplier with a connection");
                suppliers.forEach(ref -> nodeOf.put(ref, id));
            }
            if (media) {
                nodeOf.put(Ref.of(RefKind.REMOVABLE_MEDIA, "removable-media"), addNode("Removable media", "outside",
                        Band.OUTSIDE, Domain.EXTERNAL, 0, 0, "removable-media"));
            }
        }

        void connections(Map<Ref, Severity> worst) {
            for (Connection c : model.connections()) {
                String from = nodeOfEnd(c.from());
                String to = nodeOfEnd(c.to());
                if (from == null || to == null || from.equals(to)) {
                    continue;
                }
                EdgeParts parts = parts(from, to);
                parts.connections.add(c.ref());
                if (c.protocol() != null) {
                    parts.protocols.add(c.protocol().yamlName());
                }
                parts.worst = worse(parts.worst, worst.get(c.ref()));
                if (!conduits.of(c).isDesigned()) {
                    parts.bypasses++;
                }
            }
            for (Asset asset : model.assets()) {
                if (!asset.isMultiHomed()) {
                    continue;
                }
                String previous = null;
                for (Ref zone : asset.zones()) {
                    String node = nodeOf.get(zone);
                    if (node != null && previous != null && !previous.equals(node)) {
                        EdgeParts parts = parts(previous, node);
                        parts.multiHomed.add(asset.ref());
                        parts.worst = worse(parts.worst, worst.get(asset.ref()));
                        Design placed = conduits.ofHost(asset);
                        if (placed != null && !placed.isDesigned()) {
                            parts.bypasses++;
                        }
                    }
                    if (node != null) {
                        previous = node;
                    }
                }
            }
        }

        private EdgeParts parts(String a, String b) {
            // Drawn from the upper band to the lower, so edges mostly run down the page.
            Node na = nodeById.get(a);
            Node nb = nodeById.get(b);
            boolean aFirst = na.band().compareTo(nb.band()) <= 0;
            return edgeParts.computeIfAbsent(pair(a, b), k -> aFirst ? new EdgeParts(a, b) : new EdgeParts(b, a));
        }

        private String nodeOfEnd(Ref end) {
            if (end.kind() == RefKind.ASSET) {
                return model.asset(end.id()).filter(a -> !a.zones().isEmpty()).map(a -> nodeOf.get(a.zones().get(0)))
                        .orElse(null);
            }
            return nodeOf.get(end);
        }

        private static Severity worse(Severity a, Severity b) {
            if (a == null) {
                return b;
            }
            if (b == null) {
                return a;
            }
            return a.ordinal() <= b.ordinal() ? a : b;
        }

        ZoneGraph build() {
            List<Edge> edges = new ArrayList<>(edgeParts.size());
            Map<String, String> byPair = new HashMap<>();
            for (Map.Entry<String, EdgeParts> entry : edgeParts.entrySet()) {
                EdgeParts p = entry.getValue();
                String id = "e" + edges.size();
                int count = p.connections.size();
                String label;
                if (count == 0) {
                    label = p.multiHomed.size() == 1 ? "multi-homed host" : p.multiHomed.size() + " multi-homed hosts";
                } else if (count == 1) {
                    label = p.protocols.isEmpty() ? "1 connection" : String.join(", ", p.protocols);
                } else {
                    label = count + " connections";
                }
                List<Ref> all = new ArrayList<>(p.connections);
                all.addAll(p.multiHomed);
                String tooltip = all.size() <= 8 ? all.stream().map(Ref::key).collect(java.util.stream.Collectors.joining(", "))
                        : all.stream().limit(8).map(Ref::key).collect(java.util.stream.Collectors.joining(", ")) + " and "
                                + (all.size() - 8) + " more";
                if (p.worst != null) {
                    tooltip += " (worst finding: " + p.worst.yamlName() + ")";
                }
                if (p.bypasses > 0) {
                    tooltip += "; " + p.bypasses + " of them " + (p.bypasses == 1 ? "goes" : "go")
                            + " around the design (DMZ, broker or Purdue levels)";
                }
                edges.add(new Edge(id, p.from, p.to, p.connections, p.multiHomed, p.worst, p.bypasses > 0, label,
                        tooltip));
                byPair.put(entry.getKey(), id);
            }
            return new ZoneGraph(scale, nodes, edges, nodeOf, byPair);
        }
    }

    private static String levelWord(Zone zone) {
        return zone.level() == null ? "no level" : "L" + zone.level().yamlName();
    }

    private static String fileName(Zone zone) {
        if (zone.at() == null) {
            return "(model)";
        }
        String file = zone.at().file().replace('\\', '/');
        int slash = file.lastIndexOf('/');
        return slash < 0 ? file : file.substring(slash + 1);
    }

    /** Nodes per band, for tests and captions. */
    public Map<Band, Integer> nodesPerBand() {
        Map<Band, Integer> counts = new EnumMap<>(Band.class);
        nodes.forEach(n -> counts.merge(n.band(), 1, Integer::sum));
        return new TreeMap<>(counts);
    }
}
