package org.otbridge.report.diff;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.otbridge.analysis.Assessment;
import org.otbridge.analysis.Finding;
import org.otbridge.analysis.Severity;
import org.otbridge.analysis.boundary.MeetingPoint;
import org.otbridge.analysis.exposure.AttackPath;
import org.otbridge.analysis.exposure.Shortcut;
import org.otbridge.analysis.resilience.FailureImpact;
import org.otbridge.model.Ref;
import org.otbridge.model.YamlEnum;
import org.otbridge.report.JsonReport;
import tools.jackson.databind.JsonNode;

/**
 * What a diff compares of one assessment, from the assessment itself or from its JSON document
 * ({@code otbridge.assessment/2}): findings and problems by id, meeting points and shortcuts by
 * element, per service the cheapest attack cost, how many elements stop it on their own and how
 * soon (in hours) an attack stops it faster than it tolerates, and with a capture the drift counts
 * ({@code drift.counts}, empty without one).
 */
public record Snapshot(String name, Map<String, FindingFacts> findings, Map<String, ProblemFacts> problems,
        Map<String, String> meetingPoints, Map<String, Double> shortcuts, Map<String, Double> exposure,
        Map<String, Integer> failureImpact, Map<String, Double> outageHours, Map<String, Integer> drift) {

    /** A problem as a diff shows it: findings on one subject, joined (docs/plan.md). */
    public record ProblemFacts(String id, String mistake, Severity severity, String title, List<String> subjects,
            boolean accepted) {

        public ProblemFacts {
            subjects = List.copyOf(subjects);
        }
    }

    /** A finding as a diff shows it. */
    public record FindingFacts(String id, String rule, Severity severity, String title, List<String> subjects,
            boolean accepted) {

        public FindingFacts {
            subjects = List.copyOf(subjects);
        }
    }

    public static Snapshot of(String name, Assessment assessment) {
        Map<String, FindingFacts> findings = new LinkedHashMap<>();
        for (Finding f : assessment.findings()) {
            findings.put(f.id(), new FindingFacts(f.id(), f.rule(), f.severity(), f.title(),
                    f.subjects().stream().map(Ref::key).toList(), f.accepted()));
        }
        Map<String, ProblemFacts> problems = new LinkedHashMap<>();
        for (org.otbridge.analysis.plan.Problem p : assessment.problems()) {
            problems.put(p.id(), new ProblemFacts(p.id(), p.mistake().yamlName(), p.severity(), p.title(),
                    p.subjects().stream().map(Ref::key).toList(), p.accepted()));
        }
        Map<String, Double> outages = new HashMap<>();
        for (org.otbridge.analysis.exposure.Outage o : assessment.outages()) {
            if (o.fasterThanTolerated() && o.timeToImpact() != null) {
                outages.merge(o.service().key(), o.timeToImpact().toMinutes() / 60.0, Math::min);
            }
        }
        Map<String, String> points = new LinkedHashMap<>();
        for (MeetingPoint p : assessment.meetingPoints()) {
            points.put(p.element().key(), p.isConnection() ? word(p.fromDomain()) + " to " + word(p.toDomain())
                    + (Boolean.FALSE.equals(p.viaDmz()) ? ", no DMZ" : "") + (p.protocol() == null ? "" : ", " + word(p.protocol()))
                    : "multi-homed in " + String.join(", ", p.domains().stream().map(YamlEnum::yamlName).toList()));
        }
        Map<String, Double> shortcuts = new LinkedHashMap<>();
        for (Shortcut s : assessment.shortcuts()) {
            shortcuts.put(s.element().key(), s.costWith());
        }
        Map<String, Double> exposure = new HashMap<>();
        for (AttackPath path : assessment.attackPaths()) {
            for (Ref service : path.services()) {
                exposure.merge(service.key(), path.cost(), Math::min);
            }
        }
        Map<String, Integer> impact = new HashMap<>();
        for (FailureImpact i : assessment.resilience().failureImpact()) {
            if (i.element().kind() == org.otbridge.model.RefKind.SERVICE) {
                continue;
            }
            i.lost().forEach(s -> impact.merge(s.key(), 1, Integer::sum));
            i.degraded().forEach(s -> impact.merge(s.key(), 1, Integer::sum));
        }
        Map<String, Integer> drift = new LinkedHashMap<>();
        assessment.drift().ifPresent(d -> drift.putAll(d.counts().byName()));
        return new Snapshot(name, findings, problems, points, shortcuts, exposure, impact, outages, drift);
    }

    /** Reads the JSON document of an assessment; empty when it is not one. */
    public static Optional<Snapshot> fromJson(String name, JsonNode doc) {
        if (doc == null || !doc.isObject() || !JsonReport.SCHEMA.equals(text(doc.get("schema")))) {
            return Optional.empty();
        }
        Map<String, FindingFacts> findings = new LinkedHashMap<>();
        for (JsonNode f : list(doc.get("findings"))) {
            List<String> subjects = new ArrayList<>();
            list(f.get("subjects")).forEach(s -> subjects.add(text(s)));
            Severity severity = YamlEnum.parse(Severity.class, text(f.get("severity"))).orElse(Severity.INFO);
            findings.put(text(f.get("id")), new FindingFacts(text(f.get("id")), text(f.get("rule")), severity,
                    text(f.get("title")), subjects, f.has("accepted") && f.get("accepted").asBoolean()));
        }
        // a result written before problems and outages existed simply has none to compare
        Map<String, ProblemFacts> problems = new LinkedHashMap<>();
        for (JsonNode p : list(doc.get("problems"))) {
            List<String> subjects = new ArrayList<>();
            list(p.get("subjects")).forEach(x -> subjects.add(text(x)));
            Severity severity = YamlEnum.parse(Severity.class, text(p.get("severity"))).orElse(Severity.INFO);
            problems.put(text(p.get("id")), new ProblemFacts(text(p.get("id")), text(p.get("mistake")), severity,
                    text(p.get("title")), subjects, p.has("accepted") && p.get("accepted").asBoolean()));
        }
        Map<String, Double> outages = new HashMap<>();
        for (JsonNode o : list(doc.get("outages"))) {
            if (o.path("faster_than_tolerated").asBoolean(false)) {
                org.otbridge.model.load.Scalars.duration(text(o.get("time_to_impact")))
                        .ifPresent(d -> outages.merge(text(o.get("service")), d.toMinutes() / 60.0, Math::min));
            }
        }
        Map<String, String> points = new LinkedHashMap<>();
        for (JsonNode p : list(doc.get("meeting_points"))) {
            if (p.hasNonNull("connection")) {
                points.put(text(p.get("connection")), text(p.get("from_domain")) + " to " + text(p.get("to_domain"))
                        + (p.has("via_dmz") && p.get("via_dmz").isBoolean() && !p.get("via_dmz").asBoolean() ? ", no DMZ" : "")
                        + (p.hasNonNull("protocol") ? ", " + text(p.get("protocol")) : ""));
            } else if (p.hasNonNull("asset")) {
                List<String> domains = new ArrayList<>();
                list(p.get("domains")).forEach(d -> domains.add(text(d)));
                points.put(text(p.get("asset")), "multi-homed in " + String.join(", ", domains));
            }
        }
        Map<String, Double> shortcuts = new LinkedHashMap<>();
        for (JsonNode s : list(doc.get("shortcuts"))) {
            String element = s.hasNonNull("connection") ? text(s.get("connection")) : text(s.get("element"));
            shortcuts.put(element, number(s.get("cost_with")));
        }
        Map<String, Double> exposure = new HashMap<>();
        for (JsonNode path : list(doc.get("attack_paths"))) {
            double cost = number(path.get("cost"));
            list(path.get("services")).forEach(s -> exposure.merge(text(s), cost, Math::min));
        }
        Map<String, Integer> impact = new HashMap<>();
        for (JsonNode i : list(doc.get("failure_impact"))) {
            if (text(i.get("element")).startsWith("service:")) {
                continue;
            }
            list(i.get("lost")).forEach(s -> impact.merge(text(s), 1, Integer::sum));
            list(i.get("degraded")).forEach(s -> impact.merge(text(s), 1, Integer::sum));
        }
        Map<String, Integer> drift = new LinkedHashMap<>();
        JsonNode counts = doc.path("drift").path("counts");
        if (counts.isObject()) {
            counts.properties().forEach(e -> drift.put(e.getKey(), e.getValue().asInt()));
        }
        return Optional.of(new Snapshot(name, findings, problems, points, shortcuts, exposure, impact, outages,
                drift));
    }

    private static List<JsonNode> list(JsonNode node) {
        List<JsonNode> items = new ArrayList<>();
        if (node != null && node.isArray()) {
            node.forEach(items::add);
        }
        return items;
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() ? "" : node.asString();
    }

    private static double number(JsonNode node) {
        return node == null || !node.isNumber() ? Double.POSITIVE_INFINITY : node.asDouble();
    }

    private static String word(YamlEnum value) {
        return value == null ? "?" : value.yamlName();
    }
}
