package org.otbridge.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.otbridge.analysis.architecture.ArchitectureAnalyzer;
import org.otbridge.analysis.boundary.MeetingPoints;
import org.otbridge.analysis.attack.AttackCatalog;
import org.otbridge.analysis.exposure.ExposureAnalyzer;
import org.otbridge.analysis.exposure.ExposureFindings;
import org.otbridge.analysis.exposure.ExposureResult;
import org.otbridge.analysis.facts.SiteFacts;
import org.otbridge.analysis.governance.GovernanceAnalyzer;
import org.otbridge.analysis.governance.GovernanceSite;
import org.otbridge.analysis.governance.RaciMatrix;
import org.otbridge.analysis.whatif.WhatIf;
import org.otbridge.analysis.resilience.ResilienceAnalyzer;
import org.otbridge.analysis.resilience.ResilienceResult;
import org.otbridge.model.AcceptedRisk;
import org.otbridge.model.Model;

/**
 * Runs every analyzer over one valid model and joins their results. Pure: the same model and
 * day give the same assessment. {@code today} decides which exceptions are still valid.
 */
public final class Assessor {

    private final LocalDate today;

    public Assessor(LocalDate today) {
        this.today = today;
    }

    public Assessment assess(Model model) {
        SiteFacts facts = new SiteFacts(model);
        AttackCatalog attack = AttackCatalog.bundled();
        List<Finding> findings = new ArrayList<>(new ArchitectureAnalyzer(attack).analyze(facts));
        ExposureResult exposure = ExposureAnalyzer.analyze(facts);
        findings.addAll(ExposureFindings.of(exposure, facts, attack));
        GovernanceSite governance = new GovernanceSite(facts, today);
        findings.addAll(new GovernanceAnalyzer(attack).analyze(governance));
        ResilienceResult resilience = ResilienceAnalyzer.analyze(facts);
        return new Assessment(model, applyExceptions(model, findings), MeetingPoints.find(facts), exposure.paths(),
                exposure.shortcuts(), resilience, WhatIf.scenarios(facts), RaciMatrix.of(governance));
    }

    /** Marks findings covered by a valid exception (same rule, subject among the finding's) as accepted. */
    private List<Finding> applyExceptions(Model model, List<Finding> findings) {
        List<Finding> result = new ArrayList<>(findings.size());
        for (Finding finding : findings) {
            boolean accepted = false;
            for (AcceptedRisk exception : model.exceptions()) {
                if (exception.rule().equals(finding.rule()) && finding.subjects().contains(exception.subject())
                        && exception.isValidOn(today)) {
                    accepted = true;
                    break;
                }
            }
            result.add(accepted ? finding.withAccepted(true) : finding);
        }
        return result;
    }
}
