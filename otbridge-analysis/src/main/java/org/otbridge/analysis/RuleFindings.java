package org.otbridge.analysis;

import java.util.List;
import org.otbridge.model.Problem;

/**
 * The findings one family of rules reports, and the rules it had to stop (a problem of the run,
 * such as a user rule over its limits). Every section of this type goes into the assessment's
 * findings.
 */
public record RuleFindings(List<Finding> findings, List<Problem> problems) {

    public RuleFindings {
        findings = List.copyOf(findings);
        problems = List.copyOf(problems);
    }

    public static RuleFindings of(List<Finding> findings) {
        return new RuleFindings(findings, List.of());
    }
}
