package org.otbridge.analysis;

import java.util.Collection;
import java.util.List;
import org.otbridge.analysis.facts.SiteFacts;
import org.otbridge.model.Ref;

/**
 * What a family of built-in rules is given: the site facts, and whatever the family prepares once
 * per run (indexes, views, the resilience result). {@link SiteRule}s of the family read only this.
 */
public interface RuleFacts {

    SiteFacts facts();

    /**
     * The elements whose services a finding about {@code subject} touches, when a rule reports it
     * without saying: by default the subject itself.
     */
    default Collection<Ref> scopeOf(Ref subject) {
        return List.of(subject);
    }

    /**
     * How exposed each element is, for families whose findings take their severity from
     * consequence and exposure (architecture, exposure); null for the others.
     */
    default org.otbridge.analysis.exposure.ExposureIndex exposure() {
        return null;
    }
}
