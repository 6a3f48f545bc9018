package org.otbridge.analysis.architecture;

import org.otbridge.analysis.FindingBuilder;
import org.otbridge.analysis.SiteRule;
import org.otbridge.model.Connection;

/**
 * An architecture rule (model structure: zones, conduits, where IT and OT meet). The runner hands
 * each connection over as its {@link ConnectionView}, built once per run by
 * {@link ArchitectureSite}, so rules read the domains and levels of both ends without looking
 * them up again.
 */
public interface ArchitectureRule extends SiteRule<ArchitectureSite> {

    @Override
    default void checkConnection(Connection connection, ArchitectureSite site, FindingBuilder out) {
        checkConnection(site.view(connection), site, out);
    }

    default void checkConnection(ConnectionView connection, ArchitectureSite site, FindingBuilder out) {
    }
}
