package org.otbridge.analysis.contingency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.Test;
import org.otbridge.analysis.Analyses;
import org.otbridge.analysis.Assessment;
import org.otbridge.analysis.Assessor;
import org.otbridge.analysis.Finding;
import org.otbridge.analysis.RuleFindings;
import org.otbridge.analysis.RuleInfo;
import org.otbridge.analysis.registry.BuiltInRules;
import org.otbridge.model.Control;
import org.otbridge.model.ControlKind;
import org.otbridge.model.Model;
import org.otbridge.model.load.ModelLoader;

/**
 * After a change to controls alone the contingency findings are brought up to date by running
 * again only the rules that read controls of the kinds changed; the others' findings are kept as
 * they were, and the whole is what a fresh run gives.
 */
class ContingencyAnalysisTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 26);
    private static final Executor SAME_THREAD = Runnable::run;

    @Test
    void droppingOfflineRecoveryDocumentsRunsOnlyTheRuleAboutThemAgain() {
        Model model = new ModelLoader().load(Path.of("../examples/nordvik-energi")).model();
        Assessor assessor = new Assessor(DAY);
        Assessment base = assessor.assess(model, Optional.empty(), SAME_THREAD);
        List<Control> controls = model.controls().stream()
                .filter(c -> c.kind() != ControlKind.OFFLINE_RECOVERY_DOCS).toList();
        assertThat(controls).as("the example declares offline recovery documents").hasSizeLessThan(model.controls().size());
        Model changed = new Model(model.files(), model.organization(), model.services(), model.zones(), model.assets(),
                model.connections(), model.suppliers(), controls, model.responsibilities(), model.scenarios(),
                model.exceptions(), model.accounts(), model.efforts());

        Assessment again = assessor.assess(changed, Optional.empty(), SAME_THREAD, base);
        Assessment fresh = assessor.assess(changed, Optional.empty(), SAME_THREAD);

        RuleFindings before = base.section(Analyses.CONTINGENCY_FINDINGS);
        RuleFindings updated = again.section(Analyses.CONTINGENCY_FINDINGS);
        assertThat(before.findings()).extracting(Finding::rule).doesNotContain("OTB-CONT-015");
        assertThat(updated.findings()).extracting(Finding::rule).contains("OTB-CONT-015");
        assertThat(updated.findings()).isEqualTo(fresh.section(Analyses.CONTINGENCY_FINDINGS).findings());
        // every other rule's findings are the very objects of the base: those rules did not run again
        List<Finding> others = updated.findings().stream().filter(f -> !f.rule().equals("OTB-CONT-015")).toList();
        assertThat(others).hasSameSizeAs(before.findings()).isNotEmpty();
        for (int i = 0; i < others.size(); i++) {
            assertThat(others.get(i)).isSameAs(before.findings().get(i));
        }
    }

    @Test
    void everyBuiltInRuleReadsOnlyKindsTheAnalysisDeclares() {
        for (ContingencyRule rule : BuiltInRules.CONTINGENCY) {
            assertThat(ContingencySite.CONTROL_KINDS).as(rule.getClass().getSimpleName())
                    .containsAll(rule.controlKinds());
        }
        assertThat(BuiltInRules.CONTINGENCY).filteredOn(rule -> !rule.controlKinds().isEmpty())
                .extracting(rule -> rule.getClass().getSimpleName())
                .containsExactlyInAnyOrder("BackupWithoutOfflineCopy", "NoTestedIncidentPlan", "NoOfflineRecoveryDocuments");
    }

    /** A rule whose documented reads name controls says which kinds; one that names none reads none. */
    @Test
    void aRuleDeclaresControlKindsExactlyWhenItsDocumentedReadsNameControls() {
        for (ContingencyRule rule : BuiltInRules.CONTINGENCY) {
            RuleInfo info = rule.getClass().getAnnotation(RuleInfo.class);
            boolean readsControls = Arrays.stream(info.reads())
                    .anyMatch(field -> field.startsWith("control.") || field.equals("asset.controls"));
            assertThat(!rule.controlKinds().isEmpty()).as(info.id()).isEqualTo(readsControls);
        }
    }

    @Test
    void aRuleReadingAKindTheAnalysisDoesNotDeclareIsRefused() {
        ContingencyRule readsMfa = new ContingencyRule() {
            @Override
            public Set<ControlKind> controlKinds() {
                return Set.of(ControlKind.MFA);
            }
        };
        assertThatThrownBy(() -> new ContingencyAnalysis(Analyses.CONTINGENCY_FINDINGS, Analyses.RESILIENCE,
                List.of(readsMfa))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ContingencySite.CONTROL_KINDS");
    }
}
