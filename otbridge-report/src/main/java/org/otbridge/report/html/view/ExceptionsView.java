package org.otbridge.report.html.view;

import java.util.List;
import org.otbridge.analysis.Assessment;
import org.otbridge.model.AcceptedRisk;
import org.otbridge.report.view.Words;

/**
 * Accepted exceptions: what was accepted, why, by whom, until when, and how many findings each
 * covers. One that covers none has expired on the day of the assessment, or its finding is gone.
 */
public record ExceptionsView(List<Row> rows, long accepted) {

    public record Row(String rule, String subject, String reason, String approvedBy, String expires, long covers) {
    }

    public ExceptionsView {
        rows = List.copyOf(rows);
    }

    public static ExceptionsView of(Assessment assessment) {
        List<Row> rows = assessment.model().exceptions().stream().map(e -> row(assessment, e)).toList();
        return new ExceptionsView(rows, assessment.acceptedCount());
    }

    private static Row row(Assessment assessment, AcceptedRisk e) {
        long covers = assessment.findings().stream()
                .filter(f -> f.accepted() && f.rule().equals(e.rule()) && f.subjects().contains(e.subject())).count();
        return new Row(e.rule(), e.subject().key(), Words.oneLine(e.reason()),
                e.approvedBy() == null ? "" : e.approvedBy().key(), e.expires() == null ? "never" : e.expires().toString(),
                covers);
    }
}
