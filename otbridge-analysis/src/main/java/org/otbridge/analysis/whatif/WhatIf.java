package org.otbridge.analysis.whatif;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.otbridge.analysis.exposure.CostModel;
import org.otbridge.analysis.exposure.ExposureGraph;
import org.otbridge.analysis.exposure.Outage;
import org.otbridge.analysis.exposure.OutageFinder;
import org.otbridge.analysis.exposure.Reach;
import org.otbridge.analysis.facts.SiteFacts;
import org.otbridge.analysis.resilience.FailureModel;
import org.otbridge.analysis.resilience.Propagation;
import org.otbridge.analysis.resilience.ResilienceAnalyzer;
import org.otbridge.model.Asset;
import org.otbridge.model.AssetType;
import org.otbridge.model.Connection;
import org.otbridge.model.ImpactLevel;
import org.otbridge.model.Model;
import org.otbridge.model.Ref;
import org.otbridge.model.RefKind;
import org.otbridge.model.Scenario;
import org.otbridge.model.Service;
import org.otbridge.model.Supplier;
import org.otbridge.model.Zone;
import org.otbridge.model.load.Suggestions;

/**
 * What if some elements stop working and an attacker holds others? A pure function of the site
 * facts, reusing the resilience and exposure structures (built once per instance, on first use).
 *
 * <p>Failure: the failed elements go down and the failure spreads through {@code requires} and
 * the implicit dependencies exactly as in {@link FailureModel} (a failed zone takes its assets
 * with it, a failed supplier its connections, a connection needs its ends and {@code via}
 * assets). A service that goes down without a fallback is lost at once; with one it is degraded
 * at once and lost after its fallback's {@code sustainable_for}, or never when no limit is given.
 * Every time to impact is shown against the service's {@code max_tolerable_downtime}. A service
 * named in the failure itself is treated like any other service that is down.
 *
 * <p>Compromise: one search over the {@link ExposureGraph} from all compromised elements at once,
 * passing through every node (entry points are not barriers here). A firewall, data diode, router
 * or switch is no node of that graph (it gives no foothold); holding one is taken as presence on
 * each of its zones. Failure and compromise are independent: failed elements do not block the
 * attacker's paths.
 *
 * <p>Not thread-safe: the searches reuse their arrays. One instance per thread.
 */
public final class WhatIf {

    /** Kinds that can fail (docs/model.md, scenarios). */
    public static final Set<RefKind> FAILABLE = EnumSet.of(RefKind.ASSET, RefKind.ZONE, RefKind.CONNECTION,
            RefKind.SUPPLIER, RefKind.SERVICE);
    /** Kinds an attacker can hold (docs/model.md, scenarios). */
    public static final Set<RefKind> COMPROMISABLE = EnumSet.of(RefKind.ASSET, RefKind.ZONE, RefKind.SUPPLIER,
            RefKind.INTERNET, RefKind.REMOVABLE_MEDIA);

    private final SiteFacts facts;
    private final Model model;
    private FailureModel failureModel;
    private Propagation propagation;
    private List<Ref> elements;
    private ExposureGraph graph;
    private Reach reach;
    private OutageFinder outages;

    public WhatIf(SiteFacts facts) {
        this.facts = facts;
        this.model = facts.model();
    }

    /** One what-if case over {@code facts}; see {@link #run(Collection, Collection)}. */
    public static WhatIfResult run(SiteFacts facts, Collection<Ref> fail, Collection<Ref> compromise) {
        return new WhatIf(facts).run(fail, compromise);
    }

    /** Every scenario of the model, in model order; empty (and cheap) when it has none. */
    public static List<ScenarioResult> scenarios(SiteFacts facts) {
        return facts.model().scenarios().isEmpty() ? List.of() : new WhatIf(facts).scenarios();
    }

    /** Every scenario of the model, in model order. */
    public List<ScenarioResult> scenarios() {
        List<ScenarioResult> results = new ArrayList<>(model.scenarios().size());
        for (Scenario scenario : model.scenarios()) {
            results.add(ScenarioResult.of(scenario, run(scenario)));
        }
        return results;
    }

    /** The model's scenario with this id, if there is one. */
    public Optional<Scenario> scenario(String id) {
        return model.scenarios().stream().filter(s -> s.id().equals(id)).findFirst();
    }

    public WhatIfResult run(Scenario scenario) {
        return run(scenario.fail(), scenario.compromise());
    }

