package org.otbridge.analysis.contingency;

import org.otbridge.analysis.SiteRule;

/**
 * A contingency rule: can operations keep the services going, and for how long, when something
 * fails (fallbacks, spares, backups, suppliers, single points of failure). It reads the
 * resilience result and restore estimates through {@link ContingencySite}.
 */
public interface ContingencyRule extends SiteRule<ContingencySite> {
}
