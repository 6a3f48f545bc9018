package org.otbridge.report;

import java.io.StringWriter;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import org.otbridge.analysis.Assessment;
import org.otbridge.analysis.Finding;
import org.otbridge.analysis.Severity;
import org.otbridge.analysis.boundary.MeetingPoint;
import org.otbridge.analysis.exposure.AttackPath;
import org.otbridge.analysis.exposure.EntryConduit;
import org.otbridge.analysis.exposure.Outage;
import org.otbridge.analysis.exposure.Shortcut;
import org.otbridge.analysis.governance.RaciMatrix;
import org.otbridge.analysis.resilience.CutSet;
import org.otbridge.analysis.resilience.FailureImpact;
import org.otbridge.analysis.resilience.ResilienceResult;
import org.otbridge.analysis.resilience.SinglePointOfFailure;
import org.otbridge.model.Model;
import org.otbridge.model.Ref;
import org.otbridge.model.YamlEnum;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;

/**
 * The assessment as the JSON document of docs/output.md ({@value #SCHEMA}), written with the
 * streaming generator so a result of any size is never held as one tree or one string. The same
 * assessment always gives the same bytes: keys in a fixed order, lists in the assessment's order,
 * line ends {@code \n} on every platform.
 *
 * <p>Beyond the contract's example, connection meeting points also carry {@code auth},
 * {@code encrypted}, {@code always_on} and {@code services}; an asset that sits in several domains
 * is written as {@code {asset, domains, services}}; attack paths carry {@code rank} and
 * {@code connections}; shortcuts carry {@code unreachable_without}, and {@code cost_without} is
 * null when removing the connection leaves the target unreachable. After {@code cut_sets},
 * {@code scenarios} holds the model's scenarios evaluated (docs/whatif.md), and after {@code raci},
 * {@code drift} the observed traffic against the model ({@link DriftJson}), null without a capture.
 * Values the model does not state are written as null, so every object of a kind has the same keys.
 */
public final class JsonReport {

    public static final String SCHEMA = "otbridge.assessment/2";

    static final JsonFactory FACTORY = JsonFactory.builder()
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();

    private final boolean pretty;

    /** A report written with two-space indentation, for people who open the file. */
    public JsonReport() {
        this(true);
    }

    /** @param pretty indent the document (true) or write it on one line (false) */
    public JsonReport(boolean pretty) {
        this.pretty = pretty;
    }

    /** The whole document as a string; for small results and tests. */
    public String toJson(Assessment assessment) {
        StringWriter out = new StringWriter();
        write(assessment, out);
        return out.toString();
    }

    /**
     * Streams the document, followed by a line end, to {@code out}. Flushes but does not close
     * {@code out}. I/O failures surface as Jackson's unchecked exceptions.
     */
    public void write(Assessment assessment, Writer out) {
        try (JsonGenerator gen = FACTORY.createGenerator(writeContext(), out)) {
            gen.writeStartObject();
            gen.writeStringProperty("schema", SCHEMA);
            writeModel(gen, assessment.model());
            writeSummary(gen, assessment);
            PlanJson.writeScorecard(gen, assessment.scorecard());
            writeFindings(gen, assessment.findings());
            PlanJson.writeProblems(gen, assessment.problems());
            PlanJson.writeActions(gen, assessment.actions());
            writeMeetingPoints(gen, assessment.meetingPoints());
            writeAttackPaths(gen, assessment.attackPaths());
            writeShortcuts(gen, assessment.shortcuts());
            writeEntryConduits(gen, assessment.entryConduits());
            writeOutages(gen, assessment.outages());
            writeResilience(gen, assessment.resilience());
            WhatIfJson.writeScenarios(gen, assessment.scenarios());
            writeRaci(gen, assessment.raci());
            DriftJson.write(gen, assessment.drift());
            gen.writeEndObject();
            gen.writeRaw('\n');
            gen.flush();
        }
    }

    ObjectWriteContext writeContext() {
        if (!pretty) {
            return ObjectWriteContext.empty();
        }
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(Separators.createDefaultInstance()
                .withObjectNameValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator(""))
                .withObjectIndenter(new DefaultIndenter("  ", "\n"));
        return new ObjectWriteContext.Base() {
            @Override
            public PrettyPrinter getPrettyPrinter() {
                return printer.createInstance();
            }

            @Override
            public boolean hasPrettyPrinter() {
                return true;
            }
        };
    }

    private static void writeModel(JsonGenerator gen, Model model) {
        gen.writeObjectPropertyStart("model");
        gen.writeStringProperty("name", model.name());
        strings(gen, "files", model.files());
        gen.writeObjectPropertyStart("counts");
        for (Map.Entry<String, Integer> count : model.counts().entrySet()) {
            gen.writeNumberProperty(count.getKey(), count.getValue());
        }
        gen.writeEndObject();
        gen.writeEndObject();
    }

