package org.otbridge.analysis.contingency;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.otbridge.analysis.Category;
import org.otbridge.analysis.Durations;
import org.otbridge.analysis.FindingBuilder;
import org.otbridge.analysis.Mistake;
import org.otbridge.analysis.RuleInfo;
import org.otbridge.analysis.Severity;
import org.otbridge.model.Asset;
import org.otbridge.model.Connection;
import org.otbridge.model.Ref;
import org.otbridge.model.Supplier;

/**
 * OTB-CONT-008: a supplier stands behind a single point of failure of a critical service (the
 * supplier itself, one of its assets, or a connection to or from it is a single point of failure)
 * and either is single-source, or its {@code support_sla} is at least the service's maximum
 * tolerable downtime while the supplier is needed to restore that element (the supplier element
 * or connection itself, or an asset whose {@link RestoreEstimate} counts the supplier). One
 * finding per supplier; subjects: the supplier, then up to five of those elements.
 */
@RuleInfo(id = "OTB-CONT-008", category = Category.CONTINGENCY, severity = Severity.HIGH,
        mistake = Mistake.INTEGRATION,
        title = "Single-source supplier, or supplier slower than the tolerable downtime, behind a single point of failure",
        explanation = "Proprietary systems often need their supplier to be repaired, reconfigured or rebuilt. When "
                + "that supplier is the only one who can do it, or its contractual response time is longer than "
                + "the service may be down, operations wait for the supplier while the service runs on its "
                + "fallback or stops; if the supplier is busy, bankrupt, acquired or hit by the same incident, the "
                + "wait has no end.",
        recommendation = "For each such supplier: agree response times and 24/7 coverage that fit the tolerable "
                + "downtime, including help during cyber incidents; put project files, configuration tools and "
                + "licences in escrow or in your own hands; train your own staff or a second integrator on the "
                + "system; and plan the replacement of single-source parts before the supplier goes away.",
        references = {"NIST CSF 2.0 GV.SC-05", "NIST CSF 2.0 GV.SC-08", "IEC 62443-2-1:2024 ORG 1.6", "IEC 62443-2-4",
                "CISA CPG 2.0 1.D", "NERC CIP-013-2 R1.2"},
        attack = {"M0817"},
        reads = {"asset.supplier", "supplier.support_sla", "supplier.single_source", "connection.from",
                "connection.to", "service.max_tolerable_downtime", "service.requires", "service.impact",
                "asset.requires", "zone.requires", "connection.requires", "spares.on_hand", "spares.lead_time",
                "backup.exists", "backup.last_restore_test", "asset.usage", "service.fallback", "fallback.capacity",
                "fallback.sustainable_for"})
public final class SupplierBehindSinglePointOfFailure implements ContingencyRule {

    @Override
    public void checkSupplier(Supplier supplier, ContingencySite site, FindingBuilder out) {
        // element behind a SPOF -> whether the supplier is needed to restore it
        Map<Ref, Boolean> behind = new LinkedHashMap<>();
        if (!site.criticalStoppedBy(supplier.ref()).isEmpty()) {
            behind.put(supplier.ref(), true);
        }
        for (Asset asset : site.assetsOf(supplier.ref())) {
            if (!site.criticalStoppedBy(asset.ref()).isEmpty()) {
                behind.put(asset.ref(), site.restoreOf(asset).supplierNeed() != null);
            }
        }
        for (Connection connection : site.facts().connectionsOf(supplier.ref())) {
            if (!site.criticalStoppedBy(connection.ref()).isEmpty()) {
                behind.put(connection.ref(), true);
            }
        }
        if (behind.isEmpty()) {
            return;
        }
        Duration sla = supplier.supportSla();
        Set<Ref> services = new TreeSet<>(Ref.BY_KEY);
        Set<Ref> subjectsBehind = new LinkedHashSet<>();
        List<String> slow = new ArrayList<>();
        Set<Ref> slowServices = new TreeSet<>(Ref.BY_KEY);
        for (Map.Entry<Ref, Boolean> entry : behind.entrySet()) {
            List<Ref> critical = site.criticalStoppedBy(entry.getKey());
            if (supplier.singleSource()) {
                services.addAll(critical);
                subjectsBehind.add(entry.getKey());
            }
            if (sla == null || !entry.getValue()) {
                continue;
            }
            for (Map.Entry<Ref, Duration> mtd : site.tolerableDowntimes(critical).entrySet()) {
                if (sla.compareTo(mtd.getValue()) >= 0) {
                    services.add(mtd.getKey());
                    subjectsBehind.add(entry.getKey());
                    if (slowServices.add(mtd.getKey())) {
                        slow.add(Durations.words(mtd.getValue()) + " for " + mtd.getKey().key());
                    }
                }
            }
        }
        if (services.isEmpty()) {
            return;
        }
        List<String> spofs = new ArrayList<>();
        for (Ref element : subjectsBehind) {
            spofs.add((element.equals(supplier.ref()) ? "the supplier itself" : element.key()) + " (for "
                    + Text.refs(site.criticalStoppedBy(element)) + ")");
        }
        StringBuilder detail = new StringBuilder(supplier.ref().key())
                .append(supplier.name() == null || supplier.name().equals(supplier.id()) ? ""
                        : " (" + supplier.name().strip() + ")")
                .append(supplier.singleSource() ? " is single-source and" : "")
                .append(" stands behind single points of failure of critical services: ").append(Text.and(spofs))
                .append(". When one of them fails, ").append(site.whenStopped(List.copyOf(services))).append('.');
        if (!slow.isEmpty()) {
            detail.append(" Its support_sla of ").append(Durations.words(sla))
                    .append(" is at least the maximum tolerable downtime of ").append(Text.and(slow)).append('.');
        } else if (sla != null) {
            detail.append(" Its support_sla is ").append(Durations.words(sla)).append('.');
        } else {
            detail.append(" It declares no support_sla.");
        }
        List<Ref> subjects = new ArrayList<>();
        subjects.add(supplier.ref());
        subjectsBehind.stream().filter(r -> !r.equals(supplier.ref())).limit(Text.NAMED).forEach(subjects::add);
        out.report(detail.toString(), subjects, List.copyOf(services));
    }
}
