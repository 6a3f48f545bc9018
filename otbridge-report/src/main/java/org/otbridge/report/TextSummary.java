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
import org.otbridge.analysis.Mistake;
import org.otbridge.analysis.plan.Action;
import org.otbridge.analysis.plan.MistakeScore;
import org.otbridge.analysis.plan.Problem;
import org.otbridge.analysis.plan.Problems;
import org.otbridge.analysis.plan.Scorecard;
import org.otbridge.analysis.Severity;
import org.otbridge.analysis.boundary.MeetingPoint;
import org.otbridge.analysis.whatif.ScenarioResult;
import org.otbridge.model.Domain;
import org.otbridge.model.Model;
import org.otbridge.model.Ref;

/**
 * The plain-text summary of an assessment for a terminal, written for the reader who decides:
 * first where the site stands on the three mistakes, then the first actions and what each buys,
 * then the problems grouped by mistake with their subjects in full. At most 40 lines whatever the
 * size of the result; {@link #renderVerbose} prints every problem with its findings' explanations
 * and recommendations. No colours or other escape codes, so it reads the same piped into a file.
 */
public final class TextSummary {

    /** Actions listed on the first screen. */
    static final int TOP_ACTIONS = 5;
    /** Attacks that could stop a critical service, listed by name; the rest are counted. */
    static final int TOP_OUTAGES = 2;
    /** The most lines a summary has, whatever the size of the result. */
    static final int MAX_LINES = 40;

    private static final int LINE_WIDTH = 100;

    /** The summary, lines ending in {@code \n}. */
    public String render(Assessment assessment) {
        List<String> lines = new ArrayList<>();
        lines.add(modelLine(assessment.model()));
        lines.add(countsLine(assessment));
        lines.add("");
        lines.addAll(scorecardLines(assessment));
        // with a capture, one line of drift; its two lines in full are in the verbose output
        driftLine(assessment).ifPresent(lines::add);
        List<String> actions = actionLines(assessment, TOP_ACTIONS, false);
        if (!actions.isEmpty()) {
            lines.add("");
            lines.addAll(actions);
        }
        // Two lines of footer and a blank one before it.
        int room = MAX_LINES - lines.size() - 4;
        List<String> problems = problemLines(assessment, room);
        if (!problems.isEmpty()) {
            lines.add("");
            lines.addAll(problems);
        }
        lines.add("");
        lines.add("--verbose prints every problem with its explanation and recommendation; --format json or html");
        lines.add("gives everything: findings, meeting points, attack paths, shortcuts, failure impact, RACI.");
        return String.join("\n", lines) + "\n";
    }

    /** Everything a reader needs without the JSON: the summary's parts in full, every problem explained. */
    public String renderVerbose(Assessment assessment) {
        List<String> lines = new ArrayList<>();
        lines.add(modelLine(assessment.model()));
        lines.add(countsLine(assessment));
        lines.add("");
        lines.addAll(scorecardLines(assessment));
        List<String> actions = actionLines(assessment, assessment.actions().size(), true);
        if (!actions.isEmpty()) {
            lines.add("");
            lines.addAll(actions);
        }
        lines.add("");
        lines.addAll(meetingPointLines(assessment.meetingPoints()));
        lines.addAll(outageLines(assessment, Integer.MAX_VALUE));
        lines.addAll(driftLines(assessment));
        lines.addAll(scenarioLines(assessment.scenarios(), Integer.MAX_VALUE));
        Map<String, Finding> byId = new java.util.HashMap<>();
        assessment.findings().forEach(f -> byId.put(f.id(), f));
        for (Mistake mistake : Mistake.values()) {
            List<Problem> mine = assessment.problems().stream().filter(p -> p.mistake() == mistake).toList();
            if (mine.isEmpty()) {
                continue;
            }
            lines.add("");
            lines.add(mistake.title() + " (" + plural(mine.size(), "problem") + "):");
            for (Problem p : mine) {
                lines.add("");
                lines.add("  " + label(p) + "  " + p.subject().key() + ": " + Printable.escape(p.title()));
                if (p.subjects().size() > 1) {
                    lines.addAll(wrap("also " + keys(p.subjects().subList(1, p.subjects().size())), "            "));
                }
                if (!p.services().isEmpty()) {
                    lines.addAll(wrap("services " + keys(p.services()), "            "));
                }
                for (String id : p.findings()) {
                    Finding f = byId.get(id);
                    if (f == null) {
                        continue;
                    }
                    lines.add("    " + f.rule() + " (" + f.severity().yamlName() + (f.accepted() ? ", accepted" : "")
                            + "): " + Printable.escape(f.title()));
                    lines.addAll(wrap("Why: " + Printable.escape(f.explanation()), "      "));
                    lines.addAll(wrap("Do: " + Printable.escape(f.recommendation()), "      "));
                }
            }
        }
        return String.join("\n", lines) + "\n";
    }

