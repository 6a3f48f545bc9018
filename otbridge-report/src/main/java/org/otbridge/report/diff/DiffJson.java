package org.otbridge.report.diff;

import java.io.Writer;
import java.util.List;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;

/** A diff as the JSON document {@value #SCHEMA}; costs that are infinite (unreachable) are null. */
public final class DiffJson {

    public static final String SCHEMA = "otbridge.diff/1";
    private static final JsonFactory FACTORY = JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

    public void write(DiffResult d, Writer out) {
        try (JsonGenerator gen = FACTORY.createGenerator(ObjectWriteContext.empty(), out)) {
            gen.writeStartObject();
            gen.writeStringProperty("schema", SCHEMA);
            gen.writeStringProperty("old", d.oldName());
            gen.writeStringProperty("new", d.newName());
            gen.writeObjectPropertyStart("findings");
            findings(gen, "new", d.newFindings());
            findings(gen, "fixed", d.fixedFindings());
            gen.writeArrayPropertyStart("changed");
            for (DiffResult.SeverityChange c : d.changedFindings()) {
                gen.writeStartObject();
                finding(gen, c.finding());
                gen.writeStringProperty("severity_before", c.before().yamlName());
                gen.writeEndObject();
            }
            gen.writeEndArray();
            gen.writeEndObject();
            gen.writeObjectPropertyStart("problems");
            problems(gen, "new", d.newProblems());
            problems(gen, "fixed", d.fixedProblems());
            gen.writeArrayPropertyStart("changed");
            for (DiffResult.ProblemChange c : d.changedProblems()) {
                gen.writeStartObject();
                problem(gen, c.problem());
                gen.writeStringProperty("severity_before", c.before().yamlName());
                gen.writeEndObject();
            }
            gen.writeEndArray();
            gen.writeEndObject();
            elements(gen, "meeting_points_added", d.meetingPointsAdded());
            elements(gen, "meeting_points_removed", d.meetingPointsRemoved());
            elements(gen, "shortcuts_added", d.shortcutsAdded());
            elements(gen, "shortcuts_removed", d.shortcutsRemoved());
            services(gen, "exposure_changed", "cost", d.exposureChanged());
            services(gen, "failure_impact_changed", "elements", d.failureImpactChanged());
            services(gen, "outage_changed", "hours", d.outageChanged());
            gen.writeArrayPropertyStart("drift_changed");
            for (DiffResult.CountChange c : d.driftChanged()) {
                gen.writeStartObject();
                gen.writeStringProperty("count", c.count());
                gen.writeNumberProperty("before", c.before());
                gen.writeNumberProperty("after", c.after());
                gen.writeEndObject();
            }
            gen.writeEndArray();
            gen.writeEndObject();
            gen.writeRaw('\n');
            gen.flush();
        }
    }

    private static void findings(JsonGenerator gen, String name, List<Snapshot.FindingFacts> findings) {
        gen.writeArrayPropertyStart(name);
        for (Snapshot.FindingFacts f : findings) {
            gen.writeStartObject();
            finding(gen, f);
            gen.writeEndObject();
        }
        gen.writeEndArray();
    }

    private static void problems(JsonGenerator gen, String name, List<Snapshot.ProblemFacts> problems) {
        gen.writeArrayPropertyStart(name);
        for (Snapshot.ProblemFacts p : problems) {
            gen.writeStartObject();
            problem(gen, p);
            gen.writeEndObject();
        }
        gen.writeEndArray();
    }

    private static void problem(JsonGenerator gen, Snapshot.ProblemFacts p) {
        gen.writeStringProperty("id", p.id());
        gen.writeStringProperty("mistake", p.mistake());
        gen.writeStringProperty("severity", p.severity().yamlName());
        gen.writeStringProperty("title", p.title());
        gen.writeArrayPropertyStart("subjects");
        p.subjects().forEach(gen::writeString);
        gen.writeEndArray();
        gen.writeBooleanProperty("accepted", p.accepted());
    }

    private static void finding(JsonGenerator gen, Snapshot.FindingFacts f) {
        gen.writeStringProperty("id", f.id());
        gen.writeStringProperty("rule", f.rule());
        gen.writeStringProperty("severity", f.severity().yamlName());
        gen.writeStringProperty("title", f.title());
        gen.writeArrayPropertyStart("subjects");
        f.subjects().forEach(gen::writeString);
        gen.writeEndArray();
        gen.writeBooleanProperty("accepted", f.accepted());
    }

    private static void elements(JsonGenerator gen, String name, List<DiffResult.Element> elements) {
        gen.writeArrayPropertyStart(name);
        for (DiffResult.Element e : elements) {
            gen.writeStartObject();
            gen.writeStringProperty("element", e.key());
            gen.writeStringProperty("detail", e.detail());
            gen.writeEndObject();
        }
        gen.writeEndArray();
    }

    private static void services(JsonGenerator gen, String name, String what, List<DiffResult.ServiceChange> changes) {
        gen.writeArrayPropertyStart(name);
        for (DiffResult.ServiceChange c : changes) {
            gen.writeStartObject();
            gen.writeStringProperty("service", c.service());
            number(gen, what + "_before", c.before());
            number(gen, what + "_after", c.after());
            gen.writeEndObject();
        }
        gen.writeEndArray();
    }

    private static void number(JsonGenerator gen, String name, double value) {
        if (Double.isFinite(value)) {
            gen.writeNumberProperty(name, value);
        } else {
            gen.writeNullProperty(name);
        }
    }
}
