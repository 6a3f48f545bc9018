package org.otbridge.analysis.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.otbridge.analysis.Analyses;
import org.otbridge.analysis.Assessment;
import org.otbridge.analysis.Assessor;
import org.otbridge.model.Asset;
import org.otbridge.model.AssetType;
import org.otbridge.model.Control;
import org.otbridge.model.ControlKind;
import org.otbridge.model.Model;
import org.otbridge.model.Ref;
import org.otbridge.model.load.LoadResult;
import org.otbridge.model.load.ModelLoader;

/**
 * A re-assessment after a change keeps the sections the change cannot alter (what the planner does
 * for every measurement); it must give exactly what a fresh assessment of the changed model gives.
 * Checked for every candidate change of the neglected example (the well-run one has none) and for up
 * to six of each kind on a synthetic utility, so each analysis's declared reads meet every kind of
 * change the plan makes.
 */
class ReassessmentTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 26);
    private static final Executor SAME_THREAD = Runnable::run;

    @TempDir
    static Path dir;

    static Stream<Arguments> models() throws IOException {
        return Stream.of(Arguments.of("nordvik-energi", load(Path.of("../examples/nordvik-energi")), 1_000),
                Arguments.of("synthetic utility", SyntheticUtility.write(dir, 1_500, 11L), 6));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void everyCandidateReassessedEqualsAFreshAssessment(String name, Model model, int perKind) {
        Assessor assessor = new Assessor(DAY);
        Assessment base = assessor.assess(model, Optional.empty(), SAME_THREAD);
        List<Change> candidates = new Remedies(model, DAY).candidates(base.problems(), base.findings());
        Map<String, Integer> taken = new HashMap<>();
        List<Change> checked = new ArrayList<>();
        for (Change change : candidates) {
            if (taken.merge(change.kind(), 1, Integer::sum) <= perKind) {
                checked.add(change);
            }
        }
        assertThat(checked).as("candidate changes of %s", name).hasSizeGreaterThan(5);
        int keptResilience = 0;
        for (Change change : checked) {
            Model changed = change.apply(model, DAY);
            Assessment fresh = assessor.assess(changed, Optional.empty(), SAME_THREAD);
            Assessment again = assessor.assess(changed, Optional.empty(), SAME_THREAD, base);
            String what = name + ": " + change.title();
            assertThat(again.findings()).as(what).isEqualTo(fresh.findings());
            assertThat(again.problems()).as(what).isEqualTo(fresh.problems());
            assertThat(again.runProblems()).as(what).isEqualTo(fresh.runProblems());
            assertThat(again.scorecard()).as(what).isEqualTo(fresh.scorecard());
            assertThat(again.meetingPoints()).as(what).isEqualTo(fresh.meetingPoints());
            assertThat(again.attackPaths()).as(what).isEqualTo(fresh.attackPaths());
            assertThat(again.shortcuts()).as(what).isEqualTo(fresh.shortcuts());
            assertThat(again.entryConduits()).as(what).isEqualTo(fresh.entryConduits());
            assertThat(again.outages()).as(what).isEqualTo(fresh.outages());
            assertThat(again.resilience()).as(what).isEqualTo(fresh.resilience());
            assertThat(again.raci()).as(what).isEqualTo(fresh.raci());
            assertThat(again.scenarios()).as(what).isEqualTo(fresh.scenarios());
            if (again.section(Analyses.RESILIENCE) == base.section(Analyses.RESILIENCE)) {
                keptResilience++;
            }
        }
        // the point of it: changes that leave dependencies alone keep the costly sections
        assertThat(keptResilience).as("re-assessments of %s that kept the resilience section", name).isPositive();
    }

    /**
     * Controls of every kind, added to elements of the neglected example and taken from it: each
     * analysis's declared control kinds must cover what it reads, whatever the planner proposes.
     */
    @ParameterizedTest(name = "{0}")
    @EnumSource(ControlKind.class)
    void aControlOfAnyKindAddedOrTakenAwayReassessesAsAFreshAssessment(ControlKind kind) {
        Model model = load(Path.of("../examples/nordvik-energi"));
        Assessor assessor = new Assessor(DAY);
        Assessment base = assessor.assess(model, Optional.empty(), SAME_THREAD);
        List<Ref> targets = new ArrayList<>();
        targets.add(model.zones().get(0).ref());
        model.assets().stream().filter(a -> a.type() == AssetType.HMI || a.type() == AssetType.JUMP_HOST)
                .forEach(a -> targets.add(a.ref()));
        model.connections().stream().limit(3).forEach(c -> targets.add(c.ref()));
        model.suppliers().stream().limit(1).forEach(s -> targets.add(s.ref()));
        List<Control> added = new ArrayList<>(model.controls());
        added.add(new Control("probe-" + kind.yamlName(), kind, targets, Map.of("name", "offline-recovery-docs"),
                "added by the test", null));
        List<Control> kept = model.controls().stream().filter(c -> c.kind() != kind).toList();
        Set<String> gone = model.controls().stream().filter(c -> c.kind() == kind).map(Control::id)
                .collect(java.util.stream.Collectors.toSet());
        List<Asset> assets = model.assets().stream().map(a -> a.withControls(
                a.controls().stream().filter(r -> !gone.contains(r.id())).toList())).toList();
        for (Model changed : List.of(withControls(model, model.assets(), added), withControls(model, assets, kept))) {
            reassessesAsAFreshAssessment(assessor, base, changed,
                    kind.yamlName() + (changed.controls().size() > model.controls().size() ? " added" : " taken away"));
        }
    }

    /**
     * A control that assets list, turned into a control of every other kind: what the rules read of
     * it changes on every asset that lists it, though no asset changes.
     */
    @ParameterizedTest(name = "{0}")
    @EnumSource(ControlKind.class)
    void aListedControlOfAnotherKindReassessesAsAFreshAssessment(ControlKind kind) {
        Model model = load(Path.of("../examples/nordvik-energi"));
        Assessor assessor = new Assessor(DAY);
        Assessment base = assessor.assess(model, Optional.empty(), SAME_THREAD);
        Set<String> listed = new java.util.LinkedHashSet<>();
        model.assets().forEach(a -> a.controls().forEach(c -> listed.add(c.id())));
        List<Control> turned = model.controls().stream().filter(c -> listed.contains(c.id()) && c.kind() != kind)
                .limit(2).toList();
        assertThat(turned).as("controls the example's assets list").isNotEmpty();
        for (Control control : turned) {
            List<Control> controls = model.controls().stream().map(c -> c != control ? c
                    : new Control(c.id(), kind, c.appliesTo(), c.parameters(), c.description(), c.at())).toList();
            reassessesAsAFreshAssessment(assessor, base, withControls(model, model.assets(), controls),
                    control.id() + " as " + kind.yamlName());
        }
    }

    private static void reassessesAsAFreshAssessment(Assessor assessor, Assessment base, Model changed, String what) {
        Assessment fresh = assessor.assess(changed, Optional.empty(), SAME_THREAD);
        Assessment again = assessor.assess(changed, Optional.empty(), SAME_THREAD, base);
        assertThat(again.findings()).as(what).isEqualTo(fresh.findings());
        assertThat(again.problems()).as(what).isEqualTo(fresh.problems());
        assertThat(again.scorecard()).as(what).isEqualTo(fresh.scorecard());
        assertThat(again.attackPaths()).as(what).isEqualTo(fresh.attackPaths());
        assertThat(again.entryConduits()).as(what).isEqualTo(fresh.entryConduits());
        assertThat(again.outages()).as(what).isEqualTo(fresh.outages());
        assertThat(again.raci()).as(what).isEqualTo(fresh.raci());
    }

    private static Model withControls(Model m, List<Asset> assets, List<Control> controls) {
        return new Model(m.files(), m.organization(), m.services(), m.zones(), assets, m.connections(), m.suppliers(),
                controls, m.responsibilities(), m.scenarios(), m.exceptions(), m.accounts(), m.efforts());
    }

    private static Model load(Path path) {
        LoadResult loaded = new ModelLoader().load(path);
        assertThat(loaded.problems()).isEmpty();
        return loaded.model();
    }
}
