package org.otbridge.analysis.resilience;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.otbridge.analysis.facts.SiteFacts;
import org.otbridge.model.Asset;
import org.otbridge.model.Connection;
import org.otbridge.model.Dependency;
import org.otbridge.model.Model;
import org.otbridge.model.Ref;
import org.otbridge.model.RefKind;
import org.otbridge.model.Service;
import org.otbridge.model.Supplier;
import org.otbridge.model.Zone;

/**
 * The dependency structure as gates, built once: every element (asset, connection, zone,
 * supplier, service) is a node that is down when it fails itself or when its gate says so, and
 * every {@code requires} expression becomes gates over element nodes. A gate is down once at
 * least {@code threshold} of its inputs are down: "all of n" needs 1, "any of n" needs n,
 * "at least k of n" needs n - k + 1.
 *
 * <p>Implicit dependencies (docs/model.md): a connection needs its endpoints (assets, zones,
 * suppliers) and its {@code via} assets; an asset needs its zones, and through them their
 * {@code requires}. A failed zone takes its assets with it (a site lost to fire, flooding or a
 * network outage); a failed supplier takes its connections down.
 */
public final class FailureModel {

    /** Node kinds: elements carry a reference, gates only combine. */
    enum Kind { ELEMENT, GATE }

    private final List<Ref> elements = new ArrayList<>();
    private final Map<Ref, Integer> index = new HashMap<>();
    // Node n: inputs inputs[n], down when at least threshold[n] inputs are down (elements: also when failed).
    private final List<int[]> inputs = new ArrayList<>();
    private final List<Integer> thresholds = new ArrayList<>();
    private final List<Kind> kinds = new ArrayList<>();
    private final Model model;
    private int[][] parents;

    public FailureModel(SiteFacts facts) {
        this.model = facts.model();
        for (Asset asset : model.assets()) {
            element(asset.ref());
        }
        for (Connection connection : model.connections()) {
            element(connection.ref());
        }
        for (Zone zone : model.zones()) {
            element(zone.ref());
        }
        for (Supplier supplier : model.suppliers()) {
            element(supplier.ref());
        }
        for (Service service : model.services()) {
            element(service.ref());
        }
        int elementCount = inputs.size();
        for (int n = 0; n < elementCount; n++) {
            wire(n);
        }
        buildParents();
    }

    public Model model() {
        return model;
    }

    private int element(Ref ref) {
        Ref key = Ref.of(ref.kind(), ref.id());
        Integer known = index.get(key);
        if (known != null) {
            return known;
        }
        int n = inputs.size();
        elements.add(key);
        index.put(key, n);
        inputs.add(new int[0]);
        thresholds.add(1);
        kinds.add(Kind.ELEMENT);
        return n;
    }

    private int gate(int[] in, int threshold) {
        int n = inputs.size();
        elements.add(null);
        inputs.add(in);
        thresholds.add(threshold);
        kinds.add(Kind.GATE);
        return n;
    }

    /** An element is down when any of its needs is down: an "all" over them. */
    private void wire(int n) {
        Ref ref = elements.get(n);
        List<Integer> needs = new ArrayList<>();
        switch (ref.kind()) {
            case SERVICE -> model.service(ref.id()).ifPresent(s -> addRequires(needs, s.requires()));
            case ZONE -> model.zone(ref.id()).ifPresent(z -> addRequires(needs, z.requires()));
            case ASSET -> model.asset(ref.id()).ifPresent(a -> a.zones().forEach(z -> addNode(needs, z)));
            case CONNECTION -> model.connection(ref.id()).ifPresent(c -> {
                addNode(needs, c.from());
                addNode(needs, c.to());
                c.via().forEach(v -> addNode(needs, v));
                addRequires(needs, c.requires());
            });
            default -> { }
        }
        if (ref.kind() == RefKind.ASSET) {
            model.asset(ref.id()).ifPresent(a -> addRequires(needs, a.requires()));
        }
        inputs.set(n, needs.stream().mapToInt(Integer::intValue).distinct().toArray());
        thresholds.set(n, 1);
    }

    private void addNode(List<Integer> needs, Ref ref) {
        if (ref != null && !ref.kind().isEndpoint()) {
            Integer node = index.get(Ref.of(ref.kind(), ref.id()));
            if (node != null) {
                needs.add(node);
            }
        }
    }

    private void addRequires(List<Integer> needs, Dependency dependency) {
        if (dependency instanceof Dependency.On on) {
            addNode(needs, on.ref());
        } else if (dependency instanceof Dependency.AllOf all) {
            all.items().forEach(item -> addRequires(needs, item));
        } else if (dependency instanceof Dependency.AnyOf any) {
            int[] in = gateInputs(any.items());
            if (in.length > 0) {
                needs.add(gate(in, in.length));
            }
        } else if (dependency instanceof Dependency.AtLeast atLeast) {
            int[] in = gateInputs(atLeast.items());
            int threshold = in.length - atLeast.count() + 1;
            if (in.length > 0 && threshold >= 1) {
                needs.add(gate(in, threshold));
            }
        }
    }

    /** Each item of an any / at-least expression becomes one input (nested lists become "all" gates). */
    private int[] gateInputs(List<Dependency> items) {
        int[] in = new int[items.size()];
        int count = 0;
        for (Dependency item : items) {
            List<Integer> needs = new ArrayList<>();
            addRequires(needs, item);
            if (needs.size() == 1) {
                in[count++] = needs.get(0);
            } else if (needs.size() > 1) {
                in[count++] = gate(needs.stream().mapToInt(Integer::intValue).toArray(), 1);
            }
            // An item that names nothing can never fail; as an input it is simply never down.
            else {
                in[count++] = gate(new int[0], 1);
            }
        }
        return java.util.Arrays.copyOf(in, count);
    }

    private void buildParents() {
        int n = inputs.size();
        int[] counts = new int[n];
        for (int[] in : inputs) {
            for (int child : in) {
                counts[child]++;
            }
        }
        parents = new int[n][];
        for (int v = 0; v < n; v++) {
            parents[v] = new int[counts[v]];
        }
        int[] fill = new int[n];
        for (int v = 0; v < n; v++) {
            for (int child : inputs.get(v)) {
                parents[child][fill[child]++] = v;
            }
        }
    }

    int nodeCount() {
        return inputs.size();
    }

    Ref element(int n) {
        return elements.get(n);
    }

    boolean isElement(int n) {
        return kinds.get(n) == Kind.ELEMENT;
    }

    int[] inputs(int n) {
        return inputs.get(n);
    }

    int threshold(int n) {
        return thresholds.get(n);
    }

    int[] parents(int n) {
        return parents[n];
    }

    /** The node of an element, or null when the model has no such element. */
    public Integer nodeOf(Ref ref) {
        return index.get(Ref.of(ref.kind(), ref.id()));
    }

    /** All element references, in model order: assets, connections, zones, suppliers, services. */
    public List<Ref> elementRefs() {
        return elements.stream().filter(e -> e != null).toList();
    }
}
