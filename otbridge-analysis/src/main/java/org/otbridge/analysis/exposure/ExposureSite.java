package org.otbridge.analysis.exposure;

import org.otbridge.analysis.RuleFacts;
import org.otbridge.analysis.facts.SiteFacts;
import org.otbridge.model.Ref;

/** What the exposure rules see: the site facts and the attack paths and shortcuts found in them. */
public record ExposureSite(SiteFacts facts, ExposureResult result) implements RuleFacts {

    @Override
    public ExposureIndex exposure() {
        return result.index();
    }

    /** A controller or safety controller, as the cost model counts them. */
    boolean isController(Ref target) {
        return facts.assetOf(target).map(a -> CostModel.CONTROLLERS.contains(a.type())).orElse(false);
    }

    /** Some service the path reaches has high or critical impact. */
    boolean servesCritical(AttackPath path) {
        return path.services().stream().anyMatch(s -> facts.model().service(s.id()).map(SiteFacts::isCritical)
                .orElse(false));
    }
}
