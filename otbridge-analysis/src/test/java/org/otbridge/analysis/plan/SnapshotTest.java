package org.otbridge.analysis.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.otbridge.analysis.Assessment;
import org.otbridge.analysis.Assessor;
import org.otbridge.analysis.Severity;
import org.otbridge.model.Model;
import org.otbridge.model.load.ModelLoader;

/**
 * What an action closes and opens, read from two snapshots: the same whether the later snapshot
 * was taken of a whole assessment, derived from the earlier one by changing a part, or derived by
 * walking the two assessments' problems; and what the two assessments' open problems say. Checked for every candidate change of the neglected example.
 */
class SnapshotTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 26);

    @Test
    void closedAndOpenedProblemsAreWhatTheAssessmentsSay() {
        Model model = new ModelLoader().load(Path.of("../examples/nordvik-energi")).model();
        Assessor assessor = new Assessor(DAY);
        Assessment before = assessor.assess(model);
        Snapshot whole = Snapshot.of(before);
        Map<String, Severity> openBefore = open(before);
        int closing = 0;
        int opening = 0;
        for (Change change : new Remedies(model, DAY).candidates(before.problems(), before.findings())) {
            Assessment after = assessor.assess(change.apply(model, DAY), Optional.empty(), Runnable::run, before);
            Map<String, Severity> openAfter = open(after);
            List<String> closed = openBefore.keySet().stream().filter(id -> !openAfter.containsKey(id)).sorted().toList();
            int opened = (int) openAfter.keySet().stream().filter(id -> !openBefore.containsKey(id)).count();
            Snapshot taken = Snapshot.of(after);
            Snapshot derived = whole.withPartChanged(Snapshot.of(before), taken);
            Snapshot walked = whole.after(before, after);
            assertThat(walked.differencesFrom(taken)).as(change.title()).isEmpty();
            assertThat(taken.differencesFrom(walked)).as(change.title()).isEmpty();
            assertThat(walked.figures()).as(change.title()).isEqualTo(taken.figures());
            assertThat(walked.differencesFrom(whole)).as(change.title()).isEqualTo(taken.differencesFrom(whole));
            assertThat(whole.closedIn(walked)).as(change.title()).isEqualTo(closed);
            assertThat(whole.openedIn(walked)).as(change.title()).isEqualTo(opened);

            assertThat(whole.closedIn(taken)).as(change.title()).isEqualTo(closed);
            assertThat(whole.closedIn(derived)).as(change.title()).isEqualTo(closed);
            assertThat(whole.openedIn(taken)).as(change.title()).isEqualTo(opened);
            assertThat(whole.openedIn(derived)).as(change.title()).isEqualTo(opened);
            closed.forEach(id -> assertThat(whole.severityOf(id)).isEqualTo(openBefore.get(id)));
            closing += closed.isEmpty() ? 0 : 1;
            opening += opened == 0 ? 0 : 1;
        }
        assertThat(closing).as("changes that close a problem").isGreaterThan(5);
        assertThat(opening).as("changes that open one").isPositive();
    }

    private static Map<String, Severity> open(Assessment assessment) {
        Map<String, Severity> open = new HashMap<>();
        assessment.problems().stream().filter(p -> !p.accepted()).forEach(p -> open.put(p.id(), p.severity()));
        return open;
    }
}
