package org.otbridge.report.markdown;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.otbridge.analysis.Assessment;
import org.otbridge.analysis.Severity;
import org.otbridge.analysis.boundary.MeetingPoint;
import org.otbridge.analysis.drift.DriftCounts;
import org.otbridge.analysis.drift.DriftResult;
import org.otbridge.analysis.drift.Endpoint;
import org.otbridge.analysis.drift.FlowStatus;
import org.otbridge.analysis.drift.ObservedFlow;
import org.otbridge.analysis.exposure.Shortcut;
import org.otbridge.model.Model;
import org.otbridge.model.YamlEnum;
import org.otbridge.report.TextSummary;
import org.otbridge.report.view.BoardNumbers;
import org.otbridge.report.view.RuleGroups;
import org.otbridge.report.view.Words;

/**
 * An assessment as Markdown for a wiki page or a merge request: the three-mistake scorecard, the
 * first actions with what each buys, the summary in numbers, the top findings (one row per rule),
 * where IT and OT meet, the shortcuts and, with a capture, the observed traffic the model does not
 * declare. Long lists are cut with a
 * count of the rest; the JSON, HTML and XLSX views hold everything.
 */
public final class MarkdownReport {

    static final int TOP_RULES = 10;
    static final int TOP_ACTIONS = 5;
    static final int MEETING_POINTS_SHOWN = 50;
    static final int SHORTCUTS_SHOWN = 20;
    static final int DRIFT_FLOWS_SHOWN = 20;

    public void write(Assessment assessment, Writer out) throws IOException {
        Model model = assessment.model();
        BoardNumbers numbers = BoardNumbers.of(assessment);
        StringBuilder md = new StringBuilder();
        md.append("# OT Bridge assessment: ").append(Md.text(name(model))).append("\n\n");
        Map<String, Integer> counts = model.counts();
        md.append(Words.plural(counts.get("assets"), "asset")).append(", ").append(Words.plural(counts.get("zones"), "zone"))
                .append(", ").append(Words.plural(counts.get("connections"), "connection")).append(", ")
                .append(Words.plural(counts.get("services"), "service")).append(".\n\n");

        md.append("## The three mistakes\n\n");
        md.append(Md.header("Mistake", "State", "Open problems", "Accepted")).append('\n');
        for (org.otbridge.analysis.plan.MistakeScore s : assessment.scorecard()) {
            md.append(Md.row(List.of(Md.text(s.mistake().title()), "**" + s.state().words() + "**",
                    Words.count(s.problems()), Words.count(s.accepted())))).append('\n');
        }
        md.append('\n');
        if (!assessment.actions().isEmpty()) {
            md.append("## What to do first\n\n");
            md.append(Md.header("#", "Action", "Effort", "Value", "What it buys")).append('\n');
            for (org.otbridge.analysis.plan.Action a : assessment.actions().subList(0,
                    Math.min(TOP_ACTIONS, assessment.actions().size()))) {
                md.append(Md.row(List.of(String.valueOf(a.rank()), Md.text(a.title()), a.effort().yamlName(),
                        a.value().yamlName(), Md.text(a.buys())))).append('\n');
            }
            if (assessment.actions().size() > TOP_ACTIONS) {
                md.append("\n... and ").append(Words.plural(assessment.actions().size() - TOP_ACTIONS, "more action"))
                        .append(" in the plan.\n");
            }
            md.append('\n');
        }

        md.append("## Summary\n\n");
        md.append(Md.header("Severity", "Open findings")).append('\n');
        for (Map.Entry<Severity, Integer> e : assessment.countsBySeverity().entrySet()) {
            md.append(Md.row(List.of(e.getKey().yamlName(), Words.count(e.getValue())))).append('\n');
        }
        md.append(Md.row(List.of("accepted", Words.count(assessment.acceptedCount())))).append("\n\n");
        md.append("- **Where IT and OT meet:** ").append(Words.plural(numbers.meetingPoints(), "meeting point"))
                .append("; ").append(Words.count(numbers.bypassingDmz())).append(" connect IT or outside directly to OT, without passing a DMZ.\n");
        md.append("- **Dependencies:** ").append(Words.plural(numbers.criticalServices().size(), "critical service"))
                .append(" depend on ").append(Words.plural(numbers.criticalDependencies(), "element"))
                .append(" whose failure alone stops or degrades them.\n");
        md.append("- **Shortcuts:** ").append(Words.plural(numbers.shortcuts(), "connection"))
                .append(" make attack paths to critical assets short (").append(Words.count(numbers.shortcutsCuttingOff()))
                .append(" of them are the only way in); ").append(Words.plural(numbers.attackPaths(), "attack path"))
                .append(", the cheapest at cost ").append(Words.cost(numbers.cheapestAttackCost())).append(".\n");
        md.append("- **Single points of failure:** ").append(Words.count(numbers.servicesWithSinglePoint())).append(" of ")
                .append(Words.plural(numbers.services(), "service")).append(" stop with a single element (")
                .append(Words.plural(numbers.singlePointsOfFailure(), "single point")).append(" of failure).\n\n");

        RuleGroups groups = RuleGroups.open(assessment.findings());
        md.append("## Top findings\n\n");
        if (groups.groups().isEmpty()) {
            md.append("No open findings.\n\n");
        } else {
            md.append(Md.header("Severity", "Rule", "Finding", "Count", "Example")).append('\n');
            for (RuleGroups.Group g : groups.top(TOP_RULES)) {
                md.append(Md.row(List.of(g.severity().yamlName(), Md.code(g.rule()), Md.text(g.title()),
                        Words.count(g.count()), Md.text(g.detail())))).append('\n');
            }
            if (groups.groups().size() > TOP_RULES) {
                md.append("\n... and ").append(Words.plural(groups.groups().size() - TOP_RULES, "more rule"))
                        .append(" with open findings.\n");
            }
            md.append('\n');
        }

        md.append("## Where IT and OT meet\n\n");
        List<MeetingPoint> points = assessment.meetingPoints();
        if (points.isEmpty()) {
            md.append("No meeting points.\n\n");
        } else {
            md.append(Md.header("Element", "From", "To", "Via DMZ", "Protocol", "Initiator", "Services")).append('\n');
            for (MeetingPoint p : points.subList(0, Math.min(MEETING_POINTS_SHOWN, points.size()))) {
                md.append(Md.row(List.of(Md.code(p.element().key()),
                        p.isConnection() ? word(p.fromDomain()) : p.domains().stream().map(YamlEnum::yamlName)
                                .collect(Collectors.joining(", ")),
                        p.isConnection() ? word(p.toDomain()) : "(multi-homed)",
                        p.viaDmz() == null ? "" : org.otbridge.analysis.plan.Scorecard.bypassesDmz(p) ? "**no**" : p.viaDmz() ? "yes" : "no",
                        word(p.protocol()), word(p.initiator()), Md.text(Words.someKeys(p.services(), 3))))).append('\n');
            }
            more(md, points.size(), MEETING_POINTS_SHOWN, "meeting point");
        }

        md.append("## Shortcuts\n\n");
        List<Shortcut> shortcuts = assessment.shortcuts();
        if (shortcuts.isEmpty()) {
            md.append("No bypass makes an attack cheaper than the designed conduits allow.\n\n");
        } else {
            md.append(Md.header("Bypass", "Goes around", "From", "To", "Cost with it", "Over designed conduits"))
                    .append('\n');
            for (Shortcut s : shortcuts.subList(0, Math.min(SHORTCUTS_SHOWN, shortcuts.size()))) {
                md.append(Md.row(List.of(Md.code(s.element().key()), s.bypasses(), Md.code(s.entry().key()),
                        Md.code(s.target().key()), Words.cost(s.costWith()),
                        s.opensNewWay() ? "no way" : Words.cost(s.baselineCost())))).append('\n');
            }
            more(md, shortcuts.size(), SHORTCUTS_SHOWN, "shortcut");
        }
        assessment.drift().ifPresent(drift -> drift(md, drift));
        md.append("_Everything, with explanations and recommendations: `--format html`, `--format json` or `--format xlsx`._\n");
        out.write(md.toString());
        out.flush();
    }

