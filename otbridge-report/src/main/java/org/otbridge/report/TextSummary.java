package org.otbridge.report;

import org.otbridge.model.text.Printable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.otbridge.analysis.Assessment;
import org.otbridge.analysis.Durations;
import org.otbridge.analysis.Finding;
import org.otbridge.analysis.Severity;
import org.otbridge.analysis.boundary.MeetingPoint;
import org.otbridge.analysis.exposure.Shortcut;
import org.otbridge.analysis.whatif.ScenarioResult;
import org.otbridge.model.Domain;
import org.otbridge.model.Model;
import org.otbridge.model.Ref;

/**
 * A short plain-text summary of an assessment for a terminal: the model and its counts, findings
 * per severity, the worst findings, where IT and OT meet, the worst shortcuts, the model's
 * scenarios as far as they fit, and where to find the rest. At most 40 lines whatever the size of
 * the result; no colours or other escape codes, so it reads the same piped into a file or a mail.
 */
public final class TextSummary {

    /** Findings listed by name; the rest are counted. */
    static final int TOP_FINDINGS = 9;
    /** Attacks that could stop a critical service, listed by name; the rest are counted. */
    static final int TOP_OUTAGES = 2;

    /** Shortcuts listed by name; the rest are counted. */
    static final int TOP_SHORTCUTS = 4;
    /** The most lines a summary has, whatever the size of the result. */
    static final int MAX_LINES = 40;

    private static final int TITLE_WIDTH = 72;
    private static final int LINE_WIDTH = 100;
    private static final int SUBJECTS_SHOWN = 3;
    private static final Set<Domain> OT_SIDE = Set.of(Domain.OT, Domain.SAFETY);
    private static final Set<Domain> OUTER_SIDE = Set.of(Domain.IT, Domain.EXTERNAL);

    /** The summary, lines ending in {@code \n}. */
    public String render(Assessment assessment) {
        List<String> lines = new ArrayList<>();
        Model model = assessment.model();
        lines.add(modelLine(model));
        lines.add(findingCountsLine(assessment));

        List<Finding> open = assessment.findings().stream().filter(f -> !f.accepted()).toList();
        if (!open.isEmpty()) {
            lines.add("");
            // One line per rule, worst first, so ten findings of one kind do not hide the others.
            java.util.Map<String, List<Finding>> byRule = new java.util.LinkedHashMap<>();
            open.forEach(f -> byRule.computeIfAbsent(f.rule(), r -> new java.util.ArrayList<>()).add(f));
            lines.add("Top findings:");
            // The two lines of drift take the room of one rule, so the summary stays within MAX_LINES.
            int top = assessment.drift().isPresent() ? TOP_FINDINGS - 1 : TOP_FINDINGS;
            int shown = 0;
            for (List<Finding> ofRule : byRule.values()) {
                if (shown == top) {
                    break;
                }
                Finding f = ofRule.get(0);
                String count = ofRule.size() > 1 ? " (x" + ofRule.size() + ")" : "";
                lines.add(String.format(Locale.ROOT, "  %-8s  %-13s %s%s", f.severity().yamlName().toUpperCase(Locale.ROOT),
                        f.rule(), shorten(Printable.escape(f.title()), TITLE_WIDTH - count.length()), count));
                lines.add("            " + subjects(f.subjects()) + (ofRule.size() > 1 ? ", ..." : ""));
                shown++;
            }
            if (byRule.size() > top) {
                lines.add("  ... and " + (byRule.size() - top) + " more rules");
            }
        }

        lines.add("");
        lines.addAll(meetingPointLines(assessment.meetingPoints()));

        // In the exposure analysis's ranking: new ways in first, then the largest drop.
        List<Shortcut> shortcuts = assessment.shortcuts();
        if (!shortcuts.isEmpty()) {
            lines.add("Top shortcuts (bypasses that make attacks cheaper than the design allows):");
            for (Shortcut s : shortcuts.subList(0, Math.min(TOP_SHORTCUTS, shortcuts.size()))) {
                lines.add("  " + s.element().key() + ": from " + s.entry().key() + " to " + s.target().key()
                        + " at cost " + cost(s.costWith()) + (s.opensNewWay() ? ", no way without it"
                        : " (" + cost(s.baselineCost()) + " over designed conduits)"));
            }
            if (shortcuts.size() > TOP_SHORTCUTS) {
                lines.add("  ... and " + (shortcuts.size() - TOP_SHORTCUTS) + " more");
            }
        }
        lines.addAll(outageLines(assessment));
        if (!assessment.attackPaths().isEmpty()) {
            lines.add("Attack paths: " + assessment.attackPaths().size());
        }
        lines.addAll(driftLines(assessment));
        // Three lines follow: a blank one and two of footer.
        lines.addAll(scenarioLines(assessment.scenarios(), MAX_LINES - lines.size() - 3));

        lines.add("");
        lines.add("Use --format json for everything: every finding with its explanation and recommendation,");
        lines.add("every meeting point, attack path and shortcut.");
        return String.join("\n", lines) + "\n";
    }

