package org.otbridge.analysis.sites;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.otbridge.analysis.Assessment;
import org.otbridge.analysis.Finding;
import org.otbridge.analysis.Severity;
import org.otbridge.analysis.plan.MistakeScore;
import org.otbridge.analysis.plan.Plan;
import org.otbridge.analysis.plan.Planner;
import org.otbridge.analysis.plan.Value;
import org.otbridge.analysis.registry.RuleRegistry;
import org.otbridge.analysis.rules.RuleLimits;

/**
 * The well-run example (examples/fjellheim-fjernvarme), judged as its manager would: a finding on
 * a site that is in order is a defect. Its README justifies every finding it still has.
 */
class WellRunExampleTest {

    private static final Assessment ASSESSMENT = Sites.assess(Sites.WELL_RUN);

    @Test
    void itsDesignedWayInIsNoShortcutAndIsJudgedByItsHardening() {
        assertThat(ASSESSMENT.shortcuts()).isEmpty();
        assertThat(ASSESSMENT.entryConduits()).extracting(c -> c.connection().key())
                .containsExactlyInAnyOrder("connection:vendor-vpn", "connection:jump-scada");
        assertThat(ASSESSMENT.entryConduits()).allSatisfy(c -> assertThat(c.hardening().hardened()).isTrue());
        assertThat(ASSESSMENT.meetingPoints()).allSatisfy(p -> assertThat(p.design().isDesigned()).isTrue());
    }

    @Test
    void nothingAboveLowAndOnlyWhatTheReadmeJustifies() {
        List<Finding> open = ASSESSMENT.findings().stream().filter(f -> !f.accepted()).toList();
        assertThat(open).allSatisfy(f -> assertThat(f.severity().atLeast(Severity.MEDIUM)).as(f.rule() + " "
                + f.subjects() + ": " + f.explanation()).isFalse());
        // README.md, "What it still reports": the supplier's designed way to the boiler PLC.
        assertThat(open).extracting(f -> f.rule() + " " + Sites.keys(f.subjects()))
                .containsExactly("OTB-EXP-001 [asset:plc-boiler, supplier:scada-vendor]");
        assertThat(open.get(0).explanation()).contains("reachable only through a hardened entry conduit");
        // The accepted risk of two identical SCADA servers stays visible, marked accepted.
        assertThat(ASSESSMENT.findings()).filteredOn(Finding::accepted).extracting(Finding::rule)
                .containsExactly("OTB-CONT-012");
    }

    @Test
    void theScorecardSaysInOrderForEveryMistakeAndThePlanHasNothingAboveLow() {
        // README.md, "What is in order": controls that fit OT, integration by design, one mandate.
        assertThat(ASSESSMENT.scorecard()).allSatisfy(s -> assertThat(s.state()).as(s.mistake().yamlName())
                .isEqualTo(MistakeScore.State.IN_ORDER));
        Plan plan = Planner.of(Sites.DAY, RuleRegistry.builtIn(), RuleLimits.defaults()).plan(ASSESSMENT, 10);
        assertThat(plan.actions()).allSatisfy(a -> assertThat(a.value()).as(a.title()).isEqualTo(Value.LOW));
    }

    @Test
    void noEntryPointCanStopTheServiceFasterThanItTolerates() {
        assertThat(ASSESSMENT.outages()).isNotEmpty()
                .allSatisfy(o -> assertThat(o.fasterThanTolerated()).as(o.toString()).isFalse());
        assertThat(ASSESSMENT.outages()).extracting(o -> o.entry().key()).doesNotContain("zone:corp");
    }
}
