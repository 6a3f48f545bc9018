package org.otbridge.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.otbridge.model.load.Scalars;

/** The one duration wording of findings, reports and what-if texts. */
class DurationsTest {

    @Test
    void largestUnitsFirstInTheModelsUnits() {
        assertThat(Durations.words(Duration.ZERO)).isEqualTo("0m");
        assertThat(Durations.words(Duration.ofMinutes(-5))).isEqualTo("0m");
        assertThat(Durations.words(Duration.ofSeconds(59))).isEqualTo("0m");
        assertThat(Durations.words(Duration.ofMinutes(45))).isEqualTo("45m");
        assertThat(Durations.words(Duration.ofMinutes(90))).isEqualTo("1h 30m");
        assertThat(Durations.words(Duration.ofHours(6))).isEqualTo("6h");
        assertThat(Durations.words(Duration.ofHours(36))).isEqualTo("1d 12h");
        assertThat(Durations.words(Duration.ofHours(78))).isEqualTo("3d 6h");
        assertThat(Durations.words(Duration.ofDays(16))).isEqualTo("2w 2d");
        assertThat(Durations.words(Duration.ofDays(113))).isEqualTo("16w 1d");
        assertThat(Durations.words(Duration.ofDays(7).plusMinutes(1))).isEqualTo("1w 1m");
    }

    static LongStream seeds() {
        return new SplittableRandom(20261204L).longs(200);
    }

    /** Every part is a duration the model reads back, the parts add up, and larger units come first. */
    @ParameterizedTest
    @MethodSource("seeds")
    void partsAreModelDurationsThatAddUpLargestFirst(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        Duration duration = Duration.ofMinutes(random.nextLong(1, 60L * 24 * 7 * 60));
        String words = Durations.words(duration);
        Duration sum = Duration.ZERO;
        long previous = Long.MAX_VALUE;
        for (String part : words.split(" ")) {
            Duration value = Scalars.duration(part).orElseThrow(() -> new AssertionError(part + " in " + words));
            long unit = Scalars.duration("1" + part.charAt(part.length() - 1)).orElseThrow().toMinutes();
            assertThat(unit).as(words).isLessThan(previous);
            assertThat(value.toMinutes()).as(words).isGreaterThan(0);
            previous = unit;
            sum = sum.plus(value);
        }
        assertThat(sum).as(words).isEqualTo(duration);
    }
}
