package org.otbridge.cli;

import java.util.ArrayList;
import java.util.List;
import org.otbridge.analysis.architecture.ArchitectureSite;
import org.otbridge.analysis.facts.SiteFacts;
import org.otbridge.model.Asset;
import org.otbridge.model.Domain;
import org.otbridge.model.Model;
import org.otbridge.model.Problem;
import org.otbridge.model.Zone;

/**
 * What {@code check} points out without failing: OT assets that no service requires, directly,
 * through a flat zone they share with what a service requires, or one hop away (the consequence
 * scope of docs/rule-reasoning.md). Every finding's severity is weighed by the services it
 * touches, so such an asset's findings come out lower than they should. An engineering
 * workstation that reaches the controllers of a service is covered by its hop; a device nothing
 * leads from is not. A model without any service yet is a draft and gets no warnings.
 */
final class ModelWarnings {

    /** Warnings beyond this many are summed up in one line, so a large draft stays readable. */
    static final int SHOWN = 20;

    private ModelWarnings() {
    }

    static List<String> of(Model model) {
        if (model.services().isEmpty()) {
            return List.of();
        }
        SiteFacts facts = new SiteFacts(model);
        ArchitectureSite scope = new ArchitectureSite(facts);
        List<String> lines = new ArrayList<>();
        int more = 0;
        for (Asset asset : model.assets()) {
            Zone zone = facts.zonesOf(asset).stream()
                    .filter(z -> z.domain() == Domain.OT || z.domain() == Domain.SAFETY).findFirst().orElse(null);
            if (zone == null || !scope.servicesAt(asset).isEmpty()) {
                continue;
            }
            if (lines.size() == SHOWN) {
                more++;
                continue;
            }
            lines.add("warning: " + new Problem(asset.at(), "asset '" + asset.id() + "' sits in " + zone.domain()
                    .yamlName() + " zone '" + zone.id() + "' but no service requires it, nor anything it shares "
                    + "a flat zone with or connects to, so its findings are judged as touching no service (lower "
                    + "severity); add it to the requires of the services that need it"));
        }
        if (more > 0) {
            lines.add("warning: " + more + " more OT assets that no service requires");
        }
        return lines;
    }
}
