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

    /** Declaring what the traffic showed closes drift findings, and the drift counts say by how much. */
    @Test
    void declaringObservedTrafficFixesDriftAndChangesItsCounts() throws Exception {
        Assessment before = Fixtures.withDrift();
        Assessment after = Fixtures.withDrift("""
                assets:
                  - {id: spare, type: server, zone: ops, ips: [192.168.10.113]}
                """);
        Snapshot old = Snapshot.fromJson("old.json", JsonMapper.builder().build().readTree(new JsonReport().toJson(before)))
                .orElseThrow();
        assertThat(old).isEqualTo(Snapshot.of("old.json", before));
        DiffResult diff = DiffResult.between(old, Snapshot.of("new", after));
        assertThat(diff.fixedFindings()).anySatisfy(f -> {
            assertThat(f.rule()).isEqualTo("OTB-DRIFT-004");
            assertThat(f.subjects()).containsExactly("zone:ops");
        });
        assertThat(diff.driftChanged()).contains(new DiffResult.CountChange("hosts_undeclared",
                before.drift().orElseThrow().counts().hostsUndeclared(), after.drift().orElseThrow().counts().hostsUndeclared()));
        assertThat(diff.driftChanged()).filteredOn(c -> c.count().equals("hosts_declared")).singleElement()
                .satisfies(c -> assertThat(c.worse()).isFalse());
        for (var format : Formats.diff().formats()) {
            StringWriter out = new StringWriter();
            ((org.otbridge.report.format.TextFormat<DiffResult>) format).write(diff, out);
            assertThat(out.toString()).as(format.name()).contains("hosts").contains("OTB-DRIFT-004");
        }
        assertThat(DiffResult.between(Snapshot.of("a", Fixtures.bundled()), Snapshot.of("b", before)).driftChanged())
                .as("no counts to compare without a capture on both sides").isEmpty();
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
