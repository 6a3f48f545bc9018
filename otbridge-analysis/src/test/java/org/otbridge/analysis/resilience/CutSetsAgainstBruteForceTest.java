package org.otbridge.analysis.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.otbridge.analysis.facts.SiteFacts;
import org.otbridge.model.Model;
import org.otbridge.model.Ref;
import org.otbridge.model.load.LoadResult;
import org.otbridge.model.load.ModelLoader;
import org.otbridge.model.load.ModelSource;

/**
 * The single points of failure and minimal cut sets of up to three elements equal what brute
 * force finds by failing every set of one to three elements, on many small seeded-random models
 * with all / any / at-least expressions, shared elements, via assets, zones with requires and
 * the cycles that implicit dependencies create (an asset requiring a connection to itself).
 */
class CutSetsAgainstBruteForceTest {

    static Stream<Long> seeds() {
        return LongStream.range(0, 300).map(i -> 0x5EED_CA75L + i * 7919).boxed();
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void cutSetsEqualBruteForce(long seed) {
        String yaml = randomModel(new Random(seed));
        LoadResult loaded = new ModelLoader().load(List.of(new ModelSource("m.yaml", yaml)));
        assertThat(loaded.problems()).as("seed %d:%n%s", seed, yaml).isEmpty();
        Model model = loaded.model();
        SiteFacts facts = new SiteFacts(model);
        ResilienceResult result = ResilienceAnalyzer.analyze(facts);

        List<Ref> elements = new ArrayList<>();
        model.assets().forEach(a -> elements.add(a.ref()));
        model.connections().forEach(c -> elements.add(c.ref()));
        model.zones().forEach(z -> elements.add(z.ref()));
        model.suppliers().forEach(x -> elements.add(x.ref()));
        model.services().forEach(x -> elements.add(x.ref()));
        for (var service : model.services()) {
            Set<Set<Ref>> expected = bruteForce(model, elements, service.ref());
            Set<Set<Ref>> actual = new HashSet<>();
            result.singlePointsOfFailure().stream().filter(s -> s.services().contains(service.ref()))
                    .forEach(s -> actual.add(Set.of(s.element())));
            result.cutSets().stream().filter(c -> c.service().equals(service.ref()))
                    .forEach(c -> actual.add(Set.copyOf(c.elements())));
            assertThat(actual).as("service %s, seed %d:%n%s", service.id(), seed, yaml).isEqualTo(expected);
        }
        // Failure impact is the other side of the single points of failure.
        for (FailureImpact impact : result.failureImpact()) {
            Set<Ref> stopped = new TreeSet<>(Ref.BY_KEY);
            stopped.addAll(impact.lost());
            stopped.addAll(impact.degraded());
            Set<Ref> viaSpof = new TreeSet<>(Ref.BY_KEY);
            result.singlePointsOfFailure().stream().filter(s -> s.element().equals(impact.element()))
                    .forEach(s -> viaSpof.addAll(s.services()));
            assertThat(stopped).as("impact of %s, seed %d", impact.element(), seed).isEqualTo(viaSpof);
        }
    }

    /** Every minimal set of one to three elements (other than the service) whose failure downs the service. */
    private static Set<Set<Ref>> bruteForce(Model model, List<Ref> elements, Ref service) {
        List<Ref> candidates = elements.stream().filter(e -> !e.equals(service)).toList();
        List<Set<Ref>> cuts = new ArrayList<>();
        for (int size = 1; size <= 3; size++) {
            for (int[] combination : combinations(candidates.size(), size)) {
                Set<Ref> set = new HashSet<>();
                for (int i : combination) {
                    set.add(candidates.get(i));
                }
                if (cuts.stream().noneMatch(set::containsAll) && down(model, elements, set).contains(service)) {
                    cuts.add(set);
                }
            }
        }
        return new HashSet<>(cuts);
    }

    /**
     * What is down when {@code failed} fails, straight from MODEL.md and independent of the code
     * under test: the least fixed point of "failed, or a need is down", grown until nothing changes.
     */
    private static Set<Ref> down(Model model, List<Ref> elements, Set<Ref> failed) {
        Set<Ref> down = new HashSet<>(failed);
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Ref element : elements) {
                if (!down.contains(element) && needsDown(model, element, down)) {
                    down.add(element);
                    changed = true;
                }
            }
        }
        return down;
    }

    private static boolean needsDown(Model model, Ref element, Set<Ref> down) {
        switch (element.kind()) {
            case SERVICE:
                return !holds(model.service(element.id()).orElseThrow().requires(), down);
            case ZONE:
                return !holds(model.zone(element.id()).orElseThrow().requires(), down);
            case ASSET: {
                var asset = model.asset(element.id()).orElseThrow();
                return asset.zones().stream().anyMatch(down::contains) || !holds(asset.requires(), down);
            }
            case CONNECTION: {
                var c = model.connection(element.id()).orElseThrow();
                return down.contains(c.from()) || down.contains(c.to()) || c.via().stream().anyMatch(down::contains)
                        || !holds(c.requires(), down);
            }
            default:
                return false;
        }
    }

    private static boolean holds(org.otbridge.model.Dependency dependency, Set<Ref> down) {
        if (dependency instanceof org.otbridge.model.Dependency.On on) {
            return !down.contains(on.ref());
        }
        if (dependency instanceof org.otbridge.model.Dependency.AllOf all) {
            return all.items().stream().allMatch(item -> holds(item, down));
        }
        if (dependency instanceof org.otbridge.model.Dependency.AnyOf any) {
            return any.items().stream().anyMatch(item -> holds(item, down));
        }
        var atLeast = (org.otbridge.model.Dependency.AtLeast) dependency;
        return atLeast.items().stream().filter(item -> holds(item, down)).count() >= atLeast.count();
    }

    private static List<int[]> combinations(int n, int k) {
        List<int[]> all = new ArrayList<>();
        int[] current = new int[k];
        fill(all, current, 0, 0, n);
        return all;
    }

    private static void fill(List<int[]> all, int[] current, int position, int from, int n) {
        if (position == current.length) {
            all.add(current.clone());
            return;
        }
        for (int i = from; i < n; i++) {
            current[position] = i;
            fill(all, current, position + 1, i + 1, n);
        }
    }

    /** A small model whose requires only point backwards (no explicit cycles), with implicit ones allowed. */
    static String randomModel(Random random) {
        StringBuilder yaml = new StringBuilder();
        int zones = 1 + random.nextInt(3);
        int assets = 3 + random.nextInt(7);
        int connections = random.nextInt(5);
        int services = 1 + random.nextInt(2);
        List<String> available = new ArrayList<>();
        yaml.append("zones:\n");
        for (int z = 0; z < zones; z++) {
            yaml.append("  - id: z").append(z).append("\n    domain: ot\n");
            if (z > 0 && random.nextInt(3) == 0) {
                yaml.append("    requires: [zone:z").append(random.nextInt(z)).append("]\n");
            }
        }
        for (int z = 0; z < zones; z++) {
            available.add("zone:z" + z);
        }
        yaml.append("assets:\n");
        for (int a = 0; a < assets; a++) {
            yaml.append("  - id: a").append(a).append("\n    type: ").append(a % 3 == 0 ? "router" : "plc")
                    .append("\n    zone: z").append(random.nextInt(zones)).append('\n');
            List<String> assetsSoFar = available.stream().filter(r -> r.startsWith("asset:")).toList();
            if (!assetsSoFar.isEmpty() && random.nextInt(2) == 0) {
                yaml.append("    requires: ").append(expression(random, assetsSoFar, 2)).append('\n');
            }
            available.add("asset:a" + a);
        }
        if (connections > 0) {
            yaml.append("connections:\n");
            for (int c = 0; c < connections; c++) {
                int from = random.nextInt(assets);
                int to = (from + 1 + random.nextInt(assets - 1)) % assets;
                yaml.append("  - {id: c").append(c).append(", from: asset:a").append(from).append(", to: asset:a")
                        .append(to);
                if (random.nextInt(3) == 0) {
                    yaml.append(", via: [a").append(random.nextInt(assets)).append(']');
                }
                yaml.append("}\n");
                available.add("connection:c" + c);
            }
        }
        yaml.append("services:\n");
        for (int s = 0; s < services; s++) {
            yaml.append("  - id: s").append(s).append("\n    requires: ").append(expression(random, available, 3))
                    .append('\n');
            if (random.nextBoolean()) {
                yaml.append("    fallback: {description: manual, sustainable_for: 8h}\n");
            }
        }
        return yaml.toString();
    }

    private static String expression(Random random, List<String> refs, int depth) {
        int form = depth == 0 ? 0 : random.nextInt(4);
        if (form == 0) {
            return refs.get(random.nextInt(refs.size()));
        }
        int n = 1 + random.nextInt(Math.min(4, refs.size()));
        List<String> items = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            items.add(expression(random, refs, depth - 1));
        }
        String list = "[" + String.join(", ", items) + "]";
        return switch (form) {
            case 1 -> list;
            case 2 -> "{any: " + list + "}";
            default -> "{at_least: " + (1 + random.nextInt(n)) + ", of: " + list + "}";
        };
    }
}
