package org.otbridge.analysis;

import java.time.LocalDate;
import java.util.Optional;
import org.otbridge.analysis.attack.AttackCatalog;
import org.otbridge.analysis.facts.SiteFacts;
import org.otbridge.analysis.registry.RuleRegistry;
import org.otbridge.analysis.rules.RuleLimits;
import org.otbridge.observe.inventory.Inventory;

/**
 * What an analysis sees: the site facts built once, the day of the assessment, the rules and
 * their limits, the ATT&amp;CK names, the sections it declared it needs, and the traffic observed
 * at the site ({@code assess --capture}), empty when none was given.
 */
public record AnalysisContext(SiteFacts facts, LocalDate today, RuleRegistry rules, RuleLimits limits,
        AttackCatalog attack, Sections sections, Optional<Inventory> observed) {

    /** A section this analysis needs; it was computed before this analysis started. */
    public <T> T section(SectionKey<T> key) {
        return sections.get(key);
    }
}
