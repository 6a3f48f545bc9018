package org.otbridge.analysis;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.otbridge.analysis.attack.AttackCatalog;
import org.otbridge.analysis.exposure.ExposureIndex;
import org.otbridge.analysis.exposure.ExposureLevel;
import org.otbridge.analysis.facts.SiteFacts;
import org.otbridge.model.Connection;
import org.otbridge.model.Impact;
import org.otbridge.model.ImpactLevel;
import org.otbridge.model.Ref;
import org.otbridge.model.Service;
import org.otbridge.model.YamlEnum;

/**
 * Builds the findings of one rule: stable id, the services touched, an explanation that names the
 * elements and the consequence for those services, the rule's recommendation and references
 * (ATT&amp;CK names from the bundled data), and the severity adjusted by the services touched
 * (docs/rules.md, "Severity": one step up when the worst impact is critical, one step down when
 * no service is touched). Exceptions are applied later by the assessor, so every
 * finding starts as not accepted. Not thread-safe; one builder per rule and run.
 */
public final class FindingBuilder {

    private static final String NIST_800_82 = "NIST SP 800-82r3";

    /** How many touched services an explanation names; the finding lists them all. */
    static final int NAMED_SERVICES = 5;

    private final RuleMetadata rule;
    private final SiteFacts facts;
    private final Function<Ref, ? extends Collection<Ref>> scopeOf;
    private final List<String> references;
    private final List<Finding> findings = new ArrayList<>();
    private final Map<String, ImpactLevel> impacts = new HashMap<>();
    private final Map<String, String> descriptions = new HashMap<>();
    private final ExposureIndex exposure;

    public FindingBuilder(RuleMetadata rule, SiteFacts facts, AttackCatalog attack) {
        this(rule, facts, attack, List::of);
    }

    /**
     * @param scopeOf the elements whose services a finding about one subject touches, for
     *                {@link #report(String, Ref)} (a family's {@link RuleFacts#scopeOf})
     */
    public FindingBuilder(RuleMetadata rule, SiteFacts facts, AttackCatalog attack,
            Function<Ref, ? extends Collection<Ref>> scopeOf) {
        this(rule, facts, attack, scopeOf, null);
    }

    /**
     * @param exposure how exposed each element is; when given, architecture and exposure findings
     *                 take their severity from consequence and exposure ({@link SeverityMatrix})
     */
    public FindingBuilder(RuleMetadata rule, SiteFacts facts, AttackCatalog attack,
            Function<Ref, ? extends Collection<Ref>> scopeOf, ExposureIndex exposure) {
        this.rule = rule;
        this.facts = facts;
        this.scopeOf = scopeOf;
        this.references = references(rule, attack);
        this.exposure = exposure;
    }

    /** A builder for the rule class's {@link RuleInfo}. */
    public static FindingBuilder forRule(Class<?> ruleClass, SiteFacts facts, AttackCatalog attack) {
        return new FindingBuilder(RuleMetadata.of(ruleClass), facts, attack);
    }

    public RuleMetadata rule() {
        return rule;
    }

    public SiteFacts facts() {
        return facts;
    }

    /** The references every finding of this rule carries, as shown to users. */
    public List<String> references() {
        return references;
    }

    /** The findings reported so far, in report order. */
    public List<Finding> findings() {
        return Collections.unmodifiableList(findings);
    }

    /**
     * Reports one finding.
     *
     * @param detail       sentence(s) naming the elements and what is wrong with them
     * @param subjects     the model elements the finding is about, most telling first
     * @param serviceScope the elements whose services the finding touches; service references
     *                     stand for themselves
     */
    public Finding report(String detail, List<Ref> subjects, Collection<Ref> serviceScope) {
        Finding finding = build(FindingIds.of(rule.id(), subjects), detail, subjects, serviceScope, null);
        findings.add(finding);
        return finding;
    }

    /**
     * Like {@link #report(String, List, Collection)}, for a finding whose exposure is not that of
     * its first subject, such as an attack whose cost the rule computed itself.
     */
    public Finding report(String detail, List<Ref> subjects, Collection<Ref> serviceScope,
            ExposureIndex.Exposure exposed) {
        Finding finding = build(FindingIds.of(rule.id(), subjects), detail, subjects, serviceScope, exposed);
        findings.add(finding);
        return finding;
    }

