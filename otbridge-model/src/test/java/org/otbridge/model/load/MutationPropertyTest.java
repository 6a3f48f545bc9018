package org.otbridge.model.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.otbridge.model.Problem;
import org.otbridge.model.RefKind;
import org.otbridge.model.SourcePosition;
import org.otbridge.model.YamlEnum;
import org.otbridge.model.testing.Mutations;
import org.otbridge.model.testing.Mutations.Kind;
import org.otbridge.model.testing.Mutations.Mutated;
import org.otbridge.model.testing.RandomModels;

/**
 * Broken models never break the loader. Valid generated models are damaged at random (lines
 * deleted, duplicated, swapped, re-indented; characters changed; keys renamed; values replaced by
 * odd tokens; references changed; tabs, braces, brackets, control characters inserted; text cut
 * off). Loading must never throw, and every problem must point into the damaged file (a real line
 * and column) with a message. A reference changed to an undefined id is reported at its place,
 * naming the id. Problems come out sorted and identical on every load.
 *
 * <p>A failure names the seed and the mutation and writes the damaged text to
 * {@code target/mutation-failures/}.
 */
@Timeout(60)
class MutationPropertyTest {

    static final long MASTER_SEED = 0x07B0_2026_0002L;

    private static final ModelLoader LOADER = new ModelLoader();

    static LongStream seeds() {
        return new SplittableRandom(MASTER_SEED).longs(100);
    }

    static LongStream fewerSeeds() {
        return new SplittableRandom(MASTER_SEED + 1).longs(40);
    }

    private static RandomModels smallModel(long seed) {
        return RandomModels.builder(seed).assets(2 + (int) Long.remainderUnsigned(seed, 16)).build();
    }