    /**
     * The attacks that could stop a critical service faster than it tolerates, cheapest first:
     * "from zone:corp an attacker can stop service:heat-dist within 12h, cost 1.0".
     */
    static List<String> outageLines(Assessment assessment) {
        List<org.otbridge.analysis.exposure.Outage> worst = assessment.outages().stream()
                .filter(org.otbridge.analysis.exposure.Outage::fasterThanTolerated)
                .filter(o -> assessment.model().service(o.service().id())
                        .map(org.otbridge.analysis.facts.SiteFacts::isCritical).orElse(false))
                .sorted(java.util.Comparator.comparingDouble(org.otbridge.analysis.exposure.Outage::cost)
                        .thenComparing(o -> o.service().id()).thenComparing(o -> o.entry().key()))
                .toList();
        if (worst.isEmpty()) {
            return List.of();
        }
        List<String> lines = new ArrayList<>();
        lines.add("Attacks that could stop a critical service faster than it tolerates: " + worst.size());
        for (org.otbridge.analysis.exposure.Outage o : worst.subList(0, Math.min(TOP_OUTAGES, worst.size()))) {
            lines.add("  from " + o.entry().key() + " an attacker can stop " + o.service().key()
                    + (o.timeToImpact().isZero() ? " at once" : " within " + Durations.words(o.timeToImpact()))
                    + (o.tolerable() == null ? "" : " (tolerates " + Durations.words(o.tolerable()) + ")")
                    + ", cost " + cost(o.cost()));
        }
        return lines;
    }

    /**
     * The observed traffic against the model in two lines (none without a capture): what was read,
     * what the model does not declare, and the worst kinds of drift.
     */
    static List<String> driftLines(Assessment assessment) {
        if (assessment.drift().isEmpty()) {
            return List.of();
        }
        org.otbridge.analysis.drift.DriftResult drift = assessment.drift().get();
        org.otbridge.analysis.drift.DriftCounts c = drift.counts();
        String first = "Observed traffic (" + plural(drift.observed().inputs().size(), "input") + ", "
                + plural(drift.observed().packets(), "packet") + "): " + c.hostsUndeclared() + " of "
                + plural(c.hosts(), "host") + ", " + (c.flowsUndeclared() + c.flowsReversed()) + " of "
                + plural(c.flows(), "flow") + " not in the model";
        String second = c.flowsCrossing() + " across the OT boundary, " + c.unexpectedCommandFlows()
                + " with unexpected commands, " + c.remoteToolFlows() + " remote " + (c.remoteToolFlows() == 1 ? "tool"
                : "tools") + " on OT, " + c.connectionsNeverSeen() + (c.connectionsNeverSeen() == 1 ? " connection"
                : " connections") + " unseen";
        return List.of(shorten(first, LINE_WIDTH), "  " + shorten(second, LINE_WIDTH - 2));
    }

