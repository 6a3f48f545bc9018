package org.otbridge.report.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.otbridge.analysis.Assessment;
import org.otbridge.report.Fixtures;

/** The findings CSV: one record per finding that a strict RFC 4180 reader reads back field for field. */
class CsvFindingsTest {

    /** A reader for RFC 4180 records, written here so the test does not trust the writer's own rules. */
    static List<List<String>> parse(String csv) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < csv.length(); i++) {
            char c = csv.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                record.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
                record.add(field.toString());
                field.setLength(0);
                records.add(record);
                record = new ArrayList<>();
                i++;
            } else {
                field.append(c);
            }
        }
        return records;
    }

    @Test
    void everyFindingIsOneRecord() throws IOException {
        Assessment example = Fixtures.bundled();
        StringWriter out = new StringWriter();
        new CsvFindings().write(example.model(), example.findings(), out);
        List<List<String>> records = parse(out.toString());
        assertThat(records).hasSize(example.findings().size() + 1);
        assertThat(records.get(0)).isEqualTo(CsvFindings.COLUMNS);
        int located = 0;
        for (int i = 0; i < example.findings().size(); i++) {
            List<String> record = records.get(i + 1);
            assertThat(record).hasSize(CsvFindings.COLUMNS.size());
            assertThat(record.get(0)).isEqualTo(example.findings().get(i).id());
            assertThat(record.get(3)).isEqualTo(example.findings().get(i).severity().yamlName());
            assertThat(record.get(12)).as("a line number, or none for a subject without one").matches("(\\d+)?");
            located += record.get(12).isEmpty() ? 0 : 1;
        }
        assertThat(located).isGreaterThan(example.findings().size() * 9 / 10);
    }

    @Test
    void fieldsWithSeparatorsQuotesAndFormulasAreSafe() throws IOException {
        StringWriter out = new StringWriter();
        new Csv(out).record(List.of("a,b", "say \"hi\"", "=HYPERLINK(\"x\")", "two\nlines", "-1", "plain"));
        assertThat(parse(out.toString())).containsExactly(
                List.of("a,b", "say \"hi\"", "'=HYPERLINK(\"x\")", "two\nlines", "'-1", "plain"));
    }
}
