package org.otbridge.analysis.sites;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.otbridge.analysis.Assessment;
import org.otbridge.analysis.Assessor;
import org.otbridge.analysis.Finding;
import org.otbridge.model.Model;
import org.otbridge.model.Ref;
import org.otbridge.model.load.LoadResult;
import org.otbridge.model.load.ModelLoader;

/** The sites the tests judge the whole assessment on, as their readers would. */
final class Sites {

    /** The day the examples' dates were written for. */
    static final LocalDate DAY = LocalDate.of(2026, 11, 26);

    static final Path WELL_RUN = Path.of("..", "examples", "fjellheim-fjernvarme");
    static final Path NEGLECTED = Path.of("src", "test", "resources", "org", "otbridge", "analysis", "sites",
            "neglected-waterworks.yaml");

    private Sites() {
    }

    static Model load(Path path) {
        LoadResult result = new ModelLoader().load(path);
        assertThat(result.problems()).as(path + " problems").isEmpty();
        return result.model();
    }

    static Assessment assess(Path path) {
        return new Assessor(DAY).assess(load(path));
    }

    static Optional<Finding> finding(Assessment assessment, String rule, String firstSubject) {
        return assessment.findings().stream()
                .filter(f -> f.rule().equals(rule) && f.subjects().get(0).key().equals(firstSubject)).findFirst();
    }

    static List<String> keys(List<Ref> refs) {
        return refs.stream().map(Ref::key).toList();
    }
}
