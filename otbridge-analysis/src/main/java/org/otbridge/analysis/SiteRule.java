package org.otbridge.analysis;

import org.otbridge.model.Asset;
import org.otbridge.model.Connection;
import org.otbridge.model.Control;
import org.otbridge.model.Service;
import org.otbridge.model.Supplier;
import org.otbridge.model.Zone;

/**
 * A built-in rule written in Java, with its metadata in a {@link RuleInfo} on its class. The
 * {@link RuleRunner} calls each method once per element of its scope, in model order, and
 * {@link #checkSite} once per run; a rule overrides the scopes it checks and reports through
 * {@code out}. Rules hold no state and never scan the model themselves: whatever they need across
 * elements comes from the indexes of the facts {@code F} their family prepares, so a run stays
 * linear in the size of the model.
 *
 * @param <F> the facts of the rule's family (ArchitectureSite, GovernanceSite, ...)
 */
public interface SiteRule<F extends RuleFacts> {

    default void checkConnection(Connection connection, F site, FindingBuilder out) {
    }

    default void checkAsset(Asset asset, F site, FindingBuilder out) {
    }

    default void checkZone(Zone zone, F site, FindingBuilder out) {
    }

    default void checkSupplier(Supplier supplier, F site, FindingBuilder out) {
    }

    default void checkService(Service service, F site, FindingBuilder out) {
    }

    default void checkControl(Control control, F site, FindingBuilder out) {
    }

    /** Once per run: for rules about the site or programme as a whole, or about derived facts. */
    default void checkSite(F site, FindingBuilder out) {
    }
}