    /**
     * Fails {@code fail} and hands {@code compromise} to an attacker.
     *
     * @throws WhatIfException when a reference is not in the model, or of a kind that cannot fail
     *         (fail: asset, zone, connection, supplier, service) or be compromised (compromise:
     *         asset, zone, supplier, internet, removable-media)
     */
    public WhatIfResult run(Collection<Ref> fail, Collection<Ref> compromise) {
        List<Ref> failed = checked(fail, FAILABLE, "fail");
        List<Ref> compromised = checked(compromise, COMPROMISABLE, "be compromised");
        List<Ref> down = new ArrayList<>();
        List<ServiceImpact> lost = new ArrayList<>();
        List<ServiceImpact> degraded = new ArrayList<>();
        List<Unsupported> unsupported = new ArrayList<>();
        if (!failed.isEmpty()) {
            fail(failed, down, lost, degraded, unsupported);
        }
        List<String> notes = new ArrayList<>();
        List<Reached> reached = new ArrayList<>();
        List<ServiceAtRisk> atRisk = new ArrayList<>();
        List<Outage> stoppable = new ArrayList<>();
        if (!compromised.isEmpty()) {
            compromise(compromised, reached, atRisk, notes);
            stoppable.addAll(outages.outages(compromised.get(0), reach::cost));
        }
        return new WhatIfResult(failed, compromised, down, lost, degraded, unsupported, reached, atRisk, stoppable,
                notes);
    }

    // ---------------------------------------------------------------- failure

