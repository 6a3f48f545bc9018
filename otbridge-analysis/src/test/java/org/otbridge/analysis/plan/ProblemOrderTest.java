package org.otbridge.analysis.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.otbridge.analysis.Mistake;
import org.otbridge.analysis.Severity;
import org.otbridge.model.Ref;
import org.otbridge.model.RefKind;

/** The sort an assessment uses gives exactly {@link Problems#ORDER}, ties and all. */
class ProblemOrderTest {

    @ParameterizedTest
    @ValueSource(longs = {1, 7, 2026})
    void sortedAsTheOrderSays(long seed) {
        Random random = new Random(seed);
        List<Problem> problems = new ArrayList<>();
        RefKind[] kinds = {RefKind.ASSET, RefKind.ZONE, RefKind.CONNECTION, RefKind.SERVICE, RefKind.SUPPLIER};
        for (int i = 0; i < 3_000; i++) {
            Ref subject = Ref.of(kinds[random.nextInt(kinds.length)], "e" + random.nextInt(60));
            List<String> findings = new ArrayList<>();
            for (int f = random.nextInt(6) + 1; f > 0; f--) {
                findings.add("f" + i + "-" + f);
            }
            problems.add(new Problem("p" + i, Mistake.values()[random.nextInt(Mistake.values().length)],
                    Severity.values()[random.nextInt(Severity.values().length)], List.of(subject), "t", findings,
                    List.of("OTB-X"), List.of(), random.nextInt(5) == 0));
        }
        Collections.shuffle(problems, random);
        List<Problem> expected = new ArrayList<>(problems);
        expected.sort(Problems.ORDER);
        assertThat(Problems.sorted(problems)).containsExactlyElementsOf(expected);
    }
}