    private static void writeSummary(JsonGenerator gen, Assessment assessment) {
        gen.writeObjectPropertyStart("summary");
        for (Map.Entry<Severity, Integer> count : assessment.countsBySeverity().entrySet()) {
            gen.writeNumberProperty(count.getKey().yamlName(), count.getValue());
        }
        gen.writeNumberProperty("accepted", assessment.acceptedCount());
        // with --keep-going a result can lack a stopped rule's findings: the file says so itself
        gen.writeArrayPropertyStart("incomplete");
        for (org.otbridge.model.Problem problem : assessment.runProblems()) {
            gen.writeString(problem.toString());
        }
        gen.writeEndArray();
        gen.writeEndObject();
    }

    private static void writeFindings(JsonGenerator gen, List<Finding> findings) {
        gen.writeArrayPropertyStart("findings");
        for (Finding f : findings) {
            gen.writeStartObject();
            gen.writeStringProperty("id", f.id());
            gen.writeStringProperty("rule", f.rule());
            enumProperty(gen, "category", f.category());
            enumProperty(gen, "severity", f.severity());
            gen.writeStringProperty("title", f.title());
            refs(gen, "subjects", f.subjects());
            refs(gen, "services", f.services());
            gen.writeStringProperty("explanation", f.explanation());
            gen.writeStringProperty("recommendation", f.recommendation());
            strings(gen, "references", f.references());
            gen.writeBooleanProperty("accepted", f.accepted());
            gen.writeEndObject();
        }
        gen.writeEndArray();
    }

    private static void writeMeetingPoints(JsonGenerator gen, List<MeetingPoint> points) {
        gen.writeArrayPropertyStart("meeting_points");
        for (MeetingPoint p : points) {
            gen.writeStartObject();
            if (p.isConnection()) {
                gen.writeStringProperty("connection", p.element().key());
                enumProperty(gen, "from_domain", p.fromDomain());
                enumProperty(gen, "to_domain", p.toDomain());
                booleanProperty(gen, "via_dmz", p.viaDmz());
                enumProperty(gen, "initiator", p.initiator());
                enumProperty(gen, "protocol", p.protocol());
                enumProperty(gen, "auth", p.auth());
                booleanProperty(gen, "encrypted", p.encrypted());
                booleanProperty(gen, "always_on", p.alwaysOn());
            } else {
                gen.writeStringProperty("asset", p.element().key());
                gen.writeArrayPropertyStart("domains");
                for (YamlEnum domain : p.domains()) {
                    gen.writeString(domain.yamlName());
                }
                gen.writeEndArray();
            }
            refs(gen, "services", p.services());
            gen.writeStringProperty("design", p.design() == null ? null : p.design().yamlName());
            gen.writeStringProperty("bypasses", p.design() == null ? null : p.design().bypasses());
            gen.writeEndObject();
        }
        gen.writeEndArray();
    }

    private static void writeEntryConduits(JsonGenerator gen, List<EntryConduit> conduits) {
        gen.writeArrayPropertyStart("entry_conduits");
        for (EntryConduit c : conduits) {
            gen.writeStartObject();
            gen.writeStringProperty("connection", c.connection().key());
            gen.writeStringProperty("entry", c.entry().key());
            refs(gen, "services", c.services());
            gen.writeObjectPropertyStart("hardening");
            enumProperty(gen, "auth", c.hardening().auth());
            gen.writeBooleanProperty("approval", c.hardening().approval());
            gen.writeStringProperty("expires", c.hardening().expires() == null ? null : c.hardening().expires().toString());
            gen.writeBooleanProperty("always_on", c.hardening().alwaysOn());
            gen.writeBooleanProperty("hardened", c.hardening().hardened());
            gen.writeEndObject();
            gen.writeEndObject();
        }
        gen.writeEndArray();
    }

    private static void writeOutages(JsonGenerator gen, List<Outage> outages) {
        gen.writeArrayPropertyStart("outages");
        for (Outage o : outages) {
            gen.writeStartObject();
            gen.writeStringProperty("entry", o.entry().key());
            gen.writeStringProperty("service", o.service().key());
            gen.writeStringProperty("effect", o.effect());
            number(gen, "cost", o.cost());
            refs(gen, "elements", o.elements());
            gen.writeStringProperty("time_to_impact", o.timeToImpact() == null ? null
                    : org.otbridge.model.load.Scalars.formatDuration(o.timeToImpact()));
            gen.writeStringProperty("tolerable", o.tolerable() == null ? null
                    : org.otbridge.model.load.Scalars.formatDuration(o.tolerable()));
            gen.writeBooleanProperty("faster_than_tolerated", o.fasterThanTolerated());
            gen.writeEndObject();
        }
        gen.writeEndArray();
    }

