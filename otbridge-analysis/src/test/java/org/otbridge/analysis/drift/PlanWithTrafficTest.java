package org.otbridge.analysis.drift;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.otbridge.analysis.Assessment;
import org.otbridge.analysis.Assessor;
import org.otbridge.analysis.plan.Action;
import org.otbridge.analysis.plan.Figures;
import org.otbridge.analysis.plan.Plan;
import org.otbridge.analysis.plan.Planner;
import org.otbridge.analysis.registry.RuleRegistry;
import org.otbridge.analysis.rules.RuleLimits;
import org.otbridge.model.Model;
import org.otbridge.observe.inventory.Inventory;

/**
 * The plan of an assessment that read traffic measures each change against the same traffic: a
 * change to the model does not make the drift it cannot touch disappear, and a declared connection
 * nobody uses is a candidate to remove.
 */
class PlanWithTrafficTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 26);

    @Test
    void everyActionHoldsItsPromiseAgainstTheSameTraffic() {
        Model model = DriftTesting.model(DriftTesting.PLANT, """
                connections:
                  - {id: gw-plc, from: asset:gateway, to: asset:plc-1, protocol: opcua, ports: [4840], always_on: true}
                """);
        Optional<Inventory> traffic = Optional.of(DriftTesting.read(DriftTesting.MIXED_502));
        Assessment assessment = new Assessor(DAY).assess(model, traffic);
        assertThat(assessment.findings()).anySatisfy(f -> assertThat(f.rule()).isEqualTo("OTB-DRIFT-007"));

        Plan plan = Planner.of(DAY, RuleRegistry.builtIn(), RuleLimits.defaults(), traffic).plan(assessment, 50);
        assertThat(plan.actions()).isNotEmpty();
        assertThat(plan.actions().get(0).before()).isEqualTo(Figures.of(assessment));
        Model done = model;
        for (Action action : plan.actions()) {
            done = action.change().apply(done, DAY);
            assertThat(action.after()).as("after of action %d: %s", action.rank(), action.title())
                    .isEqualTo(Figures.of(new Assessor(DAY).assess(done, traffic)));
        }
        assertThat(plan.actions()).extracting(Action::title).contains("Remove connection:gw-plc");
    }
}
