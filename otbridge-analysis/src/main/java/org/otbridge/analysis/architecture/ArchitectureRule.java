package org.otbridge.analysis.architecture;

import org.otbridge.analysis.FindingBuilder;
import org.otbridge.model.Asset;
import org.otbridge.model.Zone;

/**
 * One architecture rule (shared/reference/ot-knowledge.md, section B), with its metadata in a
 * {@link org.otbridge.analysis.RuleInfo} on the class. The analyzer calls each method once per
 * connection, asset and zone of the model; a rule overrides the scopes it checks and reports
 * through {@code out}. Rules hold no state and never scan the whole model themselves: whatever
 * they need across elements comes from the indexes of {@link ArchitectureSite}.
 */
public interface ArchitectureRule {

    default void checkConnection(ConnectionView connection, ArchitectureSite site, FindingBuilder out) {
    }

    default void checkAsset(Asset asset, ArchitectureSite site, FindingBuilder out) {
    }

    default void checkZone(Zone zone, ArchitectureSite site, FindingBuilder out) {
    }
}
