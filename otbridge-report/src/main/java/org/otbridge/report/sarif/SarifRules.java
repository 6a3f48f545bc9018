package org.otbridge.report.sarif;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.otbridge.analysis.Category;
import org.otbridge.analysis.Finding;
import org.otbridge.analysis.Severity;

/**
 * The rules of a SARIF run, gathered from the findings: each finding carries its rule's title,
 * recommendation and references, so a rule is described by its findings without a second
 * registry. The default level is the worst severity any of its findings has in this run.
 */
record SarifRules(List<Rule> rules, Map<String, Integer> index) {

    /** One rule as SARIF describes it. */
    record Rule(String id, Category category, Severity worst, String title, String recommendation,
            List<String> references) {
    }

    static SarifRules of(List<Finding> findings) {
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
