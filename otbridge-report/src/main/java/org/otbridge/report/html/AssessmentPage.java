package org.otbridge.report.html;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.otbridge.analysis.Assessment;
import org.otbridge.analysis.Finding;
import org.otbridge.analysis.Severity;
import org.otbridge.model.Ref;
import org.otbridge.report.html.view.AttackPathsView;
import org.otbridge.report.html.view.ControlFitnessView;
import org.otbridge.report.html.view.DiagramView;
import org.otbridge.report.html.view.DriftView;
import org.otbridge.report.html.view.ExceptionsView;
import org.otbridge.report.html.view.FindingsView;
import org.otbridge.report.html.view.MeetingPointsView;
import org.otbridge.report.html.view.OverviewView;
import org.otbridge.report.html.view.RaciView;
import org.otbridge.report.html.view.ResilienceView;
import org.otbridge.report.html.view.BoardView;
import org.otbridge.report.html.view.Slot;
import org.otbridge.report.view.ReportVersion;
import org.otbridge.report.view.Words;

/**
 * The sections of the assessment report, in page order. Each section is one template under
 * src/main/jte/sections and one line here; page one (for the board) opens with the decisions:
 * scorecard, first actions, attacks that could stop a critical service.
 */
public final class AssessmentPage {

    private final Templates templates;

    public AssessmentPage(Templates templates) {
        this.templates = templates;
    }

    public Page of(Assessment a) {
        Map<Ref, Severity> worst = worstBySubject(a.findings());
        DiagramView diagram = DiagramView.of(a);
        List<Section> sections = List.of(
                Section.board("overview", "Overview", "What to do first and what it buys, then the four questions in numbers.",
                        templates.content("sections/overview.jte", OverviewView.of(a, slots(a)))),
                Section.of("meeting-points", "Where IT and OT meet",
                        "Every connection between IT, DMZ, OT and outside, and every host that sits in more than one of them.",
                        templates.content("sections/meeting-points.jte", MeetingPointsView.of(a, worst))),
                Section.of("diagram", "Zones and conduits", diagram.caption(),
                        templates.content("sections/diagram.jte", diagram)),
                Section.of("attack-paths", "Attack paths and shortcuts",
                        "Ways in from the internet, IT, suppliers and removable media to the assets critical services need.",
                        templates.content("sections/attack-paths.jte", AttackPathsView.of(a, diagram.paths().size()))),
                Section.of("resilience", "If something fails",
                        "What stops when one element fails, the single points of failure, and the sets of two or three "
                                + "elements that stop a service together.",
                        templates.content("sections/resilience.jte", ResilienceView.of(a))),
                Section.of("control-fitness", "Controls that do not fit OT",
                        "IT controls applied without operational context, and what fits a plant instead.",
                        templates.content("sections/control-fitness.jte", ControlFitnessView.of(a))),
                Section.of("drift", "Observed against declared",
                        "What the network really does, from captures and logs, against what the model declares.",
                        templates.content("sections/drift.jte", DriftView.of(a, worst))),
                Section.of("raci", "Who answers for what",
                        "Responsible, accountable, consulted and informed per subject; a subject needs exactly one accountable party.",
                        templates.content("sections/raci.jte", RaciView.of(a.raci()))),
                Section.of("findings", "All findings", "Filter by severity, category or text.",
                        templates.content("sections/findings.jte", FindingsView.of(a))),
                Section.of("exceptions", "Accepted exceptions", "Findings the organisation has accepted, and on whose authority.",
                        templates.content("sections/exceptions.jte", ExceptionsView.of(a))));
        String name = a.model().name() == null || a.model().name().isBlank() ? "Model" : a.model().name();
        Map<String, Integer> counts = a.model().counts();
        String subtitle = Words.plural(counts.get("assets"), "asset") + ", " + Words.plural(counts.get("zones"), "zone")
                + ", " + Words.plural(counts.get("connections"), "connection") + ", "
                + Words.plural(counts.get("services"), "service") + ", " + Words.plural(counts.get("suppliers"), "supplier");
        return HtmlPages.page("OT Bridge assessment: " + name, subtitle, sections,
                "OT Bridge " + ReportVersion.get() + ". Model files: " + String.join(", ", a.model().files().stream()
                        .limit(12).toList()) + (a.model().files().size() > 12 ? " and " + (a.model().files().size() - 12)
                        + " more" : "") + ".");
    }

    /** Page one's decisions, before the numbers: the first actions, the scorecard, the attacks that stop services. */
    private List<Slot> slots(Assessment a) {
        BoardView board = BoardView.of(a);
        return List.of(
                new Slot("top-actions", "What to do first",
                        "The changes that remove the most risk for the effort, each measured on the model, with what it buys.",
                        templates.content("sections/top-actions.jte", board)),
                new Slot("scorecard", "The three classic mistakes",
                        "IT controls in OT, integration as pure gain, responsibility in one silo: in order, watch or act.",
                        templates.content("sections/scorecard.jte", board)),
                new Slot("outages", "Attacks that could stop a critical service",
                        "From which entry an attacker could stop which critical service, how soon, and what it tolerates.",
                        templates.content("sections/outages.jte", board)));
    }

    static Map<Ref, Severity> worstBySubject(List<Finding> findings) {
        Map<Ref, Severity> worst = new HashMap<>();
        for (Finding f : findings) {
            if (!f.accepted()) {
                for (Ref subject : f.subjects()) {
                    worst.merge(subject, f.severity(), (x, y) -> x.ordinal() <= y.ordinal() ? x : y);
                }
            }
        }
        return worst;
    }
}
