package org.otbridge.analysis.rules;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.otbridge.analysis.Analysis;
import org.otbridge.analysis.AnalysisContext;
import org.otbridge.analysis.Finding;
import org.otbridge.analysis.ModelDiff;
import org.otbridge.analysis.RuleFindings;
import org.otbridge.analysis.SectionKey;
import org.otbridge.model.ControlKind;

/**
 * The findings of the rule catalog (built-in and user rules). After a change to controls alone it
 * evaluates again only the rules that read controls of the kinds changed ({@link ControlReads}) and
 * keeps the others' findings: replacing password policies on every site re-runs three rules, not
 * thirty-five.
 */
public final class CatalogAnalysis implements Analysis<RuleFindings> {

    private final SectionKey<RuleFindings> key;

    public CatalogAnalysis(SectionKey<RuleFindings> key) {
        this.key = key;
    }

    @Override
    public SectionKey<RuleFindings> key() {
        return key;
    }

    @Override
    public RuleFindings run(AnalysisContext context) {
        return run(context, context.rules().catalog());
    }

    @Override
    public RuleFindings update(AnalysisContext context, RuleFindings before, ModelDiff diff) {
        // a rule stopped at its limits, or a change beyond controls: every rule again
        if (!before.problems().isEmpty() || !diff.parts().isEmpty()) {
            return run(context);
        }
        Set<String> again = new HashSet<>();
        for (Rule rule : context.rules().catalog().rules()) {
            Set<ControlKind> reads = ControlReads.controlKinds(rule);
            if (diff.controlKinds().stream().anyMatch(reads::contains)) {
                again.add(rule.id());
            }
        }
        if (again.isEmpty()) {
            return before;
        }
        RuleFindings fresh = run(context, context.rules().catalog().only(rule -> again.contains(rule.id())));
        List<Finding> findings = new ArrayList<>(before.findings().size());
        for (Finding finding : before.findings()) {
            if (!again.contains(finding.rule())) {
                findings.add(finding);
            }
        }
        findings.addAll(fresh.findings());
        findings.sort(Finding.ORDER);
        return new RuleFindings(findings, fresh.problems());
    }

    private static RuleFindings run(AnalysisContext context, RuleCatalog catalog) {
        RuleEngine.Result result = new RuleEngine(catalog, context.today(), context.attack(), context.limits())
                .run(context.facts());
        return new RuleFindings(result.findings(), result.problems());
    }

    @Override
    public String toString() {
        return key.name();
    }
}
