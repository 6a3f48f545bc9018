package org.otbridge.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.otbridge.analysis.registry.RuleRegistry;
import org.otbridge.analysis.rules.RuleLimits;
import org.otbridge.model.Model;
import org.otbridge.model.load.LoadResult;
import org.otbridge.model.load.ModelLoader;

/** The Assessor composes the analyses by what they need, on any pool, with the same result. */
class AssessorTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 26);

    private static Model example() {
        LoadResult result = new ModelLoader().load(Path.of("..", "examples", "nordvik-energi"));
        assertThat(result.problems()).isEmpty();
        return result.model();
    }

    @Test
    void aPoolOfOneThreadCompletesWithTheSameResult() {
        Model model = example();
        ExecutorService one = Executors.newSingleThreadExecutor();
        try {
            Assessment single = assertTimeoutPreemptively(Duration.ofSeconds(60),
                    () -> new Assessor(DAY).assess(model, one));
            Assessment parallel = new Assessor(DAY).assess(model);
            assertThat(single.findings()).isEqualTo(parallel.findings());
            assertThat(single.shortcuts()).isEqualTo(parallel.shortcuts());
            assertThat(single.outages()).isEqualTo(parallel.outages());
        } finally {
            one.shutdownNow();
        }
    }

    @Test
    void eachAnalysisRunsAfterWhatItNeedsAndOnlyOnce() {
        List<String> order = java.util.Collections.synchronizedList(new ArrayList<>());
        List<Analysis<?>> recorded = Analyses.builtIn().stream().<Analysis<?>>map(a -> recorded(a, order)).toList();
        new Assessor(DAY, RuleRegistry.builtIn(), RuleLimits.defaults(), recorded).assess(example());
        assertThat(order).hasSize(Analyses.builtIn().size()).doesNotHaveDuplicates();
        for (Analysis<?> analysis : Analyses.builtIn()) {
            for (SectionKey<?> need : analysis.needs()) {
                assertThat(order.indexOf(need.name())).as(analysis.key() + " after " + need)
                        .isLessThan(order.indexOf(analysis.key().name()));
            }
        }
    }

    @Test
    void anAnalysisThatNeedsALaterOneIsRefused() {
        SectionKey<String> late = SectionKey.of("late");
        List<Analysis<?>> wrong = List.of(Analysis.of(SectionKey.<String>of("early"), List.of(late), c -> "x"),
                Analysis.of(late, List.of(), c -> "y"));
        assertThatThrownBy(() -> new Assessor(DAY, RuleRegistry.builtIn(), RuleLimits.defaults(), wrong))
                .hasMessageContaining("early needs late");
    }

    private static <T> Analysis<T> recorded(Analysis<T> analysis, List<String> order) {
        return Analysis.of(analysis.key(), analysis.needs(), context -> {
            T result = analysis.run(context);
            order.add(analysis.key().name());
            return result;
        });
    }
}