    /**
     * Like {@link #report(String, List, Collection)}, with {@code discriminator} in the id: for a
     * rule that can report the same subjects more than once, such as one finding per exception.
     */
    public Finding report(String discriminator, String detail, List<Ref> subjects, Collection<Ref> serviceScope) {
        Finding finding = build(FindingIds.of(rule.id() + "|" + discriminator, subjects), detail, subjects,
                serviceScope, null);
        findings.add(finding);
        return finding;
    }

    /**
     * A finding about the OT security programme or the organisation as a whole: it touches every
     * service and keeps the rule's severity (raising it for a critical service, or lowering it
     * because no asset names the programme, would say nothing about this finding).
     */
    public Finding reportSiteWide(String detail, List<Ref> subjects) {
        List<Ref> services = facts.model().services().stream().map(Service::ref)
                .sorted(Comparator.comparing(Ref::id)).toList();
        String consequence = services.isEmpty() ? "The model declares no service yet."
                : "It concerns every service the OT security programme protects: "
                        + Sentences.refs(services, NAMED_SERVICES) + ".";
        String explanation = sentence(detail) + " " + sentence(rule.explanation()) + " " + consequence;
        Finding finding = new Finding(FindingIds.of(rule.id(), subjects), rule.id(), rule.category(),
                rule.severity(), rule.title(), subjects, services, explanation, rule.recommendation(), references,
                false);
        findings.add(finding);
        return finding;
    }

    private Finding build(String id, String detail, List<Ref> subjects, Collection<Ref> serviceScope,
            ExposureIndex.Exposure given) {
        List<Ref> services = facts.servicesOfAny(serviceScope);
        ImpactLevel worst = ImpactLevel.NONE;
        for (Ref service : services) {
            ImpactLevel level = impactOf(service);
            if (level.compareTo(worst) > 0) {
                worst = level;
            }
        }
        Severity severity = rule.severity();
        String adjustment = "";
        if (exposure != null && (rule.category() == Category.ARCHITECTURE || rule.category() == Category.EXPOSURE)) {
            Consequence consequence = Consequence.of(services.stream()
                    .flatMap(ref -> facts.model().service(ref.id()).stream()).toList());
            // The first subject is the one the finding is about; others name what it involves.
            ExposureIndex.Exposure exposed = given != null ? given : exposure.of(subjects.get(0));
            ExposureLevel level = exposed.level();
            severity = SeverityMatrix.of(rule.severity(), consequence, level);
            adjustment = " Severity " + severity.yamlName() + ": " + consequence.words() + ", and "
                    + level.describe(exposed) + ".";
        } else if (services.isEmpty()) {
            severity = severity.lowered();
            if (severity != rule.severity()) {
                adjustment = " Severity lowered from " + rule.severity().yamlName() + " to " + severity.yamlName()
                        + " because no declared service needs these elements; if one does, add them to its requires.";
            }
        } else if (worst == ImpactLevel.CRITICAL) {
            severity = severity.raised();
            if (severity != rule.severity()) {
                adjustment = " Severity raised from " + rule.severity().yamlName() + " to " + severity.yamlName()
                        + " because a touched service has critical impact.";
            }
        }
        String explanation = sentence(detail) + " " + sentence(rule.explanation()) + " " + consequence(services)
                + adjustment;
        return new Finding(id, rule.id(), rule.category(), severity, rule.title(), subjects, services, explanation,
                rule.recommendation(), references, false);
    }

    /** One subject, touching the services of its scope (by default the subject's own). */
    public Finding report(String detail, Ref subject) {
        return report(detail, List.of(subject), scopeOf.apply(subject));
    }

    /** One subject, touching the services of {@code serviceScope}. */
    public Finding report(String detail, Ref subject, Collection<Ref> serviceScope) {
        return report(detail, List.of(subject), serviceScope);
    }

    /** A connection: touches the services of the connection, its endpoints and its via assets. */
    public Finding report(String detail, Connection connection) {
        return report(detail, List.of(connection.ref()), scopeOf(connection));
    }

