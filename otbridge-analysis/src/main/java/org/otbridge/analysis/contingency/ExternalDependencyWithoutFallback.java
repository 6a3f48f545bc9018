package org.otbridge.analysis.contingency;

import java.util.ArrayList;
import java.util.List;
import org.otbridge.analysis.Category;
import org.otbridge.analysis.Durations;
import org.otbridge.analysis.FindingBuilder;
import org.otbridge.analysis.Mistake;
import org.otbridge.analysis.RuleInfo;
import org.otbridge.analysis.Severity;
import org.otbridge.analysis.facts.SiteFacts;
import org.otbridge.model.AssetType;
import org.otbridge.model.Domain;
import org.otbridge.model.Ref;
import org.otbridge.model.RefKind;
import org.otbridge.model.Service;

/**
 * OTB-CONT-017: a critical service without a fallback has a single point of failure outside the
 * organisation's control: a cloud service, an asset or zone in the {@code external} domain, a
 * supplier, or a connection to or from the internet or a supplier. One finding per service;
 * subjects: the service and up to five such elements.
 */
@RuleInfo(id = "OTB-CONT-017", category = Category.CONTINGENCY, severity = Severity.HIGH,
        mistake = Mistake.INTEGRATION,
        title = "Critical service depends on a cloud or external service and has no fallback",
        explanation = "Cloud platforms, internet links and providers fail, change their terms, or are cut off on "
                + "purpose during an incident, and their restore is in someone else's hands and on someone else's "
                + "schedule. A service that needs them and has no fallback stops with them, for as long as the "
                + "provider takes.",
        recommendation = "Make sure the process keeps running without the external service: keep the control "
                + "function local (the cloud advises, OT decides), cache or buffer what is needed for the "
                + "tolerable downtime, and give the service a documented, practised fallback (manual plan, local "
                + "model, previous schedule).",
        references = {"IEC 62443-3-3 4.2", "NIST CSF 2.0 GV.SC-05", "NIST CSF 2.0 PR.IR-03", "CISA CPG 2.0 6.A",
                "ACSC/CISA Principles of OT cyber security (2024)"},
        attack = {"M0810", "M0811"},
        reads = {"service.fallback", "service.max_tolerable_downtime", "asset.type", "asset.zones", "zone.domain",
                "service.requires", "service.impact", "asset.requires", "zone.requires", "connection.requires"})
public final class ExternalDependencyWithoutFallback implements ContingencyRule {

    @Override
    public void checkService(Service service, ContingencySite site, FindingBuilder out) {
        if (!SiteFacts.isCritical(service)) {
            return;
        }
        if (service.fallback() != null) {
            return;
        }
        List<Ref> external = new ArrayList<>();
        for (Ref spof : site.spofsOf(service.ref())) {
            if (isExternal(spof, site)) {
                external.add(spof);
            }
        }
        if (external.isEmpty()) {
            return;
        }
        String detail = service.ref().key() + " has no fallback and stops by itself when any of "
                + Text.refs(external) + " fails, which the organisation does not control"
                + (service.maxTolerableDowntime() == null ? "."
                        : "; it tolerates " + Durations.words(service.maxTolerableDowntime()) + " down.");
        List<Ref> subjects = new ArrayList<>();
        subjects.add(service.ref());
        external.stream().limit(Text.NAMED).forEach(subjects::add);
        out.report(detail, subjects, List.of(service.ref()));
    }

    private static boolean isExternal(Ref element, ContingencySite site) {
        return switch (element.kind()) {
            case SUPPLIER -> true;
            case ZONE -> site.facts().domainOf(element) == Domain.EXTERNAL;
            case ASSET -> site.asset(element).map(a -> a.type() == AssetType.CLOUD_SERVICE
                    || site.facts().domainsOf(element).contains(Domain.EXTERNAL)).orElse(false);
            case CONNECTION -> site.model().connection(element.id()).map(c -> outside(c.from()) || outside(c.to()))
                    .orElse(false);
            default -> false;
        };
    }

    private static boolean outside(Ref endpoint) {
        return endpoint.kind() == RefKind.INTERNET || endpoint.kind() == RefKind.SUPPLIER;
    }
}
