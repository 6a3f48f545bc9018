package org.otbridge.report.csv;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.otbridge.analysis.Finding;
import org.otbridge.model.Model;
import org.otbridge.model.SourcePosition;
import org.otbridge.report.view.Positions;
import org.otbridge.report.view.Words;

/**
 * Findings as one CSV file, one row per finding in the contract's order, with the model file and
 * line of the first subject. List fields (subjects, services, references) are joined with "; ".
 * Only findings: the other sections have a sheet each in the XLSX view.
 */
public final class CsvFindings {

    public static final List<String> COLUMNS = List.of("id", "rule", "category", "severity", "title", "subjects",
            "services", "explanation", "recommendation", "references", "accepted", "file", "line");

    public void write(Model model, List<Finding> findings, Writer out) throws IOException {
        Csv csv = new Csv(out);
        csv.record(COLUMNS);
        for (Finding f : findings) {
            SourcePosition at = Positions.first(model, f.subjects()).orElse(null);
            List<String> row = new ArrayList<>(COLUMNS.size());
            row.add(f.id());
            row.add(f.rule());
            row.add(f.category().yamlName());
            row.add(f.severity().yamlName());
            row.add(Words.oneLine(f.title()));
            row.add(join(f.subjects().stream().map(r -> r.key()).toList()));
            row.add(join(f.services().stream().map(r -> r.key()).toList()));
            row.add(Words.oneLine(f.explanation()));
            row.add(Words.oneLine(f.recommendation()));
            row.add(join(f.references()));
            row.add(String.valueOf(f.accepted()));
            row.add(at == null ? "" : at.file());
            row.add(at == null ? "" : String.valueOf(at.line()));
            csv.record(row);
        }
        out.flush();
    }

    private static String join(List<String> values) {
        return String.join("; ", values);
    }
}