    /** The action plan in full: every action, what it buys, and the problems it closes. */
    public String renderPlan(Assessment assessment) {
        List<String> lines = new ArrayList<>();
        lines.add(modelLine(assessment.model()));
        lines.add(countsLine(assessment));
        lines.add("");
        if (assessment.actions().isEmpty()) {
            lines.add(assessment.problems().stream().anyMatch(p -> !p.accepted())
                    ? "No action found that removes risk: the open problems need a decision the model cannot show"
                            + " (see --verbose for their recommendations)."
                    : "Nothing to do: no open problems.");
        } else {
            lines.addAll(actionLines(assessment, assessment.actions().size(), true));
            lines.add("");
            lines.addAll(wrap("Each action is measured by applying it to a copy of the model, after the actions above"
                    + " it, and assessing again; effort is hours, days, weeks or a project; value is the risk it"
                    + " removes (high: closes a critical problem or an attack that could stop a service).", ""));
        }
        return String.join("\n", lines) + "\n";
    }

    /** The three mistakes, each with its state and problem counts; integration with its numbers. */
    static List<String> scorecardLines(Assessment assessment) {
        List<String> lines = new ArrayList<>();
        lines.add("Where the site stands on the three mistakes:");
        for (MistakeScore score : assessment.scorecard()) {
            String counts = score.problems() == 0 ? "no open problems"
                    : plural(score.problems(), "problem") + severities(assessment, score.mistake());
            String line = String.format(Locale.ROOT, "  %-8s  %s: %s", score.state().words().toUpperCase(Locale.ROOT),
                    score.mistake().title(), counts);
            String accepted = "; " + score.accepted() + " accepted";
            // the accepted count is also on the second line; here only where it fits
            lines.add(score.accepted() > 0 && line.length() + accepted.length() <= LINE_WIDTH ? line + accepted : line);
            MistakeScore.IntegrationNumbers n = score.numbers();
            if (n != null) {
                lines.add("            IT and OT meet at " + plural(n.meetingPoints(), "point") + ", " + n.bypassingDmz()
                        + " bypassing the DMZ; " + plural(n.shortcuts(), "shortcut") + " past the design");
                lines.add("            critical services depend on " + plural(n.criticalDependencies(), "element") + "; "
                        + (n.fragileServices() == 1 ? "1 stops on one failure or outlasts its fallback"
                                : n.fragileServices() + " stop on one failure or outlast their fallback"));
                lines.add("            " + plural(n.attacksStoppingServices(), "cheap attack")
                        + " could stop a critical service faster than it tolerates");
            }
        }
        return lines;
    }

    private static String severities(Assessment assessment, Mistake mistake) {
        Map<Severity, Integer> counts = new java.util.EnumMap<>(Severity.class);
        assessment.problems().stream().filter(p -> p.mistake() == mistake && !p.accepted())
                .forEach(p -> counts.merge(p.severity(), 1, Integer::sum));
        List<String> parts = new ArrayList<>();
        for (Severity s : List.of(Severity.CRITICAL, Severity.HIGH)) {
            if (counts.containsKey(s)) {
                parts.add(counts.get(s) + " " + s.yamlName());
            }
        }
        return parts.isEmpty() ? "" : " (" + String.join(", ", parts) + ")";
    }

