package org.otbridge.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.otbridge.report.format.FormatRegistry;
import org.otbridge.report.format.Formats;
import org.otbridge.report.format.ReportFormat;
import org.otbridge.report.format.TextFormat;

/** The format seam: lookup by name and file name, one list per kind of result. */
class FormatsTest {

    private static TextFormat<String> format(String name, String... endings) {
        return TextFormat.of(name, List.of(endings), name, (result, out) -> out.write(result));
    }

    @Test
    void theLongestEndingChoosesAndCaseDoesNotMatter() {
        FormatRegistry<String> formats = new FormatRegistry<>(List.of(format("json", ".json"),
                format("sarif", ".sarif", ".sarif.json")));
        assertThat(formats.forFile("report.sarif.json")).map(ReportFormat::name).contains("sarif");
        assertThat(formats.forFile("REPORT.JSON")).map(ReportFormat::name).contains("json");
        assertThat(formats.forFile("report.txt")).isEmpty();
        assertThat(formats.named(" JSON ")).map(ReportFormat::name).contains("json");
        assertThat(formats.names()).containsExactly("json", "sarif");
    }

    @Test
    void aNameOrEndingTwiceIsRefused() {
        assertThatThrownBy(() -> new FormatRegistry<>(List.of(format("json", ".json"), format("json", ".js"))))
                .hasMessageContaining("format json registered twice");
        assertThatThrownBy(() -> new FormatRegistry<>(List.of(format("json", ".json"), format("geo", ".json"))))
                .hasMessageContaining("file ending .json registered twice");
    }

    @Test
    void whatIfHasEveryFormatAnAssessmentHas() {
        assertThat(Formats.whatIf().names()).containsExactlyElementsOf(Formats.assessment().names());
        for (ReportFormat<?> format : Formats.assessment().formats()) {
            assertThat(Formats.PLANNED).doesNotContainKey(format.name());
            assertThat(format.summary()).isNotBlank();
        }
    }
}
