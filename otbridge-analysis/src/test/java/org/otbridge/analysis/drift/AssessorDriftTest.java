package org.otbridge.analysis.drift;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.otbridge.analysis.Assessment;
import org.otbridge.analysis.Assessor;
import org.otbridge.analysis.Category;
import org.otbridge.analysis.Finding;
import org.otbridge.model.Model;
import org.otbridge.observe.inventory.Inventory;

/** Drift is part of an assessment exactly when traffic was given, and its findings are findings like any. */
class AssessorDriftTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 26);

    @Test
    void withoutTrafficThereIsNoDriftSectionAndNoDriftFinding() {
        Assessment assessment = new Assessor(DAY).assess(DriftTesting.model(DriftTesting.PLANT));
        assertThat(assessment.drift()).isEmpty();
        assertThat(assessment.findings()).noneMatch(f -> f.category() == Category.DRIFT);
    }

    @Test
    void withTrafficTheDriftFindingsJoinTheOthersAndExceptionsApply() {
        Model model = DriftTesting.model(DriftTesting.PLANT, """
                organization:
                  name: Test
                  people:
                    - {id: anna, name: Anna}
                exceptions:
                  - {rule: OTB-DRIFT-003, subject: asset:gateway, reason: Vendor test, approved_by: person:anna,
                     expires: 2027-01-01}
                """);
        Inventory inventory = DriftTesting.read(DriftTesting.MIXED_502);
        Assessment assessment = new Assessor(DAY).assess(model, Optional.of(inventory));
        assertThat(assessment.drift()).isPresent();
        assertThat(assessment.findings()).filteredOn(f -> f.category() == Category.DRIFT)
                .extracting(Finding::rule).contains("OTB-DRIFT-001", "OTB-DRIFT-003", "OTB-DRIFT-004");
        assertThat(assessment.findings()).filteredOn(f -> f.rule().equals("OTB-DRIFT-003"))
                .singleElement().satisfies(f -> assertThat(f.accepted()).isTrue());

        ExecutorService one = Executors.newSingleThreadExecutor();
        try {
            assertThat(new Assessor(DAY).assess(model, Optional.of(inventory), one).findings())
                    .as("the same on one thread").isEqualTo(assessment.findings());
        } finally {
            one.shutdownNow();
        }
    }
}
