package org.otbridge.analysis.contingency;

import org.otbridge.analysis.FindingBuilder;

/**
 * One contingency rule (shared/reference/ot-knowledge.md, section D), with its metadata in a
 * {@link org.otbridge.analysis.RuleInfo} on the class. The analyzer calls {@link #check} once per
 * run; a rule walks what it is about (services, single points of failure, assets, suppliers) and
 * reports through {@code out}. Rules hold no state; anything they need across elements comes from
 * the indexes of {@link ContingencySite}, so a run stays linear in the model.
 */
public interface ContingencyRule {

    void check(ContingencySite site, FindingBuilder out);
}
