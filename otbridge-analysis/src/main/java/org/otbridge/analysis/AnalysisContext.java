package org.otbridge.analysis;

import java.time.LocalDate;
import org.otbridge.analysis.attack.AttackCatalog;
import org.otbridge.analysis.facts.SiteFacts;
import org.otbridge.analysis.registry.RuleRegistry;
import org.otbridge.analysis.rules.RuleLimits;

/**
 * What an analysis sees: the site facts built once, the day of the assessment, the rules and
 * their limits, the ATT&amp;CK names, and the sections it declared it needs.
 */
public record AnalysisContext(SiteFacts facts, LocalDate today, RuleRegistry rules, RuleLimits limits,
        AttackCatalog attack, Sections sections) {

    /** A section this analysis needs; it was computed before this analysis started. */
    public <T> T section(SectionKey<T> key) {
        return sections.get(key);
    }
}
