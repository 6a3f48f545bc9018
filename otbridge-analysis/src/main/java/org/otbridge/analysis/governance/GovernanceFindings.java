package org.otbridge.analysis.governance;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import org.otbridge.analysis.Finding;
import org.otbridge.analysis.FindingBuilder;
import org.otbridge.analysis.FindingIds;
import org.otbridge.analysis.RuleMetadata;
import org.otbridge.model.Ref;

/**
 * Where a governance rule reports, one per rule and run. Findings about a subject go through
 * {@link FindingBuilder} (services touched, severity adjusted by them). Two additions:
 * findings about the whole programme keep the rule's own severity and touch every service, and
 * findings that can repeat on one subject (two exceptions on the same asset) take a discriminator
 * into their id, so ids stay unique and stable.
 */
public final class GovernanceFindings {

    /** How many services a site-wide explanation names. */
    private static final int NAMED_SERVICES = 5;

    private final FindingBuilder builder;
    private final GovernanceSite site;
    private final List<Finding> findings = new ArrayList<>();

    public GovernanceFindings(FindingBuilder builder, GovernanceSite site) {
        this.builder = builder;
        this.site = site;
    }

    public RuleMetadata rule() {
        return builder.rule();
    }

    /** The findings reported so far. */
    public List<Finding> findings() {
        return Collections.unmodifiableList(findings);
    }

    /** One subject, touching the services of its consequence scope ({@link GovernanceSite#scopeOf}). */
    public Finding report(String detail, Ref subject) {
        return report(detail, List.of(subject), site.scopeOf(subject));
    }

    /** Some subjects, touching the services of {@code scope}. */
    public Finding report(String detail, List<Ref> subjects, Collection<Ref> scope) {
        Finding finding = builder.report(detail, subjects, scope);
        findings.add(finding);
        return finding;
    }

    /**
     * Like {@link #report(String, List, Collection)}, with {@code discriminator} in the id: for a
     * rule that can report the same subjects more than once, such as one finding per exception.
     */
    public Finding report(String discriminator, String detail, List<Ref> subjects, Collection<Ref> scope) {
        Finding built = builder.report(detail, subjects, scope);
        Finding finding = new Finding(FindingIds.of(built.rule() + "|" + discriminator, subjects), built.rule(),
                built.category(), built.severity(), built.title(), built.subjects(), built.services(),
                built.explanation(), built.recommendation(), built.references(), false);
        findings.add(finding);
        return finding;
    }

    /**
     * A finding about the OT security programme or the organisation as a whole: it touches every
     * service and keeps the rule's severity (raising it for a critical service, or lowering it
     * because no asset names the programme, would say nothing about this finding).
     */
    public Finding reportSiteWide(String detail, List<Ref> subjects) {
        RuleMetadata rule = builder.rule();
        List<Ref> services = site.allServices();
        String explanation = sentence(detail) + " " + sentence(rule.explanation()) + " " + consequence(services);
        Finding finding = new Finding(FindingIds.of(rule.id(), subjects), rule.id(), rule.category(),
                rule.severity(), rule.title(), subjects, services, explanation, rule.recommendation(),
                builder.references(), false);
        findings.add(finding);
        return finding;
    }

    private static String consequence(List<Ref> services) {
        if (services.isEmpty()) {
            return "The model declares no service yet.";
        }
        return "It concerns every service the OT security programme protects: "
                + Words.refs(services, NAMED_SERVICES) + ".";
    }

    private static String sentence(String text) {
        String trimmed = text.strip();
        if (trimmed.isEmpty()) {
            return trimmed;
        }
        char last = trimmed.charAt(trimmed.length() - 1);
        return last == '.' || last == '!' || last == '?' ? trimmed : trimmed + ".";
    }
}
