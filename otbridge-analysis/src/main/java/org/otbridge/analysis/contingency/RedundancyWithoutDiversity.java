package org.otbridge.analysis.contingency;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.otbridge.analysis.Category;
import org.otbridge.analysis.FindingBuilder;
import org.otbridge.analysis.Mistake;
import org.otbridge.analysis.RuleInfo;
import org.otbridge.analysis.Severity;
import org.otbridge.analysis.resilience.FailureModel;
import org.otbridge.analysis.resilience.Propagation;
import org.otbridge.model.Asset;
import org.otbridge.model.Connection;
import org.otbridge.model.Dependency;
import org.otbridge.model.Ref;
import org.otbridge.model.RefKind;
import org.otbridge.model.Service;
import org.otbridge.model.Zone;

/**
 * OTB-CONT-012: a redundancy group ({@code any} or {@code at_least} in the requires of a critical
 * service or of an element it needs) holds enough assets with the same product and version
 * (vendor, product and version equal; product and version declared) to take the group down when
 * they fail together, and their common failure stops a critical service (checked by propagating
 * the failure of exactly those assets). One finding per group of identical assets; subjects: the
 * assets, sorted. Untested failover is not in the model and not judged.
 */
@RuleInfo(id = "OTB-CONT-012", category = Category.CONTINGENCY, severity = Severity.LOW,
        mistake = Mistake.INTEGRATION,
        title = "Redundancy without diversity",
        explanation = "Redundant elements with identical software fail together under the same bug, bad patch, "
                + "expired certificate or exploit: the standby is no standby when the fault is in the software both "
                + "run. Operations then lose every element of the group at once, as if there were no redundancy.",
        recommendation = "Do not patch or change redundant elements at the same time (stagger by days, one at a "
                + "time, with a check in between); where the consequence is high, diversify (different version, "
                + "product or path) or keep an independent fallback; and test the failover regularly.",
        references = {"NIST CSF 2.0 PR.IR-03", "INL CIE principle \"resilient layered defense\""},
        attack = {"M0811"},
        reads = {"asset.vendor", "asset.product", "asset.version", "service.requires", "service.impact",
                "asset.requires", "zone.requires", "connection.requires"})
public final class RedundancyWithoutDiversity implements ContingencyRule {

    @Override
    public void checkSite(ContingencySite site, FindingBuilder out) {
        if (site.criticalServices().isEmpty()) {
            return;
        }
        Map<List<Ref>, Ref> groups = new LinkedHashMap<>();
        for (Service service : site.criticalServices()) {
            collect(service.ref(), service.requires(), site, groups);
        }
        for (Asset asset : site.model().assets()) {
            if (neededByCritical(asset.ref(), site)) {
                collect(asset.ref(), asset.requires(), site, groups);
            }
        }
        for (Connection connection : site.model().connections()) {
            if (neededByCritical(connection.ref(), site)) {
                collect(connection.ref(), connection.requires(), site, groups);
            }
        }
        for (Zone zone : site.model().zones()) {
            if (neededByCritical(zone.ref(), site)) {
                collect(zone.ref(), zone.requires(), site, groups);
            }
        }
        if (groups.isEmpty()) {
            return;
        }
        FailureModel model = site.failureModel();
        Propagation propagation = new Propagation(model);
        for (Map.Entry<List<Ref>, Ref> group : groups.entrySet()) {
            List<Integer> nodes = new ArrayList<>();
            for (Ref ref : group.getKey()) {
                nodes.add(model.nodeOf(ref));
            }
            propagation.fail(nodes);
            List<Ref> stopped = new ArrayList<>();
            for (Service service : site.criticalServices()) {
                Integer node = model.nodeOf(service.ref());
                if (node != null && propagation.isDown(node)) {
                    stopped.add(service.ref());
                }
            }
            if (stopped.isEmpty()) {
                continue;
            }
            stopped.sort(Ref.BY_KEY);
            Asset first = site.asset(group.getKey().get(0)).orElseThrow();
            String detail = Text.refs(group.getKey()) + " stand in for each other (in the requires of "
                    + group.getValue().key() + ") but run the same " + product(first)
                    + ": a bug, a bad patch or an exploit that stops one can stop all of them, and then "
                    + site.whenStopped(stopped) + ".";
            out.report(detail, group.getKey(), stopped);
        }
    }

    private static boolean neededByCritical(Ref element, ContingencySite site) {
        for (Ref service : site.facts().servicesOf(element)) {
            if (site.isCritical(service)) {
                return true;
            }
        }
        return false;
    }

    private static String product(Asset asset) {
        return (asset.vendor() == null ? "" : asset.vendor().strip() + " ") + asset.product().strip() + " "
                + asset.version().strip();
    }

    /** Finds identical groups in every any / at_least of an expression, nested ones included. */
    private static void collect(Ref owner, Dependency dependency, ContingencySite site, Map<List<Ref>, Ref> groups) {
        if (dependency == null) {
            return;
        }
        int needed = -1;
        if (dependency instanceof Dependency.AnyOf any) {
            needed = any.items().size();
        } else if (dependency instanceof Dependency.AtLeast atLeast) {
            needed = atLeast.items().size() - atLeast.count() + 1;
        }
        if (needed >= 1) {
            Map<String, List<Ref>> same = new LinkedHashMap<>();
            Set<Ref> seen = new HashSet<>();
            for (Dependency item : dependency.items()) {
                if (item instanceof Dependency.On on && on.ref().kind() == RefKind.ASSET && seen.add(on.ref())) {
                    site.asset(on.ref()).filter(a -> a.product() != null && a.version() != null).ifPresent(a ->
                            same.computeIfAbsent(a.vendor() + "|" + a.product().strip() + "|" + a.version().strip(),
                                    k -> new ArrayList<>()).add(a.ref()));
                }
            }
            for (List<Ref> identical : same.values()) {
                if (identical.size() >= 2 && identical.size() >= needed) {
                    List<Ref> key = new ArrayList<>(identical.size());
                    identical.forEach(r -> key.add(Ref.of(r.kind(), r.id())));
                    key.sort(Ref.BY_KEY);
                    groups.putIfAbsent(List.copyOf(key), owner);
                }
            }
        }
        for (Dependency item : dependency.items()) {
            collect(owner, item, site, groups);
        }
    }
}