    private void fail(List<Ref> failed, List<Ref> down, List<ServiceImpact> lost, List<ServiceImpact> degraded,
            List<Unsupported> unsupported) {
        if (failureModel == null) {
            failureModel = new FailureModel(facts);
            propagation = new Propagation(failureModel);
            elements = failureModel.elementRefs();
        }
        propagation.fail(failed.stream().map(failureModel::nodeOf).toList());
        Set<Ref> isDown = new java.util.HashSet<>();
        for (Ref element : elements) {
            if (propagation.isDown(failureModel.nodeOf(element))) {
                down.add(element);
                isDown.add(element);
            }
        }
        for (Ref element : down) {
            if (element.kind() == RefKind.SERVICE) {
                model.service(element.id()).map(WhatIf::impactOf).ifPresent(i -> (i.degraded() ? degraded : lost).add(i));
            }
        }
        lost.sort(Comparator.comparing((ServiceImpact i) -> i.impact(), Comparator.reverseOrder())
                .thenComparing(i -> i.service().id()));
        degraded.sort(Comparator.comparing(ServiceImpact::lostAfter, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(ServiceImpact::impact, Comparator.reverseOrder())
                .thenComparing(i -> i.service().id()));

        Set<Ref> failedSuppliers = failed.stream().filter(r -> r.kind() == RefKind.SUPPLIER)
                .collect(Collectors.toSet());
        if (!failedSuppliers.isEmpty()) {
            for (Asset asset : model.assets()) {
                Ref supplier = asset.supplier() == null ? null : Ref.of(RefKind.SUPPLIER, asset.supplier().id());
                if (supplier != null && failedSuppliers.contains(supplier) && !isDown.contains(asset.ref())) {
                    unsupported.add(new Unsupported(Ref.of(RefKind.ASSET, asset.id()), supplier,
                            List.copyOf(facts.servicesOf(asset.ref()))));
                }
            }
        }
    }

    private static ServiceImpact impactOf(Service service) {
        ImpactLevel impact = service.impact() == null ? ImpactLevel.NONE : service.impact().max();
        java.time.Duration lostAfter = service.fallback() == null ? java.time.Duration.ZERO
                : service.fallback().sustainableFor();
        return new ServiceImpact(Ref.of(RefKind.SERVICE, service.id()), service.name(), impact, service.fallback(),
                lostAfter, service.maxTolerableDowntime());
    }

    // ---------------------------------------------------------------- compromise

    /** What an attacker's step onto an asset is worth: control first, then supervision, then the rest. */
    private static int group(AssetType type) {
        if (CostModel.CONTROLLERS.contains(type)) {
            return 0;
        }
        return type == AssetType.SCADA_SERVER || type == AssetType.HMI ? 1 : 2;
    }

    private void compromise(List<Ref> compromised, List<Reached> reached, List<ServiceAtRisk> atRisk,
            List<String> notes) {
        if (graph == null) {
            graph = ExposureGraph.build(facts);
            reach = new Reach(graph);
            outages = new OutageFinder(facts, graph, ResilienceAnalyzer.analyze(facts));
        }
        List<Integer> sources = new ArrayList<>();
        for (Ref ref : compromised) {
            Integer node = graph.indexOf(ref);
            if (node != null) {
                sources.add(node);
                continue;
            }
            // Only filters (firewalls, diodes, routers, switches) are assets without a node.
            Asset filter = model.asset(ref.id()).orElseThrow();
            List<Ref> zones = filter.zones().stream().map(z -> Ref.of(RefKind.ZONE, z.id())).toList();
            zones.forEach(z -> sources.add(graph.indexOf(z)));
            notes.add(ref.key() + " is a " + filter.type().yamlName() + ": it filters traffic but gives no foothold of"
                    + " its own, so holding it is taken as presence on its zone" + (zones.size() == 1 ? " " : "s ")
                    + (zones.isEmpty() ? "(it has none)" : zones.stream().map(Ref::key).collect(Collectors.joining(", "))));
        }
        reach.from(sources);
        for (int v : reach.reached()) {
            Ref ref = graph.node(v);
            if (!ref.kind().isEndpoint()) {
                reached.add(new Reached(ref, graph.type(v), reach.cost(v)));
            }
        }
        reached.sort(Comparator.comparingDouble(Reached::cost)
                .thenComparing(r -> r.element().kind())
                .thenComparing(r -> r.element().id()));

        // Per service: the most critical reached asset it needs (group, then cost, then id), and how many.
        Map<Ref, Reached> best = new HashMap<>();
        Map<Ref, Integer> counts = new HashMap<>();
        Comparator<Reached> moreCritical = Comparator.comparingInt((Reached r) -> group(r.type()))
                .thenComparingDouble(Reached::cost).thenComparing(r -> r.element().id());
        for (Reached r : reached) {
            if (r.type() == null) {
                continue;
            }
            for (Ref service : facts.servicesOf(r.element())) {
                counts.merge(service, 1, Integer::sum);
                best.merge(service, r, (a, b) -> moreCritical.compare(a, b) <= 0 ? a : b);
            }
        }
        for (Service service : model.services()) {
            Ref ref = Ref.of(RefKind.SERVICE, service.id());
            Reached target = best.get(ref);
            if (target == null) {
                continue;
            }
            ImpactLevel impact = service.impact() == null ? ImpactLevel.NONE : service.impact().max();
            atRisk.add(new ServiceAtRisk(ref, service.name(), impact, target.element(), target.type(),
                    counts.get(ref), reach.path(graph.indexOf(target.element()), List.of(ref))));
        }
        atRisk.sort(Comparator.comparingInt((ServiceAtRisk s) -> group(s.targetType()))
                .thenComparing(ServiceAtRisk::impact, Comparator.reverseOrder())
                .thenComparingDouble(ServiceAtRisk::cost)
                .thenComparing(s -> s.service().id()));
    }

    // ---------------------------------------------------------------- references

    /** The references without repeats, each checked to be in the model and of a kind that can {@code verb}. */
    private List<Ref> checked(Collection<Ref> refs, Set<RefKind> kinds, String verb) {
        Set<Ref> unique = new LinkedHashSet<>();
        for (Ref ref : refs) {
            Ref plain = ref.kind().isEndpoint() ? Ref.endpoint(ref.kind(), null) : Ref.of(ref.kind(), ref.id());
            if (!kinds.contains(plain.kind())) {
                throw new WhatIfException(plain.key() + " cannot " + verb + "; only " + describe(kinds) + " can",
                        plain, null);
            }
            if (!model.contains(plain)) {
                Ref suggestion = suggest(plain, kinds).orElse(null);
                throw new WhatIfException(plain.key() + " is not in the model"
                        + (suggestion == null ? "" : "; did you mean " + suggestion.key() + "?"), plain, suggestion);
            }
            unique.add(plain);
        }
        return List.copyOf(unique);
    }

    /**
     * The reference meant, if it is close: the same id under another kind that fits, else the
     * closest id of the same kind, else the closest id of any kind that fits.
     */
    private Optional<Ref> suggest(Ref ref, Set<RefKind> kinds) {
        for (RefKind kind : kinds) {
            if (!kind.isEndpoint() && kind != ref.kind() && model.contains(Ref.of(kind, ref.id()))) {
                return Optional.of(Ref.of(kind, ref.id()));
            }
        }
        Optional<String> sameKind = Suggestions.closest(ref.id(), idsOf(ref.kind()));
        if (sameKind.isPresent()) {
            return Optional.of(Ref.of(ref.kind(), sameKind.get()));
        }
        List<String> keys = new ArrayList<>();
        for (RefKind kind : kinds) {
            if (!kind.isEndpoint()) {
                idsOf(kind).forEach(id -> keys.add(Ref.of(kind, id).key()));
            }
        }
        return Suggestions.closest(ref.key(), keys).map(key -> {
            int colon = key.indexOf(':');
            return Ref.of(RefKind.byPrefix(key.substring(0, colon)).orElseThrow(), key.substring(colon + 1));
        });
    }

    private List<String> idsOf(RefKind kind) {
        Stream<String> ids = switch (kind) {
            case ASSET -> model.assets().stream().map(Asset::id);
            case ZONE -> model.zones().stream().map(Zone::id);
            case CONNECTION -> model.connections().stream().map(Connection::id);
            case SUPPLIER -> model.suppliers().stream().map(Supplier::id);
            case SERVICE -> model.services().stream().map(Service::id);
            default -> Stream.empty();
        };
        return ids.toList();
    }

    /** "asset, zone, connection, supplier or service". */
    static String describe(Set<RefKind> kinds) {
        List<String> names = kinds.stream().sorted().map(k -> k.isEndpoint() ? k.yamlName() : k.yamlName() + "s")
                .toList();
        return names.size() == 1 ? names.get(0)
                : String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }
}
