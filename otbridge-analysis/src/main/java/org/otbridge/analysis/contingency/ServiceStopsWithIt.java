package org.otbridge.analysis.contingency;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.otbridge.analysis.Category;
import org.otbridge.analysis.Durations;
import org.otbridge.analysis.FindingBuilder;
import org.otbridge.analysis.Mistake;
import org.otbridge.analysis.RuleInfo;
import org.otbridge.analysis.Severity;
import org.otbridge.analysis.resilience.FailureModel;
import org.otbridge.analysis.resilience.Propagation;
import org.otbridge.model.Asset;
import org.otbridge.model.Domain;
import org.otbridge.model.Ref;
import org.otbridge.model.Service;
import org.otbridge.model.Zone;

/**
 * OTB-CONT-009: a critical service without a fallback stops when the IT domain is lost: every
 * zone with domain {@code it} fails at once (ransomware, an IT outage, or IT isolating itself
 * during an incident), with everything that needs it, through the same propagation as the
 * resilience analysis. The finding names the IT zones and assets the service needs.
 */
@RuleInfo(id = "OTB-CONT-009", category = Category.CONTINGENCY, severity = Severity.HIGH,
        mistake = Mistake.INTEGRATION,
        title = "OT service stops when IT is lost, with no fallback",
        explanation = "Ransomware in the office network, an IT outage, or IT cutting itself off during an incident "
                + "takes the directory, file shares, backup server and network with it. A service that needs them "
                + "stops with IT and cannot be restored while IT is being rebuilt, which after ransomware takes "
                + "days to weeks; with no fallback, operations have nothing to run it on for that whole time.",
        recommendation = "Make the OT side able to run and to recover in island mode: local or OT-only directory "
                + "with cached logons, OT backups and tools on the OT side, no OT dependency on IT file shares or "
                + "licence servers; define the point where OT is cut loose, and give the service a practised manual "
                + "fallback.",
        references = {"IEC 62443-2-1:2024 NET 1.4", "IEC 62443-3-3 SR 7.4", "CISA CPG 2.0 6.A",
                "ATT&CK ICS campaign C0063"},
        attack = {"M0810"},
        reads = {"zone.domain", "asset.zones", "service.fallback", "service.requires", "service.impact",
                "asset.requires", "zone.requires", "connection.requires"})
public final class ServiceStopsWithIt implements ContingencyRule {

    @Override
    public void checkSite(ContingencySite site, FindingBuilder out) {
        List<Service> candidates = site.criticalServices().stream().filter(s -> s.fallback() == null).toList();
        List<Zone> itZones = site.model().zones().stream().filter(z -> z.domain() == Domain.IT).toList();
        if (candidates.isEmpty() || itZones.isEmpty()) {
            return;
        }
        FailureModel model = site.failureModel();
        List<Integer> failed = new ArrayList<>();
        for (Zone zone : itZones) {
            failed.add(model.nodeOf(zone.ref()));
        }
        Propagation propagation = new Propagation(model);
        propagation.fail(failed);
        List<Service> down = new ArrayList<>();
        for (Service service : candidates) {
            Integer node = model.nodeOf(service.ref());
            if (node != null && propagation.isDown(node)) {
                down.add(service);
            }
        }
        if (down.isEmpty()) {
            return;
        }
        Set<Ref> downRefs = new HashSet<>();
        down.forEach(s -> downRefs.add(s.ref()));
        Map<Ref, Set<Ref>> itAssetsByService = new HashMap<>();
        for (Zone zone : itZones) {
            for (Asset asset : site.facts().assetsIn(zone)) {
                for (Ref service : site.facts().servicesOf(asset.ref())) {
                    if (downRefs.contains(service)) {
                        itAssetsByService.computeIfAbsent(service, s -> new LinkedHashSet<>()).add(asset.ref());
                    }
                }
            }
        }
        for (Service service : down) {
            List<Ref> zones = itZones.stream().map(Zone::ref)
                    .filter(z -> site.facts().servicesOf(z).contains(service.ref())).toList();
            List<Ref> assets = List.copyOf(itAssetsByService.getOrDefault(service.ref(), Set.of()));
            String detail = "If IT is lost (" + Text.refs(itZones.stream().map(Zone::ref).toList())
                    + " down), " + site.whenStopped(service.ref())
                    + (assets.isEmpty() ? "" : "; it needs " + Text.refs(assets) + " on the IT side")
                    + (service.maxTolerableDowntime() == null ? "."
                            : ", and it tolerates " + Durations.words(service.maxTolerableDowntime()) + " down.");
            List<Ref> subjects = new ArrayList<>();
            subjects.add(service.ref());
            subjects.addAll(zones.isEmpty() ? itZones.stream().map(Zone::ref).limit(Text.NAMED).toList() : zones);
            out.report(detail, subjects, List.of(service.ref()));
        }
    }
}
