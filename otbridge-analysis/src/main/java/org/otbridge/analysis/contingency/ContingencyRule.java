package org.otbridge.analysis.contingency;

import java.util.Set;
import org.otbridge.analysis.SiteRule;
import org.otbridge.model.ControlKind;

/**
 * A contingency rule: can operations keep the services going, and for how long, when something
 * fails (fallbacks, spares, backups, suppliers, single points of failure). It reads the
 * resilience result and restore estimates through {@link ContingencySite}.
 */
public interface ContingencyRule extends SiteRule<ContingencySite> {

    /**
     * The control kinds it reads, among {@link ContingencySite#CONTROL_KINDS}: after a change to
     * controls of other kinds alone its findings stand ({@link ContingencyAnalysis}). None, unless
     * the rule says otherwise.
     */
    default Set<ControlKind> controlKinds() {
        return Set.of();
    }
}