    /** The first {@code count} actions, each with what it buys; {@code closes} lists the problems each closes. */
    static List<String> actionLines(Assessment assessment, int count, boolean closes) {
        List<Action> actions = assessment.actions();
        if (actions.isEmpty()) {
            return List.of();
        }
        List<Action> shown = actions.subList(0, Math.min(count, actions.size()));
        Action last = shown.get(shown.size() - 1);
        List<String> lines = new ArrayList<>();
        lines.add("Do first (" + (shown.size() < actions.size() ? shown.size() + " of " + actions.size() + " actions; "
                : "") + "risk " + shown.get(0).before().risk() + " -> " + last.after().risk() + " when "
                + (shown.size() == 1 ? "it is" : "all " + shown.size() + " are") + " done):");
        Map<String, Problem> problems = new java.util.HashMap<>();
        assessment.problems().forEach(p -> problems.put(p.id(), p));
        for (Action a : shown) {
            // the title gives way, never the effort and value after it
            String head = "  " + a.rank() + ". ";
            String tail = " [" + a.effort().yamlName() + (a.effortFromModel() ? " (yours)" : "") + ", value "
                    + a.value().yamlName() + "]";
            lines.add(head + cut(oneLine(Printable.escape(a.title())), LINE_WIDTH - head.length() - tail.length()) + tail);
            lines.addAll(wrap(a.buys(), "     "));
            if (closes) {
                a.closes().stream().map(problems::get).filter(java.util.Objects::nonNull).sorted(Problems.ORDER)
                        .forEach(p -> lines.add("       closes " + p.severity().yamlName() + ": " + p.subject().key()
                                + ": " + Printable.escape(p.title())));
            }
        }
        return lines;
    }

    /**
     * Open problems grouped by mistake, worst first, each with its subjects in full, in at most
     * {@code room} lines: each mistake gets its share, and a count of what did not fit.
     */
    static List<String> problemLines(Assessment assessment, int room) {
        List<List<Problem>> groups = new ArrayList<>();
        for (Mistake mistake : Mistake.values()) {
            List<Problem> open = assessment.problems().stream().filter(p -> p.mistake() == mistake && !p.accepted())
                    .toList();
            if (!open.isEmpty()) {
                groups.add(open);
            }
        }
        if (groups.isEmpty() || room < 2) {
            return List.of();
        }
        List<String> lines = new ArrayList<>();
        lines.add("Problems, worst first:");
        int left = room - 1;
        for (int g = 0; g < groups.size(); g++) {
            List<Problem> open = groups.get(g);
            int share = left / (groups.size() - g);
            if (share < 2) {
                break;
            }
            List<String> group = new ArrayList<>();
            group.add("  " + open.get(0).mistake().title() + ":");
            int shown = 0;
            for (Problem p : open) {
                List<String> entry = problemEntry(p);
                boolean last = shown == open.size() - 1;
                // keep a line for "... and N more" unless this is the last problem
                if (group.size() + entry.size() + (last ? 0 : 1) > share) {
                    if (shown > 0) {
                        break;
                    }
                    // every mistake names its worst problem, if need be without the other subjects
                    entry = entry.subList(0, 1);
                }
                group.addAll(entry);
                shown++;
            }
            if (shown < open.size()) {
                group.add("    ... and " + (open.size() - shown) + " more");
            }
            lines.addAll(group);
            left -= group.size();
        }
        return lines;
    }

    private static List<String> problemEntry(Problem p) {
        String head = "    " + label(p) + "  " + p.subject().key() + ": " + oneLine(Printable.escape(p.title()));
        List<String> entry = new ArrayList<>();
        entry.add(cut(head, LINE_WIDTH));
        if (p.subjects().size() > 1) {
            entry.add(shorten("              with " + keys(p.subjects().subList(1, p.subjects().size())), LINE_WIDTH));
        }
        return entry;
    }

    private static String label(Problem p) {
        return String.format(Locale.ROOT, "%-8s", p.severity().yamlName().toUpperCase(Locale.ROOT));
    }

    private static String keys(List<Ref> refs) {
        return refs.stream().map(Ref::key).collect(Collectors.joining(", "));
    }