    private static void writeAttackPaths(JsonGenerator gen, List<AttackPath> paths) {
        gen.writeArrayPropertyStart("attack_paths");
        for (AttackPath p : paths) {
            gen.writeStartObject();
            gen.writeStringProperty("entry", p.entry().key());
            gen.writeStringProperty("target", p.target().key());
            refs(gen, "services", p.services());
            refs(gen, "steps", p.steps());
            number(gen, "cost", p.cost());
            strings(gen, "techniques", p.techniques());
            gen.writeNumberProperty("rank", p.rank());
            refs(gen, "connections", p.connections());
            gen.writeEndObject();
        }
        gen.writeEndArray();
    }

    private static void writeShortcuts(JsonGenerator gen, List<Shortcut> shortcuts) {
        gen.writeArrayPropertyStart("shortcuts");
        for (Shortcut s : shortcuts) {
            gen.writeStartObject();
            gen.writeStringProperty("element", s.element().key());
            gen.writeStringProperty("kind", s.kind());
            gen.writeStringProperty("bypasses", s.bypasses());
            gen.writeStringProperty("entry", s.entry().key());
            gen.writeStringProperty("target", s.target().key());
            refs(gen, "services", s.services());
            number(gen, "baseline_cost", s.baselineCost());
            number(gen, "cost_with", s.costWith());
            gen.writeNumberProperty("pairs_lowered", s.pairsLowered());
            gen.writeEndObject();
        }
        gen.writeEndArray();
    }

    private static void writeResilience(JsonGenerator gen, ResilienceResult resilience) {
        gen.writeArrayPropertyStart("failure_impact");
        for (FailureImpact impact : resilience.failureImpact()) {
            gen.writeStartObject();
            gen.writeStringProperty("element", impact.element().key());
            refs(gen, "lost", impact.lost());
            refs(gen, "degraded", impact.degraded());
            gen.writeEndObject();
        }
        gen.writeEndArray();
        gen.writeArrayPropertyStart("single_points_of_failure");
        for (SinglePointOfFailure spof : resilience.singlePointsOfFailure()) {
            gen.writeStartObject();
            gen.writeStringProperty("element", spof.element().key());
            refs(gen, "services", spof.services());
            gen.writeEndObject();
        }
        gen.writeEndArray();
        gen.writeArrayPropertyStart("cut_sets");
        for (CutSet cut : resilience.cutSets()) {
            gen.writeStartObject();
            gen.writeStringProperty("service", cut.service().key());
            refs(gen, "elements", cut.elements());
            gen.writeEndObject();
        }
        gen.writeEndArray();
    }

    /**
     * The RACI matrix as a top-level {@code "raci"} object: {@code parties} (every unit, then every
     * person, in model order) and {@code rows}, one per subject in the matrix's order, with the
     * letters of each party that holds a role ("R", "A", "C", "I", several as in "RA"). A subject
     * nobody answers for has empty {@code roles}, so gaps stay visible.
     */
    static void writeRaci(JsonGenerator gen, RaciMatrix raci) {
        gen.writeObjectPropertyStart("raci");
        refs(gen, "parties", raci.parties());
        gen.writeArrayPropertyStart("rows");
        for (RaciMatrix.Row row : raci.rows()) {
            gen.writeStartObject();
            gen.writeStringProperty("subject", row.subject().key());
            gen.writeObjectPropertyStart("roles");
            for (Map.Entry<Ref, String> role : row.roles().entrySet()) {
                gen.writeStringProperty(role.getKey().key(), role.getValue());
            }
            gen.writeEndObject();
            gen.writeEndObject();
        }
        gen.writeEndArray();
        gen.writeEndObject();
    }

    static void strings(JsonGenerator gen, String name, List<String> values) {
        gen.writeArrayPropertyStart(name);
        for (String value : values) {
            gen.writeString(value);
        }
        gen.writeEndArray();
    }

    /** References as written in a model ({@code asset:hmi-1}); a null entry stays null. */
    static void refs(JsonGenerator gen, String name, List<Ref> refs) {
        gen.writeArrayPropertyStart(name);
        for (Ref ref : refs) {
            if (ref == null) {
                gen.writeNull();
            } else {
                gen.writeString(ref.key());
            }
        }
        gen.writeEndArray();
    }

    static void enumProperty(JsonGenerator gen, String name, YamlEnum value) {
        if (value == null) {
            gen.writeNullProperty(name);
        } else {
            gen.writeStringProperty(name, value.yamlName());
        }
    }

    private static void booleanProperty(JsonGenerator gen, String name, Boolean value) {
        if (value == null) {
            gen.writeNullProperty(name);
        } else {
            gen.writeBooleanProperty(name, value);
        }
    }

    /** JSON has no infinity or NaN: such a cost is written as null. */
    static void number(JsonGenerator gen, String name, double value) {
        if (Double.isFinite(value)) {
            gen.writeNumberProperty(name, value);
        } else {
            gen.writeNullProperty(name);
        }
    }
}
