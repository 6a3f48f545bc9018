package org.otbridge.analysis;

import java.util.List;
import java.util.Set;
import org.otbridge.analysis.architecture.ArchitectureSite;
import org.otbridge.analysis.boundary.MeetingPoint;
import org.otbridge.analysis.boundary.MeetingPoints;
import org.otbridge.analysis.contingency.ContingencyAnalysis;
import org.otbridge.analysis.drift.DriftAnalyzer;
import org.otbridge.analysis.drift.DriftResult;
import org.otbridge.analysis.drift.DriftSite;
import org.otbridge.analysis.exposure.ExposureAnalyzer;
import org.otbridge.analysis.exposure.ExposureResult;
import org.otbridge.analysis.exposure.ExposureSite;
import org.otbridge.analysis.governance.GovernanceSite;
import org.otbridge.analysis.governance.RaciMatrix;
import org.otbridge.analysis.registry.BuiltInRules;
import org.otbridge.analysis.resilience.ResilienceAnalyzer;
import org.otbridge.analysis.resilience.ResilienceResult;
import org.otbridge.analysis.rules.CatalogAnalysis;
import org.otbridge.analysis.whatif.ScenarioResult;
import org.otbridge.analysis.whatif.WhatIf;

/**
 * Every analysis of an assessment and the section each computes: the one list the
 * {@link Assessor} runs, in an order where each analysis comes after what it needs.
 */
public final class Analyses {

    private Analyses() {
    }

    public static final SectionKey<List<MeetingPoint>> MEETING_POINTS = SectionKey.of("meeting-points");
    public static final SectionKey<ExposureResult> EXPOSURE = SectionKey.of("exposure");
    public static final SectionKey<ResilienceResult> RESILIENCE = SectionKey.of("resilience");
    public static final SectionKey<List<ScenarioResult>> SCENARIOS = SectionKey.of("scenarios");
    /** What the governance rules and the RACI matrix read; not a view of its own. */
    public static final SectionKey<GovernanceSite> GOVERNANCE_SITE = SectionKey.of("governance-site");
    public static final SectionKey<RaciMatrix> RACI = SectionKey.of("raci");
    public static final SectionKey<RuleFindings> ARCHITECTURE_FINDINGS = SectionKey.of("architecture-findings");
    public static final SectionKey<RuleFindings> EXPOSURE_FINDINGS = SectionKey.of("exposure-findings");
    public static final SectionKey<RuleFindings> GOVERNANCE_FINDINGS = SectionKey.of("governance-findings");
    public static final SectionKey<RuleFindings> CATALOG_FINDINGS = SectionKey.of("catalog-findings");
    public static final SectionKey<RuleFindings> CONTINGENCY_FINDINGS = SectionKey.of("contingency-findings");
    /** The observed traffic against the model; empty when the assessment read no capture. */
    public static final SectionKey<java.util.Optional<DriftResult>> DRIFT = SectionKey.of("drift");
    public static final SectionKey<RuleFindings> DRIFT_FINDINGS = SectionKey.of("drift-findings");

    /** What an analysis that reads no control reads. */
    private static final Reads NO_CONTROLS = Reads.allButControlsExcept(Set.of());

    /**
     * The built-in analyses, each after the sections it needs. The costly ones say what they read
     * ({@link Reads}), so a re-assessment after a change to controls keeps their sections. The
     * control kinds sit next to the code that reads them ({@code ArchitectureSite.CONTROL_KINDS},
     * which also refuses any other kind, {@code DesignedBaseline}, {@code ContingencySite}); a kept
     * section may hold the facts of the model it was computed on, which differ from the assessed
     * model only in what its analysis does not read.
     */
    public static List<Analysis<?>> builtIn() {
        return List.of(
                Analysis.of(MEETING_POINTS, List.of(), NO_CONTROLS, c -> MeetingPoints.find(c.facts())),
                Analysis.of(RESILIENCE, List.of(), NO_CONTROLS, c -> ResilienceAnalyzer.analyze(c.facts())),
                Analysis.of(EXPOSURE, List.of(RESILIENCE), Reads.allButControlsExcept(ExposureAnalyzer.CONTROL_KINDS),
                        c -> ExposureAnalyzer.analyze(c.facts(), c.section(RESILIENCE))),
                Analysis.of(SCENARIOS, List.of(), c -> WhatIf.scenarios(c.facts())),
                Analysis.of(GOVERNANCE_SITE, List.of(), NO_CONTROLS, c -> new GovernanceSite(c.facts(), c.today())),
                Analysis.of(RACI, List.of(GOVERNANCE_SITE), c -> RaciMatrix.of(c.section(GOVERNANCE_SITE), c.facts().model())),
                Analysis.of(ARCHITECTURE_FINDINGS, List.of(EXPOSURE),
                        Reads.allButControlsExcept(ArchitectureSite.CONTROL_KINDS), c -> RuleFindings.of(RuleRunner.run(
                        BuiltInRules.ARCHITECTURE, new ArchitectureSite(c.facts(), c.section(EXPOSURE).index(),
                                c.today()),
                        c.attack()))),
                Analysis.of(EXPOSURE_FINDINGS, List.of(EXPOSURE), NO_CONTROLS, c -> RuleFindings.of(RuleRunner.run(
                        BuiltInRules.EXPOSURE, new ExposureSite(c.facts(), c.section(EXPOSURE)), c.attack()))),
                Analysis.of(GOVERNANCE_FINDINGS, List.of(GOVERNANCE_SITE), NO_CONTROLS, c -> RuleFindings.of(
                        RuleRunner.run(BuiltInRules.GOVERNANCE, c.section(GOVERNANCE_SITE), c.attack()))),
                new CatalogAnalysis(CATALOG_FINDINGS),
                new ContingencyAnalysis(CONTINGENCY_FINDINGS, RESILIENCE, BuiltInRules.CONTINGENCY),
                Analysis.of(DRIFT, List.of(), c -> c.observed().map(inventory -> DriftAnalyzer.analyze(c.facts(), inventory))),
                Analysis.of(DRIFT_FINDINGS, List.of(DRIFT), c -> c.section(DRIFT).map(drift -> RuleFindings.of(
                        RuleRunner.run(BuiltInRules.DRIFT, new DriftSite(c.facts(), drift), c.attack())))
                        .orElse(RuleFindings.of(List.of()))));
    }
}