    /** The connection, its two endpoints and every via asset. */
    public static List<Ref> scopeOf(Connection connection) {
        List<Ref> scope = new ArrayList<>(connection.via().size() + 3);
        scope.add(connection.ref());
        scope.add(connection.from());
        scope.add(connection.to());
        scope.addAll(connection.via());
        return scope;
    }

    /**
     * The sentence about what the touched services stand to lose: the most severe ones first, at
     * most {@value #NAMED_SERVICES} by name; {@link Finding#services()} lists them all.
     */
    private String consequence(List<Ref> services) {
        if (services.isEmpty()) {
            return "No declared service depends on these elements.";
        }
        List<Ref> named = services;
        if (services.size() > NAMED_SERVICES) {
            named = new ArrayList<>(services);
            named.sort(Comparator.comparing(this::impactOf).reversed().thenComparing(Ref::id));
            named = named.subList(0, NAMED_SERVICES);
        }
        List<String> parts = new ArrayList<>(named.size() + 1);
        for (Ref ref : named) {
            parts.add(descriptions.computeIfAbsent(ref.id(), id -> facts.model().service(id)
                    .map(s -> describe(ref, s)).orElse(ref.key())));
        }
        if (services.size() > named.size()) {
            parts.add((services.size() - named.size()) + " more services");
        }
        return "It touches " + join(parts) + ".";
    }

    private ImpactLevel impactOf(Ref service) {
        return impacts.computeIfAbsent(service.id(),
                id -> facts.model().service(id).map(s -> s.impact().max()).orElse(ImpactLevel.NONE));
    }

    private static String describe(Ref ref, Service service) {
        StringBuilder text = new StringBuilder(ref.key()).append(" (").append(service.name());
        Impact impact = service.impact();
        ImpactLevel worst = impact.max();
        if (worst != ImpactLevel.NONE) {
            List<String> dimensions = new ArrayList<>();
            addIf(dimensions, "safety", impact.safety(), worst);
            addIf(dimensions, "supply", impact.supply(), worst);
            addIf(dimensions, "environment", impact.environment(), worst);
            addIf(dimensions, "financial", impact.financial(), worst);
            addIf(dimensions, "society", impact.society(), worst);
            text.append("; ").append(String.join(", ", dimensions)).append(": ").append(worst.yamlName());
        }
        if (service.maxTolerableDowntime() != null) {
            text.append("; tolerates ").append(Durations.words(service.maxTolerableDowntime())).append(" down");
        }
        return text.append(')').toString();
    }

    private static void addIf(List<String> dimensions, String name, ImpactLevel level, ImpactLevel worst) {
        if (level == worst) {
            dimensions.add(name);
        }
    }

    private static String join(List<String> parts) {
        if (parts.size() == 1) {
            return parts.get(0);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
    }

    private static String sentence(String text) {
        String trimmed = text.strip();
        if (trimmed.isEmpty()) {
            return trimmed;
        }
        char last = trimmed.charAt(trimmed.length() - 1);
        return last == '.' || last == '!' || last == '?' ? trimmed : trimmed + ".";
    }

    /**
     * The rule's references as shown to users: NIST SP 800-82r3 body sections marked "(verify)"
     * are cited as the document only (their section numbers were not checked against the PDF);
     * other "(verify)" entries are left out. ATT&amp;CK ids follow, with names from the bundle.
     */
    public static List<String> references(RuleMetadata rule, AttackCatalog attack) {
        Set<String> shown = new LinkedHashSet<>();
        for (String reference : rule.references()) {
            String text = reference.strip();
            if (text.toLowerCase(Locale.ROOT).contains("(verify)")) {
                if (text.startsWith(NIST_800_82)) {
                    shown.add(NIST_800_82);
                }
                continue;
            }
            if (!text.isEmpty()) {
                shown.add(text);
            }
        }
        for (String id : rule.attack()) {
            shown.add(attack.citation(id.strip()));
        }
        return List.copyOf(shown);
    }

    /** The lower-case model spelling of an enum value, for detail sentences. */
    public static String words(YamlEnum value) {
        return value == null ? "unspecified" : value.yamlName();
    }
}
