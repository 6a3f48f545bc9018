package org.otbridge.model.load;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.otbridge.model.Problem;

/**
 * Coverage-guided fuzzing of the loader with Jazzer: whatever bytes arrive, loading never throws,
 * every problem points at a real line and column of a real file and has a message, problems come
 * sorted, and loading the same input again gives the same problems.
 *
 * <p>In a normal test run this is a regression test over the seed inputs in
 * {@code src/test/resources/org/otbridge/model/load/ModelLoaderFuzzTestInputs/loadNeverThrows/}
 * (and every crash Jazzer ever saved there). To fuzz, run {@code otbridge-model/fuzz [SECONDS]},
 * which sets {@code JAZZER_FUZZ=1}; a crash is saved into that folder as {@code crash-<sha1>} and
 * the run fails.
 *
 * <p>An input may hold several files: a line {@code #%file} starts the next one
 * ({@code fuzz.yaml}, {@code fuzz-2.yaml}, ...), so merging across files is fuzzed too.
 */
class ModelLoaderFuzzTest {

    static final String FILE_SEPARATOR = "#%file";

    private static final ModelLoader LOADER = new ModelLoader();

    // Dictionary entries use libFuzzer escapes (\x0A is a newline), as Jazzer writes them out verbatim.
    @FuzzTest(maxDuration = "30s")
    @DictionaryEntries({"organization:", "units:", "people:", "services:", "zones:", "assets:", "connections:",
        "suppliers:", "controls:", "responsibilities:", "scenarios:", "exceptions:", "\\x0A  - id: ", "\\x0A    ", "- {id: ",
        "type: plc", "zone: ", "zones: [", "domain: ot", "level: 3.5", "requires: ", "{any: [", "{all: [",
        "{at_least: 2, of: [", "asset:", "zone:", "supplier:", "person:", "unit:", "control:", "connection:", "service:",
        "program:ot-security", "internet", "removable-media", "kind: ", "mandate: [", "accountable: ", "subject: ",
        "from: ", "to: ", "via: [", "ports: [", "ips: [", "macs: [", "fd00::1", "00:1b:1b:aa:bb:cc", "4h", "2026-03-01",
        "60%", "x-", "---", "&a ", "*a", "!!str ", "? ", "|\\x0A", "\\x0A#%file\\x0A", "\\x0D\\x0A", "\\x09"})
    void loadNeverThrows(byte[] input) {
        List<ModelSource> sources = split(new String(input, StandardCharsets.UTF_8));
        LoadResult result = LOADER.load(sources);

        assertThat(result.model()).isNotNull();
        Map<String, List<String>> lines = new HashMap<>();
        sources.forEach(s -> lines.put(s.name(), yamlLines(s.text())));
        Problem previous = null;
        for (Problem problem : result.problems()) {
            assertThat(problem.message()).as("message of %s", problem).isNotBlank();
            List<String> fileLines = lines.get(problem.at().file());
            assertThat(fileLines).as("file of %s", problem).isNotNull();
            assertThat(problem.at().line()).as("line of %s", problem).isBetween(1, fileLines.size() + 1);
            int lineLength = problem.at().line() <= fileLines.size() ? fileLines.get(problem.at().line() - 1).length() : 0;
            assertThat(problem.at().column()).as("column of %s", problem).isBetween(1, lineLength + 1);
            if (previous != null) {
                assertThat(previous.at().compareTo(problem.at())).as("order of %s, %s", previous, problem)
                        .isLessThanOrEqualTo(0);
            }
            previous = problem;
        }
        assertThat(LOADER.load(sources).problems()).as("problems of a second load").isEqualTo(result.problems());
    }

    /** Splits at {@value #FILE_SEPARATOR} lines into fuzz.yaml, fuzz-2.yaml, ... */
    static List<ModelSource> split(String text) {
        List<ModelSource> sources = new ArrayList<>();
        int start = 0;
        while (true) {
            int separator = text.indexOf("\n" + FILE_SEPARATOR + "\n", start);
            String name = sources.isEmpty() ? "fuzz.yaml" : "fuzz-" + (sources.size() + 1) + ".yaml";
            if (separator < 0) {
                sources.add(new ModelSource(name, text.substring(start)));
                return sources;
            }
            sources.add(new ModelSource(name, text.substring(start, separator + 1)));
            start = separator + FILE_SEPARATOR.length() + 2;
        }
    }

    /**
     * The lines as the YAML parser counts them: a line ends at LF, CR LF or a lone CR, except that
     * SnakeYAML Engine counts a lone CR that is the very last character as a column, not a line
     * break (its reader cannot look past the end), so an error at the end of such an input is
     * placed just after that CR. Saved as the seed {@code lone-cr-at-end-of-input}.
     */
    static List<String> yamlLines(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && i + 1 < text.length())) {
                lines.add(text.substring(start, i));
                if (c == '\r' && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        lines.add(text.substring(start));
        return lines;
    }
}
