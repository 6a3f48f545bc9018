package org.otbridge.analysis.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.otbridge.analysis.Assessor;
import org.otbridge.analysis.registry.RuleRegistry;
import org.otbridge.analysis.rules.RuleLimits;
import org.otbridge.model.Effort;
import org.otbridge.model.EffortOverride;
import org.otbridge.model.Model;
import org.otbridge.model.Ref;
import org.otbridge.model.RefKind;
import org.otbridge.model.SourcePosition;
import org.otbridge.model.load.LoadResult;
import org.otbridge.model.load.ModelLoader;

/** The site's own effort classes: which entry applies, and that the plan ranks by them. */
class EffortsTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 26);
    private static final SourcePosition AT = new SourcePosition("model.yaml", 1, 1);
    private static final Ref RDP = Ref.of(RefKind.CONNECTION, "rdp-office-scada");
    private static final Ref TV = Ref.of(RefKind.CONNECTION, "tv-nordlys");

    private static Model example() {
        LoadResult result = new ModelLoader().load(Path.of("..", "examples", "nordvik-energi"));
        assertThat(result.problems()).isEmpty();
        return result.model();
    }

    private static Model with(Model m, List<EffortOverride> efforts) {
        return new Model(m.files(), m.organization(), m.services(), m.zones(), m.assets(), m.connections(),
                m.suppliers(), m.controls(), m.responsibilities(), m.scenarios(), m.exceptions(), m.accounts(), efforts);
    }

    private static EffortOverride effort(String action, Ref subject, Effort effort) {
        return new EffortOverride(action, subject, effort, null, AT, AT);
    }

    @Test
    void anEntryForTheSubjectBeatsOneForTheKindWhichBeatsTheUsualClass() {
        Model model = with(example(), List.of(effort("remove-connection", null, Effort.WEEKS),
                effort("remove-connection", TV, Effort.PROJECT)));
        Efforts efforts = Efforts.of(model);
        Change removeTv = new Change.RemoveConnection(TV);
        Change removeRdp = new Change.RemoveConnection(RDP);
        Change harden = new Change.HardenConnection(RDP);
        assertThat(efforts.of(removeTv)).isEqualTo(Effort.PROJECT);
        assertThat(efforts.of(removeRdp)).isEqualTo(Effort.WEEKS);
        assertThat(efforts.fromModel(removeRdp)).isTrue();
        assertThat(efforts.of(harden)).isEqualTo(harden.effort());
        assertThat(efforts.fromModel(harden)).isFalse();
    }

    @Test
    void everyKindOfChangeCanBeNamedAndNoOtherName() {
        assertThat(new HashSet<>(Efforts.KINDS)).hasSameSizeAs(Efforts.KINDS)
                .hasSize(Change.class.getPermittedSubclasses().length);
        Model model = with(example(), List.of(effort("route-through-dmz", null, Effort.HOURS),
                effort("remove-conection", TV, Effort.DAYS), effort("polish-the-brass", null, Effort.DAYS)));
        assertThat(Efforts.check(model)).extracting(Object::toString).containsExactly(
                "model.yaml:1:1: unknown action 'remove-conection' in efforts; did you mean 'remove-connection'?",
                "model.yaml:1:1: unknown action 'polish-the-brass' in efforts; the kinds are "
                        + String.join(", ", Efforts.KINDS));
    }

    /** Risk per effort decides the order: the plan's first action, made a project, gives way. */
    @Test
    void theSitesOwnEffortChangesTheRanking() {
        Model plain = example();
        Planner planner = Planner.of(DAY, RuleRegistry.builtIn(), RuleLimits.defaults());
        Plan usual = planner.plan(new Assessor(DAY).assess(plain), 5);
        Action first = usual.actions().get(0);
        assertThat(first.effortFromModel()).isFalse();
        assertThat(first.effort()).isNotEqualTo(Effort.PROJECT);

        Model costly = with(plain, List.of(effort(first.change().kind(), first.change().subject(), Effort.PROJECT)));
        Plan replanned = planner.plan(new Assessor(DAY).assess(costly), 5);
        assertThat(replanned.actions().get(0).change()).isNotEqualTo(first.change());
        Optional<Action> same = replanned.actions().stream().filter(a -> a.change().equals(first.change())).findFirst();
        same.ifPresent(a -> {
            assertThat(a.effort()).isEqualTo(Effort.PROJECT);
            assertThat(a.effortFromModel()).isTrue();
            assertThat(a.rank()).isGreaterThan(1);
        });
        // the efforts change the order, not what the model is measured to be
        assertThat(replanned.actions().get(0).before()).isEqualTo(first.before());
    }
}
