package org.otbridge.analysis.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.otbridge.analysis.Assessment;
import org.otbridge.analysis.Assessor;
import org.otbridge.analysis.registry.RuleRegistry;
import org.otbridge.analysis.rules.RuleLimits;
import org.otbridge.model.Model;

/**
 * On a utility of many sites the planner measures each change on the sites it touches with the
 * shared IT part; the figures it promises must still be those of the whole model.
 */
class PlanOnSitesTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 26);

    @TempDir
    static Path dir;

    static Model model;

    @BeforeAll
    static void writeAUtilityOfManySites() throws IOException {
        model = SyntheticUtility.write(dir, 2_500, 7L);
    }

    @Test
    void actionsMeasuredOnTheirSitesPromiseTheWholeModelsFigures() {
        assertThat(Sites.of(model).count()).as("sites of the synthetic utility").isGreaterThan(5);
        Assessment assessment = new Assessor(DAY).assess(model);
        Plan plan = Planner.of(DAY, RuleRegistry.builtIn(), RuleLimits.defaults(), 1_000).plan(assessment, 8);
        assertThat(plan.actions()).isNotEmpty();
        Model done = model;
        Figures before = Figures.of(assessment);
        for (Action action : plan.actions()) {
            assertThat(action.before()).as("before of %d. %s", action.rank(), action.title()).isEqualTo(before);
            done = action.change().apply(done, DAY);
            Figures after = Figures.of(new Assessor(DAY).assess(done));
            assertThat(action.after()).as("after of %d. %s", action.rank(), action.title()).isEqualTo(after);
            before = after;
        }
    }
}
