package org.otbridge.report;

import java.util.List;
import org.otbridge.analysis.plan.Action;
import org.otbridge.analysis.plan.Figures;
import org.otbridge.analysis.plan.MistakeScore;
import org.otbridge.analysis.plan.Problem;
import tools.jackson.core.JsonGenerator;

/** The decision sections of the assessment JSON: {@code scorecard}, {@code problems}, {@code actions}. */
final class PlanJson {

    private PlanJson() {
    }

    static void writeScorecard(JsonGenerator gen, List<MistakeScore> scorecard) {
        gen.writeArrayPropertyStart("scorecard");
        for (MistakeScore s : scorecard) {
            gen.writeStartObject();
            JsonReport.enumProperty(gen, "mistake", s.mistake());
            gen.writeStringProperty("title", s.mistake().title());
            JsonReport.enumProperty(gen, "state", s.state());
            gen.writeNumberProperty("problems", s.problems());
            gen.writeNumberProperty("accepted", s.accepted());
            JsonReport.strings(gen, "top", s.top());
            MistakeScore.IntegrationNumbers n = s.numbers();
            if (n == null) {
                gen.writeNullProperty("numbers");
            } else {
                gen.writeObjectPropertyStart("numbers");
                gen.writeNumberProperty("meeting_points", n.meetingPoints());
                gen.writeNumberProperty("bypassing_dmz", n.bypassingDmz());
                gen.writeNumberProperty("critical_dependencies", n.criticalDependencies());
                gen.writeNumberProperty("shortcuts", n.shortcuts());
                gen.writeNumberProperty("fragile_services", n.fragileServices());
                gen.writeNumberProperty("attacks_stopping_services", n.attacksStoppingServices());
                gen.writeEndObject();
            }
            gen.writeEndObject();
        }
        gen.writeEndArray();
    }

    static void writeProblems(JsonGenerator gen, List<Problem> problems) {
        gen.writeArrayPropertyStart("problems");
        for (Problem p : problems) {
            gen.writeStartObject();
            gen.writeStringProperty("id", p.id());
            JsonReport.enumProperty(gen, "mistake", p.mistake());
            JsonReport.enumProperty(gen, "severity", p.severity());
            gen.writeStringProperty("title", p.title());
            JsonReport.refs(gen, "subjects", p.subjects());
            JsonReport.refs(gen, "services", p.services());
            JsonReport.strings(gen, "findings", p.findings());
            JsonReport.strings(gen, "rules", p.rules());
            gen.writeBooleanProperty("accepted", p.accepted());
            gen.writeEndObject();
        }
        gen.writeEndArray();
    }

    static void writeActions(JsonGenerator gen, List<Action> actions) {
        gen.writeArrayPropertyStart("actions");
        for (Action a : actions) {
            gen.writeStartObject();
            gen.writeStringProperty("id", a.id());
            gen.writeNumberProperty("rank", a.rank());
            gen.writeStringProperty("title", a.title());
            gen.writeObjectPropertyStart("change");
            gen.writeStringProperty("kind", a.change().kind());
            gen.writeStringProperty("subject", a.change().subject().key());
            JsonReport.refs(gen, "elements", a.change().elements());
            gen.writeEndObject();
            JsonReport.enumProperty(gen, "effort", a.effort());
            gen.writeBooleanProperty("effort_from_model", a.effortFromModel());
            JsonReport.enumProperty(gen, "value", a.value());
            JsonReport.strings(gen, "closes", a.closes());
            figures(gen, "before", a.before());
            figures(gen, "after", a.after());
            gen.writeStringProperty("buys", a.buys());
            gen.writeEndObject();
        }
        gen.writeEndArray();
    }

    private static void figures(JsonGenerator gen, String name, Figures f) {
        gen.writeObjectPropertyStart(name);
        gen.writeNumberProperty("problems", f.problems());
        gen.writeNumberProperty("serious_problems", f.seriousProblems());
        gen.writeNumberProperty("attack_paths", f.attackPaths());
        gen.writeNumberProperty("shortcuts", f.shortcuts());
        gen.writeNumberProperty("outages", f.outages());
        gen.writeNumberProperty("single_points_of_failure", f.singlePointsOfFailure());
        gen.writeNumberProperty("risk", f.risk());
        gen.writeEndObject();
    }
}
