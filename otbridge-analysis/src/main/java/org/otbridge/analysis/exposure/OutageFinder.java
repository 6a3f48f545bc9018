package org.otbridge.analysis.exposure;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.otbridge.analysis.facts.SiteFacts;
import org.otbridge.analysis.resilience.CutSet;
import org.otbridge.analysis.resilience.ResilienceResult;
import org.otbridge.analysis.resilience.SinglePointOfFailure;
import org.otbridge.model.Asset;
import org.otbridge.model.AssetType;
import org.otbridge.model.Connection;
import org.otbridge.model.Ref;
import org.otbridge.model.RefKind;
import org.otbridge.model.Service;

/**
 * Joins attack reach with failure propagation (docs/exposure.md, "Attacks that stop services"):
 * what an attacker who holds what they reach could make fail. Holding an element means being able
 * to wipe it, stop or reprogram it, or break it: an asset of the exposure graph is held where it
 * is reached; a firewall, router or switch (no node of the graph) from any zone it sits in, one
 * step further; any asset with a management interface also from the zones of that interface, at
 * what its authentication costs (a data diode too: its management port is not one-way); a zone
 * where its network is reached; a connection where one of its ends or
 * {@code via} assets is held; a supplier only by itself. A data diode without a declared management
 * interface, a service as a whole and
 * anything outside the graph cannot be attacked. The cost of holding a set is the most any of its
 * elements costs: once inside, an attacker keeps what they hold.
 *
 * <p>One finder serves one analysis run: looking from a search's reach marks services in an array
 * of its own, so it is not shared between threads.
 */
public final class OutageFinder {

    /** Ways to reach an element: graph nodes, each with what the last step to the element costs. */
    private record Access(int[] nodes, double[] extra) {

        static final Access NONE = new Access(new int[0], new double[0]);

        double cost(Distances distances) {
            double best = Double.POSITIVE_INFINITY;
            for (int i = 0; i < nodes.length; i++) {
                best = Math.min(best, distances.to(nodes[i]) + extra[i]);
            }
            return best;
        }
    }

    /** The cheapest cost to each node of the graph from what the attacker holds. */
    @FunctionalInterface
    public interface Distances {
        double to(int node);
    }

    /** One way to take a service down: its elements, and how each is reached. */
    private record Candidate(int service, List<Ref> elements, Access[] access) {
    }

    private final SiteFacts facts;
    private final ExposureGraph graph;
    private final List<Service> services;
    private final List<List<Candidate>> candidatesByService = new ArrayList<>();
    /** Per graph node, the services with a way down that reaches an element through it. */
    private final int[][] servicesThrough;
    // Marks the services already taken for the entry being looked at; a new stamp per entry, never cleared.
    private final int[] taken;
    private int stamp;

    public OutageFinder(SiteFacts facts, ExposureGraph graph, ResilienceResult resilience) {
        this.facts = facts;
        this.graph = graph;
        this.services = facts.model().services();
        java.util.Map<String, Integer> serviceIndex = new java.util.HashMap<>();
        for (int s = 0; s < services.size(); s++) {
            serviceIndex.put(services.get(s).id(), s);
            candidatesByService.add(new ArrayList<>());
        }
        java.util.Map<Ref, Access> accessCache = new java.util.HashMap<>();
        for (SinglePointOfFailure spof : resilience.singlePointsOfFailure()) {
            for (Ref service : spof.services()) {
                add(serviceIndex.get(service.id()), List.of(spof.element()), accessCache);
            }
        }
        for (CutSet cut : resilience.cutSets()) {
            add(serviceIndex.get(cut.service().id()), cut.elements(), accessCache);
        }
        this.servicesThrough = servicesThrough(graph.nodeCount());
        this.taken = new int[services.size()];
    }

    private int[][] servicesThrough(int nodes) {
        List<java.util.Set<Integer>> through = new ArrayList<>(nodes);
        for (int v = 0; v < nodes; v++) {
            through.add(null);
        }
        for (List<Candidate> candidates : candidatesByService) {
            for (Candidate candidate : candidates) {
                for (Access access : candidate.access()) {
                    for (int node : access.nodes()) {
                        if (through.get(node) == null) {
                            through.set(node, new java.util.TreeSet<>());
                        }
                        through.get(node).add(candidate.service());
                    }
                }
            }
        }
        int[][] result = new int[nodes][];
        for (int v = 0; v < nodes; v++) {
            result[v] = through.get(v) == null ? new int[0] : through.get(v).stream().mapToInt(Integer::intValue).toArray();
        }
        return result;
    }

    private void add(Integer service, List<Ref> elements, java.util.Map<Ref, Access> cache) {
        if (service == null) {
            return;
        }
        Access[] access = new Access[elements.size()];
        for (int i = 0; i < access.length; i++) {
            access[i] = cache.computeIfAbsent(elements.get(i), this::access);
            if (access[i].nodes().length == 0) {
                return; // one element cannot be attacked, so the set cannot be
            }
        }
        candidatesByService.get(service).add(new Candidate(service, elements, access));
    }

