package org.otbridge.analysis.exposure;

import java.util.ArrayList;
import java.util.List;
import org.otbridge.analysis.Finding;
import org.otbridge.analysis.FindingBuilder;
import org.otbridge.analysis.attack.AttackCatalog;
import org.otbridge.analysis.facts.SiteFacts;
import org.otbridge.model.Ref;

/** Turns attack paths and shortcuts into findings (OTB-EXP-*), judged by the services they reach. */
public final class ExposureFindings {

    private ExposureFindings() {
    }

    public static List<Finding> of(ExposureResult result, SiteFacts facts, AttackCatalog attack) {
        FindingBuilder reachable = FindingBuilder.forRule(ReachableController.class, facts, attack);
        FindingBuilder shortcuts = FindingBuilder.forRule(ShortcutIntoThePlant.class, facts, attack);
        ReachableController controllerRule = new ReachableController();
        for (AttackPath path : result.paths()) {
            if (path.rank() == 0 && isController(path.target(), facts) && servesCritical(path, facts)) {
                controllerRule.report(path, reachable);
            }
        }
        ShortcutIntoThePlant shortcutRule = new ShortcutIntoThePlant();
        for (Shortcut shortcut : result.shortcuts()) {
            shortcutRule.report(shortcut, shortcuts);
        }
        List<Finding> findings = new ArrayList<>(reachable.findings());
        findings.addAll(shortcuts.findings());
        return findings;
    }

    private static boolean isController(Ref target, SiteFacts facts) {
        return facts.assetOf(target).map(a -> CostModel.CONTROLLERS.contains(a.type())).orElse(false);
    }

    private static boolean servesCritical(AttackPath path, SiteFacts facts) {
        return path.services().stream().anyMatch(s -> facts.model().service(s.id()).map(SiteFacts::isCritical)
                .orElse(false));
    }
}
