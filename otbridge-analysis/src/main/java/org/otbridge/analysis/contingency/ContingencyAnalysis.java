package org.otbridge.analysis.contingency;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.otbridge.analysis.Analysis;
import org.otbridge.analysis.AnalysisContext;
import org.otbridge.analysis.Finding;
import org.otbridge.analysis.ModelDiff;
import org.otbridge.analysis.Reads;
import org.otbridge.analysis.RuleFindings;
import org.otbridge.analysis.RuleMetadata;
import org.otbridge.analysis.RuleRunner;
import org.otbridge.analysis.SectionKey;
import org.otbridge.analysis.resilience.ResilienceResult;

/**
 * The findings of the contingency rules. After a change to controls alone it runs again only the
 * rules that read controls of the kinds changed ({@link ContingencyRule#controlKinds()}) and keeps
 * the others' findings: declaring offline recovery documents runs one rule again, not all of them.
 */
public final class ContingencyAnalysis implements Analysis<RuleFindings> {

    private final SectionKey<RuleFindings> key;
    private final SectionKey<ResilienceResult> resilience;
    private final List<ContingencyRule> rules;

    public ContingencyAnalysis(SectionKey<RuleFindings> key, SectionKey<ResilienceResult> resilience,
            List<ContingencyRule> rules) {
        this.key = key;
        this.resilience = resilience;
        this.rules = List.copyOf(rules);
        for (ContingencyRule rule : this.rules) {
            if (!ContingencySite.CONTROL_KINDS.containsAll(rule.controlKinds())) {
                throw new IllegalArgumentException(rule.getClass().getSimpleName() + " reads control kinds "
                        + rule.controlKinds() + ": add them to ContingencySite.CONTROL_KINDS");
            }
        }
    }

    @Override
    public SectionKey<RuleFindings> key() {
        return key;
    }

    @Override
    public List<SectionKey<?>> needs() {
        return List.of(resilience);
    }

    @Override
    public Reads reads() {
        return Reads.allButControlsExcept(ContingencySite.CONTROL_KINDS);
    }

    @Override
    public RuleFindings run(AnalysisContext context) {
        return run(context, rules);
    }

    @Override
    public RuleFindings update(AnalysisContext context, RuleFindings before, ModelDiff diff) {
        if (!before.problems().isEmpty() || !diff.parts().isEmpty()) {
            return run(context);
        }
        List<ContingencyRule> again = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (ContingencyRule rule : rules) {
            if (diff.controlKinds().stream().anyMatch(rule.controlKinds()::contains)) {
                again.add(rule);
                ids.add(RuleMetadata.of(rule.getClass()).id());
            }
        }
        if (again.isEmpty()) {
            return before;
        }
        List<Finding> findings = new ArrayList<>(before.findings().size());
        for (Finding finding : before.findings()) {
            if (!ids.contains(finding.rule())) {
                findings.add(finding);
            }
        }
        findings.addAll(run(context, again).findings());
        findings.sort(Finding.ORDER);
        return RuleFindings.of(findings);
    }

    private RuleFindings run(AnalysisContext context, List<ContingencyRule> which) {
        return RuleFindings.of(RuleRunner.run(which,
                new ContingencySite(context.facts(), context.section(resilience), context.today()), context.attack()));
    }

    @Override
    public String toString() {
        return key.name();
    }
}