    /**
     * The model's scenarios in at most {@code room} lines: one per scenario under a heading when
     * they all fit, as many as fit and a count of the rest when at least three lines are free, else
     * one line of counts.
     */
    static List<String> scenarioLines(List<ScenarioResult> scenarios, int room) {
        if (scenarios.isEmpty() || room < 1) {
            return List.of();
        }
        List<String> lines = new ArrayList<>();
        if (scenarios.size() + 1 <= room || room >= 3) {
            lines.add("Scenarios (what if):");
            int shown = scenarios.size() + 1 <= room ? scenarios.size() : room - 2;
            for (ScenarioResult s : scenarios.subList(0, shown)) {
                lines.add("  " + shorten(WhatIfText.scenarioLine(s), LINE_WIDTH - 2));
            }
            if (shown < scenarios.size()) {
                lines.add("  ... and " + (scenarios.size() - shown) + " more");
            }
            return lines;
        }
        long lost = scenarios.stream().filter(s -> !s.lost().isEmpty()).count();
        long degraded = scenarios.stream().filter(s -> !s.degraded().isEmpty()).count();
        long atRisk = scenarios.stream().filter(s -> !s.servicesAtRisk().isEmpty()).count();
        return List.of("Scenarios: " + scenarios.size() + " (a service lost in " + lost + ", degraded in " + degraded
                + ", at risk from an attacker in " + atRisk + ")");
    }

    private static String modelLine(Model model) {
        Map<String, Integer> counts = model.counts();
        String name = model.name() == null || model.name().isBlank() ? "Model" : Printable.escape(model.name());
        return name + ": " + plural(counts.get("assets"), "asset") + ", " + plural(counts.get("zones"), "zone") + ", "
                + plural(counts.get("connections"), "connection") + ", " + plural(counts.get("services"), "service")
                + ", " + plural(counts.get("suppliers"), "supplier");
    }

    private static String findingCountsLine(Assessment assessment) {
        Map<Severity, Integer> counts = assessment.countsBySeverity();
        int total = counts.values().stream().mapToInt(Integer::intValue).sum();
        String perSeverity = counts.entrySet().stream()
                .map(e -> e.getValue() + " " + e.getKey().yamlName())
                .collect(Collectors.joining(", "));
        long accepted = assessment.acceptedCount();
        return "Findings: " + total + " (" + perSeverity + ")" + (accepted > 0 ? "; " + accepted + " accepted" : "");
    }

    private static List<String> meetingPointLines(List<MeetingPoint> points) {
        long connections = points.stream().filter(MeetingPoint::isConnection).count();
        long assets = points.size() - connections;
        StringBuilder line = new StringBuilder("Meeting points of IT, DMZ, OT and outside: ").append(points.size());
        if (points.isEmpty()) {
            return List.of(line.toString());
        }
        line.append(" (").append(plural(connections, "connection"));
        if (assets > 0) {
            line.append(", ").append(plural(assets, "multi-homed asset"));
        }
        line.append(")");
        long bypassing = points.stream().filter(TextSummary::bypassesDmz).count();
        return List.of(line.toString(), "  " + bypassing + (bypassing == 1 ? " connects" : " connect")
                + " IT or outside directly to OT, without passing a DMZ");
    }

    /** A connection between IT or outside and OT or safety that passes no DMZ. */
    public static boolean bypassesDmz(MeetingPoint point) {
        if (!point.isConnection() || !Boolean.FALSE.equals(point.viaDmz())) {
            return false;
        }
        return OT_SIDE.contains(point.fromDomain()) && OUTER_SIDE.contains(point.toDomain())
                || OUTER_SIDE.contains(point.fromDomain()) && OT_SIDE.contains(point.toDomain());
    }

    private static String subjects(List<Ref> subjects) {
        String shown = subjects.stream().limit(SUBJECTS_SHOWN).map(Ref::key).collect(Collectors.joining(", "));
        return subjects.size() > SUBJECTS_SHOWN ? shown + " +" + (subjects.size() - SUBJECTS_SHOWN) + " more" : shown;
    }

    private static String shorten(String text, int width) {
        String oneLine = text == null ? "" : text.replaceAll("\\s+", " ").strip();
        return oneLine.length() <= width ? oneLine : oneLine.substring(0, width - 3) + "...";
    }

    private static String cost(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    private static String plural(long count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}
