package org.otbridge.report.html.view;

import java.util.Arrays;
import java.util.List;
import org.otbridge.analysis.Assessment;
import org.otbridge.analysis.Category;
import org.otbridge.analysis.Severity;
import org.otbridge.model.YamlEnum;

/** Every finding (up to a limit in a very large result), with the choices the filters offer. */
public record FindingsView(Shown<FindingRow> rows, List<String> severities, List<String> categories) {

    static final int SHOWN = 2500;

    public FindingsView {
        severities = List.copyOf(severities);
        categories = List.copyOf(categories);
    }

    public static FindingsView of(Assessment assessment) {
        var findings = assessment.findings();
        List<FindingRow> rows = FindingRow.of(assessment.model(), findings.subList(0, Math.min(SHOWN, findings.size())));
        return new FindingsView(new Shown<>(rows, findings.size()),
                Arrays.stream(Severity.values()).map(YamlEnum::yamlName).toList(),
                Arrays.stream(Category.values()).map(YamlEnum::yamlName).toList());
    }
}
