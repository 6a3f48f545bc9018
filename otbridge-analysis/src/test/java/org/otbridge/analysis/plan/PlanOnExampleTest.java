package org.otbridge.analysis.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.otbridge.analysis.Assessment;
import org.otbridge.analysis.Assessor;
import org.otbridge.analysis.Mistake;
import org.otbridge.analysis.Severity;
import org.otbridge.analysis.registry.RuleRegistry;
import org.otbridge.analysis.rules.RuleLimits;
import org.otbridge.model.Model;
import org.otbridge.model.load.LoadResult;
import org.otbridge.model.load.ModelLoader;

/**
 * The plan of the bundled example, checked as its reader would: every action's promised figures
 * hold when the actions are done, by a fresh full assessment that knows nothing of the plan.
 */
class PlanOnExampleTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 26);
    private static final Model MODEL = load(Path.of("..", "examples", "nordvik-energi"));
    private static final Assessment ASSESSMENT = new Assessor(DAY).assess(MODEL);
    private static final Plan PLAN = Planner.of(DAY, RuleRegistry.builtIn(), RuleLimits.defaults())
            .plan(ASSESSMENT, 10);

    private static Model load(Path path) {
        LoadResult result = new ModelLoader().load(path);
        assertThat(result.problems()).isEmpty();
        return result.model();
    }

    @Test
    void eachOfTheTopTenActionsDoneOnACopyGivesExactlyThePromisedFigures() {
        assertThat(PLAN.actions()).hasSize(10);
        Model model = MODEL;
        Figures before = Figures.of(ASSESSMENT);
        Set<String> open = openProblems(ASSESSMENT);
        for (Action action : PLAN.actions()) {
            assertThat(action.before()).as("before of action %d", action.rank()).isEqualTo(before);
            model = action.change().apply(model, DAY);
            Assessment fresh = new Assessor(DAY).assess(model);
            Figures after = Figures.of(fresh);
            assertThat(action.after()).as("after of action %d: %s", action.rank(), action.title()).isEqualTo(after);
            Set<String> nowOpen = openProblems(fresh);
            assertThat(action.closes()).as("closes of action %d", action.rank())
                    .containsExactlyInAnyOrderElementsOf(open.stream().filter(id -> !nowOpen.contains(id)).toList());
            before = after;
            open = nowOpen;
        }
    }

    @Test
    void everyActionRemovesRiskAndTheFirstDoMostPerEffort() {
        assertThat(PLAN.actions()).allSatisfy(a -> assertThat(a.after().risk()).isLessThan(a.before().risk()));
        assertThat(PLAN.actions()).extracting(Action::rank).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
        // first comes one of the bypasses that put SCADA within an attacker's reach: office RDP or vendor TeamViewer
        assertThat(PLAN.actions().get(0).title()).isIn("Remove connection:rdp-office-scada",
                "Remove connection:tv-nordlys");
        assertThat(PLAN.actions().get(0).value()).isEqualTo(Value.HIGH);
    }

    @Test
    void everyMistakeHasOpenProblemsAndTheSiteMustAct() {
        for (Mistake mistake : Mistake.values()) {
            assertThat(ASSESSMENT.problems()).as(mistake.yamlName())
                    .anySatisfy(p -> assertThat(p.mistake()).isEqualTo(mistake));
        }
        assertThat(ASSESSMENT.scorecard()).extracting(MistakeScore::state)
                .containsOnly(MistakeScore.State.ACT);
    }

    @Test
    void oneRdpConnectionIsOneProblemWithAllItsRules() {
        Problem rdp = ASSESSMENT.problems().stream()
                .filter(p -> p.mistake() == Mistake.INTEGRATION && p.subject().key().equals("connection:rdp-office-scada"))
                .findFirst().orElseThrow();
        assertThat(rdp.rules()).contains("OTB-ARCH-002", "OTB-ARCH-003", "OTB-ARCH-006", "OTB-ARCH-008",
                "OTB-EXP-002");
        assertThat(rdp.severity()).isEqualTo(Severity.CRITICAL);
        // every finding belongs to exactly one problem
        assertThat(ASSESSMENT.problems().stream().flatMap(p -> p.findings().stream()).toList())
                .doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(ASSESSMENT.findings().stream().map(f -> f.id()).toList());
    }

    private static Set<String> openProblems(Assessment assessment) {
        return assessment.problems().stream().filter(p -> !p.accepted()).map(Problem::id).collect(Collectors.toSet());
    }

}
