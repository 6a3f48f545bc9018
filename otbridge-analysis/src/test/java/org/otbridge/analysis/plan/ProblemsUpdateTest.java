package org.otbridge.analysis.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.otbridge.analysis.Assessor;
import org.otbridge.analysis.Finding;
import org.otbridge.analysis.FindingChanges;
import org.otbridge.analysis.registry.RuleRegistry;
import org.otbridge.model.Ref;
import org.otbridge.model.RefKind;
import org.otbridge.model.load.ModelLoader;

/**
 * Problems brought up to date from the base's are the problems grouped afresh: same problems, same
 * order, on the findings of a real assessment with some kept, some gone, some made again and some
 * accepted since (seeded at random). The neglected example has subjects with many findings, an
 * endpoint subject and accepted findings, so every kind of group is changed somewhere.
 */
class ProblemsUpdateTest {

    private static final RuleRegistry RULES = RuleRegistry.builtIn();
    private static final List<Finding> POOL = new Assessor(LocalDate.of(2026, 11, 26))
            .assess(new ModelLoader().load(Path.of("../examples/nordvik-energi")).model()).findings();

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 2026, 20261205})
    void problemsBroughtUpToDateAreTheProblemsGroupedAfresh(long seed) {
        Random random = new Random(seed);
        // a small change touches few findings; a large one most of them
        int keepOneIn = 1 + random.nextInt(20);
        List<Finding> before = new ArrayList<>();
        List<Finding> after = new ArrayList<>();
        for (Finding finding : POOL) {
            boolean was = random.nextInt(keepOneIn + 1) != 0;
            boolean is = random.nextInt(keepOneIn + 1) != 0;
            if (was) {
                before.add(finding);
            }
            if (is) {
                after.add(was && random.nextInt(keepOneIn + 1) != 0 ? finding
                        : finding.withAccepted(random.nextInt(3) == 0));
            }
        }
        before.sort(Finding.ORDER);
        after.sort(Finding.ORDER);
        List<Problem> problemsBefore = Problems.of(before, RULES);

        List<Problem> updated = Problems.update(problemsBefore, FindingChanges.between(before, after), after, RULES);

        assertThat(updated).containsExactlyElementsOf(Problems.of(after, RULES));
    }

    /** Findings on an endpoint are one problem whatever the endpoint reference was written as. */
    @org.junit.jupiter.api.Test
    void findingsOnOneEndpointStayOneProblem() {
        Finding sample = POOL.get(0);
        List<Finding> before = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            Ref subject = i < 2 ? new Ref(RefKind.INTERNET, i == 0 ? "internet" : "written-otherwise", null)
                    : Ref.of(RefKind.ASSET, "filler-" + i);
            before.add(new Finding("f" + i, sample.rule(), sample.category(), sample.severity(), sample.title(),
                    List.of(subject), List.of(), sample.explanation(), sample.recommendation(), List.of(), false));
        }
        before.sort(Finding.ORDER);
        List<Finding> after = new ArrayList<>(before);
        after.set(after.indexOf(before.stream().filter(f -> f.id().equals("f1")).findFirst().orElseThrow()),
                before.stream().filter(f -> f.id().equals("f1")).findFirst().orElseThrow().withAccepted(true));
        after.sort(Finding.ORDER);

        List<Problem> updated = Problems.update(Problems.of(before, RULES), FindingChanges.between(before, after),
                after, RULES);

        assertThat(updated).containsExactlyElementsOf(Problems.of(after, RULES));
    }
}