    /** Every kind of mutation once, then three stacked, on one model per seed. */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void loaderSurvivesEveryMutation(long seed) {
        String text = smallModel(seed).yaml();
        SplittableRandom r = new SplittableRandom(seed);
        for (Kind kind : Kind.values()) {
            Mutated mutated = Mutations.apply(kind, text, r);
            checkLoad(seed, List.of(mutated.description()), mutated.text());
        }
        String stacked = text;
        List<String> steps = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Mutated mutated = Mutations.apply(Kind.values()[r.nextInt(Kind.values().length)], stacked, r);
            stacked = mutated.text();
            steps.add(mutated.description());
        }
        checkLoad(seed, steps, stacked);
    }

    /** A reference changed to an undefined id is reported at that reference and names the id. */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void undefinedReferenceIsReportedWithItsId(long seed) {
        RandomModels plan = smallModel(seed);
        Mutations.BrokenReference broken = Mutations.breakReference(plan.yaml(), new SplittableRandom(seed),
                kind -> plan.ids(YamlEnum.parse(RefKind.class, kind).orElseThrow()));
        assertThat(broken).as("the model has references").isNotNull();

        List<Problem> problems = checkLoad(seed, List.of(broken.description()), broken.text());
        String reference = broken.kind() + ":" + broken.newId();
        assertThat(problems).as("seed %d: %s", seed, broken.description())
                .anyMatch(p -> p.message().contains(reference))
                .filteredOn(p -> p.message().contains(reference))
                .allSatisfy(p -> assertThat(p.at()).as("position of the problem naming " + reference)
                        .isEqualTo(new SourcePosition(RandomModels.SINGLE_FILE, broken.line(), broken.column())));
    }

    /** Problems are in file, line, column order, and loading the same text twice gives the same problems. */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("fewerSeeds")
    void problemsAreSortedAndDeterministic(long seed) {
        RandomModels plan = smallModel(seed);
        SplittableRandom r = new SplittableRandom(seed);
        List<ModelSource> sources = new ArrayList<>(plan.sources());
        List<String> steps = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            int file = r.nextInt(sources.size());
            ModelSource source = sources.get(file);
            Mutated mutated = Mutations.apply(Kind.values()[r.nextInt(Kind.values().length)], source.text(), r);
            sources.set(file, new ModelSource(source.name(), mutated.text()));
            steps.add(source.name() + ": " + mutated.description());
        }
        LoadResult first = load(seed, steps, sources);
        LoadResult second = load(seed, steps, sources);

        assertThat(second.problems()).as("seed %d, %s", seed, steps).isEqualTo(first.problems());
        for (int i = 1; i < first.problems().size(); i++) {
            SourcePosition before = first.problems().get(i - 1).at();
            SourcePosition after = first.problems().get(i).at();
            assertThat(before.compareTo(after)).as("seed %d: %s before %s", seed, before, after).isLessThanOrEqualTo(0);
        }
        assertWellFormed(seed, steps, sources, first.problems());
    }

    /** Damage in one file of a folder model: every problem still points into a real place of a real file. */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("fewerSeeds")
    void damagedFileInAFolderModel(long seed) {
        List<ModelSource> original = smallModel(seed).sources();
        SplittableRandom r = new SplittableRandom(~seed);
        for (Kind kind : Kind.values()) {
            List<ModelSource> sources = new ArrayList<>(original);
            int file = r.nextInt(sources.size());
            ModelSource source = sources.get(file);
            Mutated mutated = Mutations.apply(kind, source.text(), r);
            sources.set(file, new ModelSource(source.name(), mutated.text()));
            List<String> steps = List.of(source.name() + ": " + mutated.description());
            assertWellFormed(seed, steps, sources, load(seed, steps, sources).problems());
        }
    }

    /**
     * A line {@code ---} in the middle of a file starts a second YAML document. Whatever follows it
     * must not vanish without a word: some problem must point at or after that line.
     */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("fewerSeeds")
    void secondDocumentIsNeverSilentlyIgnored(long seed) {
        String[] lines = smallModel(seed).yaml().split("\n", -1);
        SplittableRandom r = new SplittableRandom(seed);
        int at;
        do {
            at = 3 + r.nextInt(lines.length - 4); // after the header comment and x-generator line
        } while (!hasContentFrom(lines, at));
        List<String> changed = new ArrayList<>(List.of(lines));
        changed.add(at, "---");
        int markerLine = at + 1;
        String description = "insert '---' as line " + markerLine;

        List<Problem> problems = checkLoad(seed, List.of(description), String.join("\n", changed));
        assertThat(problems).as("seed %d: %s", seed, description).anyMatch(p -> p.at().line() >= markerLine);
    }

    /**
     * A syntax error stops the reading of its file, so the ids defined after it are unknown. The
     * loader must not then claim that they are undefined: one stray tab would otherwise bury the
     * real error under a "not defined ... did you mean" for every reference to them.
     */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("fewerSeeds")
    void syntaxErrorDoesNotMakeDefinedIdsUndefined(long seed) {
        RandomModels plan = smallModel(seed);
        String[] lines = plan.yaml().split("\n", -1);
        SplittableRandom r = new SplittableRandom(seed);
        int at;
        do {
            at = 3 + r.nextInt(lines.length / 2);
        } while (lines[at].isBlank() || lines[at].strip().startsWith("#"));
        lines[at] = "\t" + lines[at]; // YAML forbids tabs in indentation
        String description = "insert a tab at the start of line " + (at + 1);

        List<Problem> problems = checkLoad(seed, List.of(description), String.join("\n", lines));
        Set<String> defined = new HashSet<>();
        for (RefKind kind : RefKind.values()) {
            plan.ids(kind).forEach(id -> defined.add(kind.yamlName() + ":" + id));
        }
        assertThat(problems).as("seed %d: %s", seed, description)
                .anyMatch(p -> p.message().startsWith("YAML syntax error"))
                .noneMatch(p -> p.message().contains(" is not defined")
                        && defined.contains(p.message().substring(0, p.message().indexOf(" is not defined"))));
    }

    private static boolean hasContentFrom(String[] lines, int from) {
        for (int i = from; i < lines.length; i++) {
            String line = lines[i].strip();
            if (!line.isEmpty() && !line.startsWith("#")) {
                return true;
            }
        }
        return false;
    }

    // ------------------------------------------------------------------ checks

    private static List<Problem> checkLoad(long seed, List<String> steps, String text) {
        List<ModelSource> sources = List.of(new ModelSource(RandomModels.SINGLE_FILE, text));
        List<Problem> problems = load(seed, steps, sources).problems();
        assertWellFormed(seed, steps, sources, problems);
        return problems;
    }

    private static LoadResult load(long seed, List<String> steps, List<ModelSource> sources) {
        try {
            LoadResult result = LOADER.load(sources);
            assertThat(result).isNotNull();
            assertThat(result.model()).isNotNull();
            return result;
        } catch (Throwable t) {
            Path saved = save(seed, sources);
            fail("the loader threw on seed " + seed + " after " + steps + "; input saved in " + saved, t);
            throw new AssertionError(t);
        }
    }

    /** Every problem names one of the files, a line inside it (or just after its end), a column inside that line. */
    private static void assertWellFormed(long seed, List<String> steps, List<ModelSource> sources,
            List<Problem> problems) {
        Map<String, String[]> lines = new LinkedHashMap<>();
        sources.forEach(s -> lines.put(s.name(), s.text().split("\n", -1)));
        List<String> wrong = new ArrayList<>();
        for (Problem p : problems) {
            SourcePosition at = p.at();
            String[] fileLines = lines.get(at.file());
            if (p.message() == null || p.message().isBlank()) {
                wrong.add(p + ": blank message");
            }
            if (fileLines == null) {
                wrong.add(p + ": not one of the files " + lines.keySet());
                continue;
            }
            if (at.line() < 1 || at.column() < 1 || at.line() > fileLines.length + 1) {
                wrong.add(p + ": outside the file's " + fileLines.length + " lines");
                continue;
            }
            int lineLength = at.line() <= fileLines.length ? fileLines[at.line() - 1].length() : 0;
            if (at.column() > lineLength + 1) {
                wrong.add(p + ": column beyond the end of the line (" + lineLength + " characters)");
            }
        }
        if (!wrong.isEmpty()) {
            Path saved = save(seed, sources);
            fail("seed " + seed + " after " + steps + " (input saved in " + saved + "):\n"
                    + String.join("\n", wrong.stream().map(Mutations::escape).toList()));
        }
    }

    private static Path save(long seed, List<ModelSource> sources) {
        Path dir = Path.of("target", "mutation-failures", Long.toUnsignedString(seed));
        try {
            for (ModelSource source : sources) {
                Path file = dir.resolve(source.name());
                Files.createDirectories(file.getParent());
                Files.write(file, source.text().getBytes(StandardCharsets.UTF_8)); // lone surrogates become '?'
            }
        } catch (IOException | RuntimeException e) {
            return Path.of("(could not save: " + e + ")");
        }
        return dir.toAbsolutePath();
    }
}