    /** {@code text} in lines of at most the line width, each starting with {@code indent}. */
    static List<String> wrap(String text, String indent) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder(indent);
        for (String word : (text == null ? "" : text).strip().split("\\s+")) {
            if (line.length() > indent.length() && line.length() + 1 + word.length() > LINE_WIDTH) {
                lines.add(line.toString());
                line = new StringBuilder(indent);
            }
            if (line.length() > indent.length()) {
                line.append(' ');
            }
            line.append(word);
        }
        if (line.length() > indent.length()) {
            lines.add(line.toString());
        }
        return lines;
    }

    /**
     * The attacks that could stop a critical service faster than it tolerates, cheapest first:
     * "from zone:corp an attacker can stop service:heat-dist within 12h, cost 1.0".
     */
    static List<String> outageLines(Assessment assessment, int shownAtMost) {
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
        Set<Ref> critical = Scorecard.criticalServices(assessment.model());
        long cheap = worst.stream().filter(o -> Scorecard.isCheapStop(o, critical)).count();
        // the scorecard counts the cheap ones; say which those are
        lines.add("Attacks that could stop a critical service faster than it tolerates: " + worst.size() + " ("
                + cheap + " cheap)");
        for (org.otbridge.analysis.exposure.Outage o : worst.subList(0, Math.min(shownAtMost, worst.size()))) {
            lines.add("  from " + o.entry().key() + " an attacker can stop " + o.service().key()
                    + (o.timeToImpact().isZero() ? " at once" : " within " + Durations.words(o.timeToImpact()))
                    + (o.tolerable() == null ? "" : " (tolerates " + Durations.words(o.tolerable()) + ")")
                    + ", cost " + cost(o.cost()) + (Scorecard.isCheapStop(o, critical) ? ", cheap" : ""));
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
     * The observed traffic against the model in one line, for the first screen (none without a
     * capture): how much the model does not declare, and the worst kinds of it that occur.
     */
    static java.util.Optional<String> driftLine(Assessment assessment) {
        return assessment.drift().map(drift -> {
            org.otbridge.analysis.drift.DriftCounts c = drift.counts();
            List<String> worst = new ArrayList<>();
            if (c.flowsCrossing() > 0) {
                worst.add(c.flowsCrossing() + " across OT");
            }
            if (c.unexpectedCommandFlows() > 0) {
                worst.add(c.unexpectedCommandFlows() + " unexpected " + (c.unexpectedCommandFlows() == 1 ? "command"
                        : "commands"));
            }
            if (c.remoteToolFlows() > 0) {
                worst.add(plural(c.remoteToolFlows(), "remote tool"));
            }
            return shorten("Drift: " + c.hostsUndeclared() + " of " + plural(c.hosts(), "host") + ", "
                    + (c.flowsUndeclared() + c.flowsReversed()) + " of " + plural(c.flows(), "flow") + " undeclared"
                    + (worst.isEmpty() ? "" : "; " + String.join(", ", worst)), LINE_WIDTH);
        });
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

    private static String countsLine(Assessment assessment) {
        Map<Severity, Integer> counts = new java.util.EnumMap<>(Severity.class);
        int open = 0;
        int accepted = 0;
        for (Problem p : assessment.problems()) {
            if (p.accepted()) {
                accepted++;
            } else {
                open++;
                counts.merge(p.severity(), 1, Integer::sum);
            }
        }
        String perSeverity = counts.entrySet().stream()
                .map(e -> e.getValue() + " " + e.getKey().yamlName())
                .collect(Collectors.joining(", "));
        int findings = assessment.countsBySeverity().values().stream().mapToInt(Integer::intValue).sum();
        return "Problems: " + open + (perSeverity.isEmpty() ? "" : " (" + perSeverity + ")") + " from "
                + plural(findings, "open finding") + (accepted > 0 ? "; " + accepted + " accepted" : "");
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
        long bypassing = points.stream().filter(Scorecard::bypassesDmz).count();
        return List.of(line.toString(), "  " + bypassing + (bypassing == 1 ? " connects" : " connect")
                + " IT or outside directly to OT, without passing a DMZ");
    }

    private static String oneLine(String text) {
        return text == null ? "" : text.replaceAll("\\s+", " ").strip();
    }

    private static String cut(String line, int width) {
        return line.length() <= width ? line : line.substring(0, width - 3) + "...";
    }

    /** One line of at most {@code width} characters; leading indentation is kept, other runs of space collapse. */
    private static String shorten(String text, int width) {
        String raw = text == null ? "" : text;
        int indent = 0;
        while (indent < raw.length() && raw.charAt(indent) == ' ') {
            indent++;
        }
        String oneLine = raw.substring(0, indent) + raw.substring(indent).replaceAll("\\s+", " ").strip();
        return oneLine.length() <= width ? oneLine : oneLine.substring(0, width - 3) + "...";
    }

    private static String cost(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    private static String plural(long count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}