    /** With a capture: what the traffic shows that the model does not declare. */
    private static void drift(StringBuilder md, DriftResult d) {
        DriftCounts c = d.counts();
        md.append("## Observed traffic\n\n");
        md.append("Read ").append(Words.plural(d.observed().inputs().size(), "input")).append(", ")
                .append(Words.plural(d.observed().packets(), "packet")).append(".\n\n");
        md.append("- **Not in the model:** ").append(Words.count(c.hostsUndeclared())).append(" of ")
                .append(Words.plural(c.hosts(), "host")).append(", ").append(Words.count(c.flowsUndeclared() + c.flowsReversed()))
                .append(" of ").append(Words.plural(c.flows(), "flow")).append(" (")
                .append(Words.count(c.flowsCrossing())).append(" across the OT boundary).\n");
        md.append("- **Unexpected commands:** ").append(Words.plural(c.unexpectedCommandFlows(), "flow"))
                .append(" with writes, program transfers or commands from hosts that are not engineering workstations, "
                        + "SCADA servers, HMIs or controllers.\n");
        md.append("- **Remote tools on OT hosts:** ").append(Words.plural(c.remoteToolFlows(), "flow")).append(".\n");
        md.append("- **Declared connections:** ").append(Words.count(c.connectionsSeen())).append(" seen, ")
                .append(Words.count(c.connectionsNeverSeen())).append(" never seen although both ends were, ")
                .append(Words.count(c.connectionsNotCovered())).append(" not covered by the traffic.\n\n");
        List<ObservedFlow> flows = d.flows().stream().filter(f -> f.remoteTool() || f.unexpectedCommands()
                || f.status() != FlowStatus.DECLARED && f.status() != FlowStatus.ZONE).toList();
        if (!flows.isEmpty()) {
            md.append(Md.header("Client", "Server", "Protocol", "Status", "Operations")).append('\n');
            for (ObservedFlow f : flows.subList(0, Math.min(DRIFT_FLOWS_SHOWN, flows.size()))) {
                md.append(Md.row(List.of(Md.code(end(f.client())), Md.code(end(f.server())),
                        f.protocol().yamlName() + " " + f.service(), f.status().yamlName()
                                + (f.crosses() ? ", crosses OT" : "") + (f.remoteTool() ? ", remote tool" : "")
                                + (f.unexpectedCommands() ? ", unexpected commands" : ""),
                        f.operations().write() + " write, " + f.operations().program() + " program, "
                                + f.operations().command() + " command"))).append('\n');
            }
            more(md, flows.size(), DRIFT_FLOWS_SHOWN, "flow");
        }
    }

    private static String end(Endpoint e) {
        return e.kind() == Endpoint.Kind.ASSET ? e.asset().key() : e.address();
    }

    static String name(Model model) {
        return model.name() == null || model.name().isBlank() ? "Model" : model.name();
    }

    static String word(YamlEnum value) {
        return value == null ? "" : value.yamlName();
    }

    static void more(StringBuilder md, int total, int shown, String noun) {
        if (total > shown) {
            md.append("\n... and ").append(Words.plural(total - shown, noun.startsWith("more") ? noun : "more " + noun))
                    .append(".\n");
        }
        md.append('\n');
    }
}
