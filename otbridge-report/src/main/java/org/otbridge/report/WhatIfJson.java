package org.otbridge.report;

import java.io.StringWriter;
import java.io.Writer;
import java.time.Duration;
import java.util.List;
import org.otbridge.analysis.whatif.Reached;
import org.otbridge.analysis.whatif.ScenarioResult;
import org.otbridge.analysis.whatif.ServiceAtRisk;
import org.otbridge.analysis.whatif.ServiceImpact;
import org.otbridge.analysis.whatif.Unsupported;
import org.otbridge.analysis.whatif.WhatIfResult;
import org.otbridge.model.Fallback;
import org.otbridge.model.Model;
import org.otbridge.model.Scenario;
import org.otbridge.model.load.Scalars;
import tools.jackson.core.JsonGenerator;

/**
 * A what-if result as the JSON document {@value #SCHEMA} (docs/whatif.md), and the
 * {@code scenarios} of an assessment. Durations are written as in the model (90m, 4h, 3d, 2w),
 * null for "never" or "not stated"; keys in a fixed order, so the same result gives the same bytes.
 */
public final class WhatIfJson {

    public static final String SCHEMA = "otbridge.whatif/1";

    private final boolean pretty;

    /** Indented with two spaces. */
    public WhatIfJson() {
        this(true);
    }

    public WhatIfJson(boolean pretty) {
        this.pretty = pretty;
    }

    /** The whole document as a string; {@code scenario} is null when the case was given on the command line. */
    public String toJson(Model model, Scenario scenario, WhatIfResult result) {
        StringWriter out = new StringWriter();
        write(model, scenario, result, out);
        return out.toString();
    }

    /** Streams the document, followed by a line end, to {@code out}; flushes but does not close it. */
    public void write(Model model, Scenario scenario, WhatIfResult result, Writer out) {
        try (JsonGenerator gen = JsonReport.FACTORY.createGenerator(new JsonReport(pretty).writeContext(), out)) {
            gen.writeStartObject();
            gen.writeStringProperty("schema", SCHEMA);
            gen.writeObjectPropertyStart("model");
            gen.writeStringProperty("name", model.name());
            JsonReport.strings(gen, "files", model.files());
            gen.writeEndObject();
            if (scenario == null) {
                gen.writeNullProperty("scenario");
            } else {
                gen.writeObjectPropertyStart("scenario");
                gen.writeStringProperty("id", scenario.id());
                gen.writeStringProperty("name", scenario.name());
                gen.writeStringProperty("description", scenario.description());
                gen.writeEndObject();
            }
            JsonReport.refs(gen, "fail", result.failed());
            JsonReport.refs(gen, "compromise", result.compromised());
            JsonReport.strings(gen, "notes", result.notes());

            gen.writeNumberProperty("down_count", result.downCount());
            JsonReport.refs(gen, "down", result.down());
            impacts(gen, "lost", result.lost());
            impacts(gen, "degraded", result.degraded());
            gen.writeArrayPropertyStart("unsupported");
            for (Unsupported u : result.unsupported()) {
                gen.writeStartObject();
                gen.writeStringProperty("asset", u.asset().key());
                gen.writeStringProperty("supplier", u.supplier().key());
                JsonReport.refs(gen, "services", u.services());
                gen.writeEndObject();
            }
            gen.writeEndArray();

            gen.writeNumberProperty("reached_count", result.reachedCount());
            gen.writeArrayPropertyStart("reached");
            for (Reached r : result.reached()) {
                gen.writeStartObject();
                gen.writeStringProperty("element", r.element().key());
                JsonReport.enumProperty(gen, "type", r.type());
                JsonReport.number(gen, "cost", r.cost());
                gen.writeEndObject();
            }
            gen.writeEndArray();
            gen.writeArrayPropertyStart("services_at_risk");
            for (ServiceAtRisk s : result.servicesAtRisk()) {
                gen.writeStartObject();
                gen.writeStringProperty("service", s.service().key());
                gen.writeStringProperty("name", s.name());
                JsonReport.enumProperty(gen, "impact", s.impact());
                gen.writeStringProperty("target", s.target().key());
                JsonReport.enumProperty(gen, "target_type", s.targetType());
                gen.writeNumberProperty("assets_reached", s.assetsReached());
                JsonReport.number(gen, "cost", s.cost());
                JsonReport.refs(gen, "steps", s.path().steps());
                JsonReport.refs(gen, "connections", s.path().connections());
                JsonReport.strings(gen, "techniques", s.path().techniques());
                gen.writeEndObject();
            }
            gen.writeEndArray();
            gen.writeArrayPropertyStart("services_stoppable");
            for (org.otbridge.analysis.exposure.Outage o : result.stoppable()) {
                gen.writeStartObject();
                gen.writeStringProperty("service", o.service().key());
                gen.writeStringProperty("effect", o.effect());
                JsonReport.number(gen, "cost", o.cost());
                JsonReport.refs(gen, "elements", o.elements());
                duration(gen, "time_to_impact", o.timeToImpact());
                duration(gen, "tolerable", o.tolerable());
                gen.writeEndObject();
            }
            gen.writeEndArray();
            gen.writeEndObject();
            gen.writeRaw('\n');
            gen.flush();
        }
    }

    /** The {@code scenarios} of an assessment: one object per model scenario, in model order. */
    static void writeScenarios(JsonGenerator gen, List<ScenarioResult> scenarios) {
        gen.writeArrayPropertyStart("scenarios");
        for (ScenarioResult s : scenarios) {
            gen.writeStartObject();
            gen.writeStringProperty("id", s.id());
            gen.writeStringProperty("name", s.name());
            JsonReport.refs(gen, "fail", s.fail());
            JsonReport.refs(gen, "compromise", s.compromise());
            gen.writeNumberProperty("down_count", s.downCount());
            impacts(gen, "lost", s.lost());
            impacts(gen, "degraded", s.degraded());
            gen.writeNumberProperty("reached_count", s.reachedCount());
            JsonReport.refs(gen, "services_at_risk", s.servicesAtRisk());
            gen.writeEndObject();
        }
        gen.writeEndArray();
    }

    private static void impacts(JsonGenerator gen, String name, List<ServiceImpact> impacts) {
        gen.writeArrayPropertyStart(name);
        for (ServiceImpact i : impacts) {
            gen.writeStartObject();
            gen.writeStringProperty("service", i.service().key());
            gen.writeStringProperty("name", i.name());
            JsonReport.enumProperty(gen, "impact", i.impact());
            duration(gen, "lost_after", i.lostAfter());
            duration(gen, "tolerable", i.tolerable());
            duration(gen, "restore_within", i.restoreWithin());
            gen.writeStringProperty("time_to_impact", i.timeToImpact());
            Fallback f = i.fallback();
            if (f == null) {
                gen.writeNullProperty("fallback");
            } else {
                gen.writeObjectPropertyStart("fallback");
                gen.writeStringProperty("description", f.description());
                if (f.capacity() == null) {
                    gen.writeNullProperty("capacity");
                } else {
                    gen.writeNumberProperty("capacity", f.capacity());
                }
                duration(gen, "sustainable_for", f.sustainableFor());
                gen.writeStringProperty("last_tested", f.lastTested() == null ? null : f.lastTested().toString());
                gen.writeEndObject();
            }
            gen.writeEndObject();
        }
        gen.writeEndArray();
    }

    private static void duration(JsonGenerator gen, String name, Duration duration) {
        gen.writeStringProperty(name, duration == null ? null : Scalars.formatDuration(duration));
    }
}
