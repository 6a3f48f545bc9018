package org.otbridge.report.html.view;

import java.util.List;
import org.otbridge.analysis.Finding;
import org.otbridge.model.Model;
import org.otbridge.report.view.Positions;
import org.otbridge.report.view.Words;

/** One finding as a table row: every field as text, the model file and line of its first subject. */
public record FindingRow(String id, String rule, String category, String severity, String title, String subjects,
        String services, String explanation, String recommendation, String references, boolean accepted, String at) {

    public static FindingRow of(Model model, Finding f) {
        return new FindingRow(f.id(), f.rule(), f.category().yamlName(), f.severity().yamlName(), Words.oneLine(f.title()),
                Words.someKeys(f.subjects(), 6), Words.someKeys(f.services(), 6), Words.oneLine(f.explanation()),
                Words.oneLine(f.recommendation()), String.join("; ", f.references()), f.accepted(),
                Positions.first(model, f.subjects()).map(p -> p.file() + ":" + p.line()).orElse(""));
    }

    public static List<FindingRow> of(Model model, List<Finding> findings) {
        return findings.stream().map(f -> of(model, f)).toList();
    }
}
