package org.otbridge.analysis.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.otbridge.analysis.Assessment;
import org.otbridge.analysis.Assessor;
import org.otbridge.analysis.registry.RuleRegistry;
import org.otbridge.analysis.rules.RuleLimits;
import org.otbridge.model.Model;
import org.otbridge.model.load.LoadResult;
import org.otbridge.model.load.ModelLoader;
import org.otbridge.model.load.ModelSource;

/**
 * A plan that ends before its length has run out of useful changes: no candidate it left out
 * would remove risk once its actions are done, not even one that gave nothing on the model as it
 * was (offline documents count only once the site's other gaps are closed).
 */
class PlanCompletenessTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 26);

    private static final String WATER_WORKS = """
            organization:
              name: Water Works
              units: [{id: ops, discipline: operations}, {id: it, discipline: it}]
              people: [{id: anna, unit: ops, mandate: [program:ot-security]}]
            services:
              - id: supply
                impact: {supply: critical}
                max_tolerable_downtime: 4h
                requires: [asset:scada-1]
            zones:
              - {id: office, domain: it, level: 4}
              - {id: control, domain: ot, level: 2}
            assets:
              - {id: pc-1, type: workstation, zone: office}
              - {id: scada-1, type: scada, zone: control, requires: [asset:ups-1]}
              - {id: ups-1, type: ups, zone: control,
                 management: {zones: [office], protocols: [https], auth: password}}
            connections:
              - {id: pc-scada, from: asset:pc-1, to: asset:scada-1, protocol: rdp, initiator: from}
            """;

    @Test
    void noCandidateLeftOutWouldStillRemoveRisk() {
        LoadResult loaded = new ModelLoader().load(List.of(new ModelSource("model.yaml", WATER_WORKS)));
        assertThat(loaded.problems()).isEmpty();
        Model model = loaded.model();
        Assessment first = new Assessor(DAY).assess(model);
        Plan plan = Planner.of(DAY, RuleRegistry.builtIn(), RuleLimits.defaults()).plan(first, 20);
        assertThat(plan.actions()).isNotEmpty().hasSizeLessThan(20);

        Model done = model;
        for (Action action : plan.actions()) {
            done = action.change().apply(done, DAY);
        }
        Snapshot end = Snapshot.of(new Assessor(DAY).assess(done));
        Set<String> taken = plan.actions().stream().map(a -> Remedies.key(a.change())).collect(Collectors.toSet());
        for (Change candidate : new Remedies(model, DAY).candidates(first.problems(), first.findings())) {
            if (!taken.contains(Remedies.key(candidate))) {
                Snapshot after = Snapshot.of(new Assessor(DAY).assess(candidate.apply(done, DAY)));
                assertThat(end.gainTo(after)).as(candidate.title()).isLessThanOrEqualTo(0);
            }
        }
    }
}
