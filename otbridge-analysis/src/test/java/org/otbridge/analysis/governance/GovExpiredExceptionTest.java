package org.otbridge.analysis.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.otbridge.analysis.governance.GovTesting.runWellKept;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.otbridge.analysis.Finding;
import org.otbridge.model.Ref;

class GovExpiredExceptionTest {

    private final ExpiredException rule = new ExpiredException();

    @Test
    void firesOncePerExpiredOrOpenEndedException() {
        List<Finding> findings = runWellKept(rule, """
                exceptions:
                  - {rule: OTB-FIT-001, subject: asset:hmi-1, approved_by: person:opsmgr, expires: 2025-12-31}
                  - {rule: OTB-FIT-002, subject: asset:hmi-1, approved_by: person:opsmgr, expires: 2026-11-25}
                  - {rule: OTB-ARCH-003, subject: connection:hist-repl, approved_by: person:englead}
                """);
        assertThat(findings).hasSize(3);
        assertThat(findings).extracting(Finding::id).doesNotHaveDuplicates();
        assertThat(findings).filteredOn(f -> f.explanation().contains("OTB-FIT-001")).singleElement().satisfies(f -> {
            assertThat(f.subjects()).extracting(Ref::key).containsExactly("asset:hmi-1");
            assertThat(f.explanation()).contains("expired on 2025-12-31", "330 days", "person:opsmgr");
        });
        assertThat(findings).filteredOn(f -> f.explanation().contains("OTB-FIT-002")).singleElement()
                .satisfies(f -> assertThat(f.explanation()).contains("1 day before 2026-11-26"));
        assertThat(findings).filteredOn(f -> f.explanation().contains("OTB-ARCH-003")).singleElement()
                .satisfies(f -> assertThat(f.explanation()).contains("no end date"));
    }

    @Test
    void silentWhileTheExceptionIsValidIncludingItsLastDay() {
        assertThat(runWellKept(rule)).isEmpty();
        assertThat(runWellKept(rule, """
                exceptions:
                  - {rule: OTB-FIT-001, subject: asset:hmi-1, approved_by: person:opsmgr, expires: 2026-11-26}
                """)).isEmpty();
    }
}
