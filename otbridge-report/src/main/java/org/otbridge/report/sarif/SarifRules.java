package org.otbridge.report.sarif;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.otbridge.analysis.Category;
import org.otbridge.analysis.Finding;
import org.otbridge.analysis.FindingBuilder;
import org.otbridge.analysis.RuleMetadata;
import org.otbridge.analysis.Severity;
import org.otbridge.analysis.attack.AttackCatalog;
import org.otbridge.analysis.registry.RegisteredRule;
import org.otbridge.analysis.registry.RuleRegistry;

/**
 * The rules of a SARIF run: the registry's, and those of the findings (a finding carries its rule's
 * title, recommendation and references). The default level is the worst severity any of its
 * findings has in this run, else the rule's default severity.
 */
record SarifRules(List<Rule> rules, Map<String, Integer> index) {

    /** One rule as SARIF describes it. */
    record Rule(String id, Category category, Severity worst, String title, String recommendation,
            List<String> references) {
    }

    /**
     * Every rule of {@code registry} (a code-scanning tool shows which rules ran, not only those
     * that fired) and those of the findings; a rule with findings takes its worst severity in this
     * run as its level, one without its default severity.
     */
    static SarifRules of(List<Finding> findings, RuleRegistry registry) {
        Map<String, Rule> byId = byFindings(findings);
        AttackCatalog attack = AttackCatalog.bundled();
        for (RegisteredRule registered : registry.rules()) {
            RuleMetadata meta = registered.metadata();
            byId.putIfAbsent(meta.id(), new Rule(meta.id(), meta.category(), meta.severity(), meta.title(),
                    meta.recommendation(), FindingBuilder.references(meta, attack)));
        }
        return sorted(byId);
    }

    static SarifRules of(List<Finding> findings) {
        return sorted(byFindings(findings));
    }

    private static Map<String, Rule> byFindings(List<Finding> findings) {
        Map<String, Rule> byId = new LinkedHashMap<>();
        for (Finding f : findings) {
            Rule known = byId.get(f.rule());
            if (known == null) {
                byId.put(f.rule(), new Rule(f.rule(), f.category(), f.severity(), f.title(), f.recommendation(),
                        f.references()));
            } else if (f.severity().ordinal() < known.worst().ordinal()) {
                byId.put(f.rule(), new Rule(known.id(), known.category(), f.severity(), known.title(),
                        known.recommendation(), known.references()));
            }
        }
        return byId;
    }

    private static SarifRules sorted(Map<String, Rule> byId) {
        List<Rule> sorted = new ArrayList<>(byId.values());
        sorted.sort(java.util.Comparator.comparing(Rule::id));
        Map<String, Integer> index = new LinkedHashMap<>();
        for (int i = 0; i < sorted.size(); i++) {
            index.put(sorted.get(i).id(), i);
        }
        return new SarifRules(List.copyOf(sorted), index);
    }

    /** ATT&CK for ICS technique ids among the references, as tags. */
    static Set<String> techniques(List<String> references) {
        Set<String> tags = new LinkedHashSet<>();
        for (String reference : references) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\b(T0\\d{3}|M0\\d{3})\\b").matcher(reference);
            while (m.find()) {
                tags.add(m.group(1));
            }
        }
        return tags;
    }
}
