package org.otbridge.analysis.resilience;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.otbridge.analysis.facts.SiteFacts;
import org.otbridge.model.Ref;
import org.otbridge.model.Service;

/**
 * Which services stop when something fails: the single points of failure and minimal cut sets of
 * up to three elements of every service, and from them the failure impact of every element. A
 * service that goes down with a fallback is degraded, without one lost.
 */
public final class ResilienceAnalyzer {

    private ResilienceAnalyzer() {
    }

    public static ResilienceResult analyze(SiteFacts facts) {
        FailureModel model = new FailureModel(facts);
        List<Service> services = facts.model().services();
        List<Integer> roots = services.stream().map(s -> model.nodeOf(s.ref())).toList();
        CutSetFamilies families = new CutSetFamilies(model, roots);

        Map<Ref, TreeSet<Ref>> servicesByElement = new HashMap<>();
        List<CutSet> cutSets = new ArrayList<>();
        for (int i = 0; i < services.size(); i++) {
            Service service = services.get(i);
            int root = roots.get(i);
            for (Cut cut : families.of(root)) {
                if (cut.size() == 1) {
                    if (cut.a() != root) {
                        servicesByElement.computeIfAbsent(model.element(cut.a()), e -> byId())
                                .add(service.ref());
                    }
                } else {
                    List<Ref> elements = new ArrayList<>();
                    for (int e : cut.elements()) {
                        elements.add(model.element(e));
                    }
                    elements.sort(Ref.BY_KEY);
                    cutSets.add(new CutSet(service.ref(), elements));
                }
            }
        }
        cutSets.sort(Comparator.comparing((CutSet c) -> c.service().id()).thenComparingInt(c -> c.elements().size())
                .thenComparing(c -> c.elements().toString()));

        List<SinglePointOfFailure> spofs = new ArrayList<>();
        List<FailureImpact> impact = new ArrayList<>();
        for (Ref element : model.elementRefs()) {
            TreeSet<Ref> stopped = servicesByElement.getOrDefault(element, byId());
            stopped.remove(element);
            List<Ref> lost = new ArrayList<>();
            List<Ref> degraded = new ArrayList<>();
            for (Ref service : stopped) {
                boolean fallback = facts.model().service(service.id()).map(s -> s.fallback() != null).orElse(false);
                (fallback ? degraded : lost).add(service);
            }
            impact.add(new FailureImpact(element, lost, degraded));
            if (!stopped.isEmpty()) {
                spofs.add(new SinglePointOfFailure(element, List.copyOf(stopped)));
            }
        }
        return new ResilienceResult(impact, spofs, cutSets);
    }

    private static TreeSet<Ref> byId() {
        return new TreeSet<>(Ref.BY_KEY);
    }
}