    /** The cheapest outage of every service the attacker can stop, in model order of services. */
    public List<Outage> outages(Ref entry, Distances distances) {
        List<Outage> outages = new ArrayList<>();
        for (int s = 0; s < services.size(); s++) {
            cheapest(entry, s, distances, outages);
        }
        return outages;
    }

    /**
     * As {@link #outages(Ref, Distances)} for the search just run from {@code entry}: only services
     * with a way down through a node the search reached can be stopped, so only they are looked at
     * (on a model of many sites, an entry reaches few of its services).
     */
    List<Outage> outages(Ref entry, ShortestPaths search) {
        stamp++;
        int[] reachable = new int[16];
        int count = 0;
        for (int i = 0; i < search.reachedCount(); i++) {
            int v = search.touchedNode(i);
            if (!search.isSettled(v)) {
                continue;
            }
            for (int s : servicesThrough[v]) {
                if (taken[s] != stamp) {
                    taken[s] = stamp;
                    if (count == reachable.length) {
                        reachable = java.util.Arrays.copyOf(reachable, 2 * count);
                    }
                    reachable[count++] = s;
                }
            }
        }
        java.util.Arrays.sort(reachable, 0, count);
        List<Outage> outages = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            cheapest(entry, reachable[i], search::distance, outages);
        }
        return outages;
    }

    /** Adds the cheapest way to stop service {@code s} from what {@code distances} reaches, if any. */
    private void cheapest(Ref entry, int s, Distances distances, List<Outage> outages) {
        Candidate best = null;
        double bestCost = Double.POSITIVE_INFINITY;
        for (Candidate candidate : candidatesByService.get(s)) {
            double cost = 0.0;
            for (Access access : candidate.access()) {
                cost = Math.max(cost, access.cost(distances));
                if (cost >= bestCost) {
                    break;
                }
            }
            if (cost < bestCost || (cost == bestCost && best != null
                    && candidate.elements().size() < best.elements().size())) {
                bestCost = cost;
                best = candidate;
            }
        }
        if (best != null && !Double.isInfinite(bestCost)) {
            outages.add(outage(entry, services.get(s), best.elements(), bestCost));
        }
    }

    private static Outage outage(Ref entry, Service service, List<Ref> elements, double cost) {
        boolean fallback = service.fallback() != null;
        Duration lostAfter = fallback ? service.fallback().sustainableFor() : Duration.ZERO;
        return new Outage(entry, service.ref(), fallback ? "degraded" : "lost", cost, elements, lostAfter,
                service.maxTolerableDowntime());
    }

    private Access access(Ref element) {
        return switch (element.kind()) {
            case ASSET -> facts.assetOf(element).map(this::accessAsset).orElse(Access.NONE);
            case ZONE, SUPPLIER -> node(element);
            case CONNECTION -> facts.model().connection(element.id()).map(this::accessConnection).orElse(Access.NONE);
            default -> Access.NONE;
        };
    }

    private Access accessAsset(Asset asset) {
        List<Integer> nodes = new ArrayList<>();
        List<Double> extra = new ArrayList<>();
        Integer node = graph.indexOf(asset.ref());
        if (node != null) {
            nodes.add(node);
            extra.add(0.0);
        } else if (asset.type() != AssetType.DATA_DIODE) {
            for (Ref zone : asset.zones()) {
                Integer hub = graph.indexOf(zone);
                if (hub != null) {
                    nodes.add(hub);
                    extra.add(CostModel.LATERAL_TO_HOST);
                }
            }
        }
        // Whoever reaches the management interface can switch the device off or break its settings.
        if (asset.management() != null) {
            double cost = CostModel.management(asset.management());
            for (Ref zone : asset.managementZones()) {
                Integer hub = graph.indexOf(zone);
                if (hub != null) {
                    nodes.add(hub);
                    extra.add(cost);
                }
            }
        }
        if (nodes.isEmpty()) {
            return Access.NONE;
        }
        return new Access(nodes.stream().mapToInt(Integer::intValue).toArray(),
                extra.stream().mapToDouble(Double::doubleValue).toArray());
    }

    private Access accessConnection(Connection connection) {
        List<Ref> parts = new ArrayList<>();
        parts.add(connection.from());
        parts.add(connection.to());
        parts.addAll(connection.via());
        List<Integer> nodes = new ArrayList<>();
        List<Double> extra = new ArrayList<>();
        for (Ref part : parts) {
            if (part.kind() == RefKind.INTERNET || part.kind() == RefKind.REMOVABLE_MEDIA) {
                continue;
            }
            Access access = access(part);
            for (int i = 0; i < access.nodes().length; i++) {
                nodes.add(access.nodes()[i]);
                extra.add(access.extra()[i]);
            }
        }
        return new Access(nodes.stream().mapToInt(Integer::intValue).toArray(),
                extra.stream().mapToDouble(Double::doubleValue).toArray());
    }

    private Access node(Ref ref) {
        Integer node = graph.indexOf(ref);
        return node == null ? Access.NONE : new Access(new int[] {node}, new double[] {0.0});
    }
}
