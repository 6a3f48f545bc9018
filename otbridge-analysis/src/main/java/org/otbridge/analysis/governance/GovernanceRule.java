package org.otbridge.analysis.governance;

import org.otbridge.analysis.SiteRule;

/**
 * A governance rule (responsibilities, mandates, suppliers, accepted risks). A finding reported
 * about one subject touches the services of its {@link GovernanceSite#scopeOf consequence scope};
 * findings about the programme as a whole use
 * {@link org.otbridge.analysis.FindingBuilder#reportSiteWide}.
 */
public interface GovernanceRule extends SiteRule<GovernanceSite> {
}
