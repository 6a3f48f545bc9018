package org.otbridge.analysis.governance;

/**
 * One governance rule (shared/reference/ot-knowledge.md, section C), with its metadata in a
 * {@link org.otbridge.analysis.RuleInfo} on the class. Governance rules look at subjects of
 * several kinds and at the organisation as a whole, so each is called once per model and walks
 * what it needs from the indexes of {@link GovernanceSite}; it never scans the model more than a
 * constant number of times. Rules hold no state and report through {@code out}.
 */
public interface GovernanceRule {

    void check(GovernanceSite site, GovernanceFindings out);
}
