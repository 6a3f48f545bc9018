package org.otbridge.report.html.view;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.otbridge.analysis.Assessment;
import org.otbridge.analysis.Severity;
import org.otbridge.analysis.boundary.MeetingPoint;
import org.otbridge.model.Ref;
import org.otbridge.model.YamlEnum;
import org.otbridge.report.TextSummary;
import org.otbridge.report.view.Words;

/** Where IT, DMZ, OT and outside meet: one row per connection or multi-homed asset. */
public record MeetingPointsView(Shown<Row> rows, int bypassing) {

    /** {@code bypass} marks a connection from IT or outside straight into OT. {@code worst} is "" without findings. */
    public record Row(String element, String from, String to, String viaDmz, boolean bypass, String initiator,
            String protocol, String auth, String encrypted, String alwaysOn, String services, String worst) {
    }

    static final int SHOWN = 1000;

    public static MeetingPointsView of(Assessment assessment, Map<Ref, Severity> worst) {
        List<Row> rows = assessment.meetingPoints().stream().map(p -> row(p, worst)).toList();
        int bypassing = (int) assessment.meetingPoints().stream().filter(org.otbridge.analysis.plan.Scorecard::bypassesDmz).count();
        return new MeetingPointsView(Shown.first(rows, SHOWN), bypassing);
    }

    private static Row row(MeetingPoint p, Map<Ref, Severity> worst) {
        Severity severity = worst.get(p.element());
        String w = severity == null ? "" : severity.yamlName();
        if (!p.isConnection()) {
            return new Row(p.element().key(), p.domains().stream().map(YamlEnum::yamlName).collect(Collectors.joining(", ")),
                    "multi-homed", "", false, "", "", "", "", "", Words.someKeys(p.services(), 5), w);
        }
        return new Row(p.element().key(), word(p.fromDomain()), word(p.toDomain()),
                p.viaDmz() == null ? "" : p.viaDmz() ? "yes" : "no", org.otbridge.analysis.plan.Scorecard.bypassesDmz(p), word(p.initiator()),
                word(p.protocol()), word(p.auth()), bool(p.encrypted()), bool(p.alwaysOn()),
                Words.someKeys(p.services(), 5), w);
    }

    private static String word(YamlEnum value) {
        return value == null ? "not stated" : value.yamlName();
    }

    private static String bool(Boolean value) {
        return value == null ? "not stated" : value ? "yes" : "no";
    }
}
