package org.otbridge.report.html.view;

import java.util.List;
import org.otbridge.analysis.Assessment;
import org.otbridge.analysis.Category;
import org.otbridge.report.view.Words;

/** IT controls that do not fit OT, each with the OT-fit alternative the rule recommends. */
public record ControlFitnessView(Shown<Row> rows) {

    public record Row(String severity, String rule, String subjects, String problem, String alternative,
            boolean accepted) {
    }

    static final int SHOWN = 500;

    public static ControlFitnessView of(Assessment assessment) {
        List<Row> rows = assessment.findings().stream().filter(f -> f.category() == Category.CONTROL_FITNESS)
                .map(f -> new Row(f.severity().yamlName(), f.rule(), Words.someKeys(f.subjects(), 4),
                        Words.oneLine(f.title()) + ". " + Words.firstSentence(f.explanation()),
                        Words.oneLine(f.recommendation()), f.accepted()))
                .toList();
        return new ControlFitnessView(Shown.first(rows, SHOWN));
    }
}
