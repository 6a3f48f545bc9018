package org.otbridge.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.otbridge.model.load.ModelLoader;

/**
 * A re-assessment's findings are worked out from the base's: kept ones (the same objects) stay in
 * their order, the others are merged in. That must give exactly the order a fresh sort gives, on
 * the findings of a real assessment, whatever was kept, dropped or made again (seeded at random).
 */
class FindingChangesTest {

    private static final List<Finding> POOL = new Assessor(LocalDate.of(2026, 11, 26))
            .assess(new ModelLoader().load(Path.of("../examples/nordvik-energi")).model()).findings();

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 2026, 20261205})
    void theFindingsAfterAChangeComeInTheOrderAFreshSortGives(long seed) {
        Random random = new Random(seed);
        List<Finding> before = new ArrayList<>();
        List<Finding> after = new ArrayList<>();
        List<Finding> kept = new ArrayList<>();
        List<Finding> made = new ArrayList<>();
        for (Finding finding : POOL) {
            boolean was = random.nextInt(4) != 0;
            boolean is = random.nextInt(4) != 0;
            if (was) {
                before.add(finding);
            }
            if (is) {
                // a finding the re-assessment made again is a new object, equal or not
                Finding now = was && random.nextBoolean() ? finding : finding.withAccepted(random.nextBoolean());
                after.add(now);
                (now == finding ? kept : made).add(now);
            }
        }
        before.sort(Finding.ORDER);
        Collections.shuffle(after, random);

        FindingChanges changes = FindingChanges.between(before, after);

        assertThat(changes.added()).containsExactlyInAnyOrderElementsOf(made);
        assertThat(changes.removed()).hasSize(before.size() - kept.size()).doesNotContainAnyElementsOf(kept);
        List<Finding> sorted = new ArrayList<>(after);
        sorted.sort(Finding.ORDER);
        assertThat(changes.applyTo(before)).containsExactlyElementsOf(sorted);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1})
    void nothingChangedOrEverythingMadeAgainGivesTheSameAsASort(int everything) {
        List<Finding> before = new ArrayList<>(POOL);
        List<Finding> after = everything == 1 ? POOL.stream().map(f -> f.withAccepted(f.accepted())).toList() : POOL;

        FindingChanges changes = FindingChanges.between(before, after);

        assertThat(changes.isEmpty()).isEqualTo(everything == 0);
        assertThat(changes.applyTo(before)).containsExactlyElementsOf(POOL);
    }

    @org.junit.jupiter.api.Test
    void theSameFindingTwiceCountsAsTwoFindings() {
        Finding twice = POOL.get(0);
        Finding other = POOL.get(1);
        List<Finding> before = new ArrayList<>(List.of(twice, twice, other));
        before.sort(Finding.ORDER);

        assertThat(FindingChanges.between(before, List.of(other, twice, twice)).isEmpty()).isTrue();
        FindingChanges once = FindingChanges.between(before, List.of(twice, other));
        assertThat(once.removed()).containsExactly(twice);
        assertThat(once.added()).isEmpty();
        assertThat(once.applyTo(before)).containsExactlyElementsOf(
                List.of(twice, other).stream().sorted(Finding.ORDER).toList());
    }
}
