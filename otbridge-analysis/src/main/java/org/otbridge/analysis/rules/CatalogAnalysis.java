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
 * evaluates again only the rules that read controls of the kinds changed ({@link ControlReads}),
 * the asset rules among them only on the assets the change can reach ({@link ControlledAssets}),
 * and keeps the other findings: replacing password policies on a few hundred shift HMIs re-runs
 * three rules on those HMIs, not thirty-five rules on every asset.
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
        // an asset's values hold the controls on it, its zones and its connections: the others
        // would evaluate as they did
        Set<String> reached = ControlledAssets.of(context.facts(), diff.controlled());
        RuleCatalog rules = context.rules().catalog().only(rule -> again.contains(rule.id()));
        RuleEngine.Result result = new RuleEngine(rules, context.today(), context.attack(), context.limits())
                .run(context.facts(), asset -> reached.contains(asset.id()));
        Set<String> assetScoped = new HashSet<>();
        for (Rule rule : rules.rules()) {
            if (rule.scope() == RuleScope.ASSET || rule.scope() == RuleScope.ASSET_CONTROL) {
                assetScoped.add(rule.id());
            }
        }
        List<Finding> findings = new ArrayList<>(before.findings().size());
        for (Finding finding : before.findings()) {
            boolean evaluatedAgain = again.contains(finding.rule()) && (!assetScoped.contains(finding.rule())
                    || reached.contains(finding.subjects().get(0).id()));
            if (!evaluatedAgain) {
                findings.add(finding);
            }
        }
        findings.addAll(result.findings());
        findings.sort(Finding.ORDER);
        return new RuleFindings(findings, result.problems());
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
