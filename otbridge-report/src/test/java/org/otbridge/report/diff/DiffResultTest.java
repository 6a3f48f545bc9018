package org.otbridge.report.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.otbridge.analysis.Assessment;
import org.otbridge.analysis.Severity;
import org.otbridge.report.Fixtures;
import org.otbridge.report.JsonReport;
import org.otbridge.report.format.Formats;
import tools.jackson.databind.json.JsonMapper;

/** Snapshots of an assessment and of its JSON agree, and a diff of a result with itself is empty. */
class DiffResultTest {

    @Test
    void theJsonOfAnAssessmentSnapshotsLikeTheAssessment() {
        Assessment example = Fixtures.bundled();
        Snapshot direct = Snapshot.of("a", example);
        Snapshot read = Snapshot.fromJson("a", JsonMapper.builder().build().readTree(new JsonReport().toJson(example)))
                .orElseThrow();
        assertThat(read).isEqualTo(direct);
        DiffResult same = DiffResult.between(direct, read);
        assertThat(same.isEmpty()).isTrue();
        assertThat(same.reaches(Severity.INFO)).isFalse();
    }

    @Test
    void removingFindingsIsFixedAndAddingThemIsNew() {
        Snapshot all = Snapshot.of("all", Fixtures.sample());
        Snapshot none = Snapshot.of("none", Fixtures.empty());
        DiffResult fixing = DiffResult.between(all, none);
        assertThat(fixing.fixedFindings()).hasSize(all.findings().size());
        assertThat(fixing.reaches(Severity.INFO)).isFalse();
        DiffResult opening = DiffResult.between(none, all);
        assertThat(opening.newFindings()).hasSize(all.findings().size());
        assertThat(opening.reaches(Severity.CRITICAL)).isTrue();
        assertThat(opening.meetingPointsAdded()).hasSize(3);
        assertThat(opening.shortcutsAdded()).extracting(DiffResult.Element::key)
                .containsExactly("connection:eng-bridge", "connection:vendor-ra");
    }

    @Test
    void everyDiffFormatWritesTheSameChanges() throws Exception {
        DiffResult opening = DiffResult.between(Snapshot.of("none", Fixtures.empty()), Snapshot.of("all", Fixtures.sample()));
        assertThat(Formats.diff().names()).containsExactly("text", "json", "md", "html");
        for (var format : Formats.diff().formats()) {
            StringWriter out = new StringWriter();
            ((org.otbridge.report.format.TextFormat<DiffResult>) format).write(opening, out);
            assertThat(out.toString()).as(format.name()).contains("connection:vendor-ra");
        }
    }
}
