package org.otbridge.report.sarif;

import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.otbridge.analysis.whatif.ServiceAtRisk;
import org.otbridge.analysis.whatif.ServiceImpact;
import org.otbridge.analysis.whatif.WhatIfResult;
import org.otbridge.model.Model;
import org.otbridge.model.Ref;
import org.otbridge.model.SourcePosition;
import org.otbridge.report.WhatIfReport;
import org.otbridge.report.view.Positions;
import org.otbridge.report.view.WhatIfFacts;
import org.otbridge.report.view.Words;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;

/**
 * A what-if result has no findings. As SARIF it is a log of notes, one per service it stops or
 * puts at risk, located at the scenario in the model (or at the first failed or compromised
 * element), so a review of a scenario file shows what the scenario does.
 */
public final class WhatIfSarif {

    static final String LOST = "OTB-WHATIF-LOST";
    static final String DEGRADED = "OTB-WHATIF-DEGRADED";
    static final String AT_RISK = "OTB-WHATIF-AT-RISK";

    private record Note(String rule, String level, String text, Ref service) {
    }

    private final String toolVersion;

    public WhatIfSarif(String toolVersion) {
        this.toolVersion = toolVersion;
    }

    public void write(WhatIfReport report, Writer out) {
        WhatIfResult r = report.result();
        String headline = WhatIfFacts.headline(report);
        List<Note> notes = new ArrayList<>();
        for (ServiceImpact i : r.lost()) {
            notes.add(new Note(LOST, "error", headline + ": " + i.service().key() + " (" + Words.oneLine(i.name()) + ") "
                    + i.timeToImpact(), i.service()));
        }
        for (ServiceImpact i : r.degraded()) {
            notes.add(new Note(DEGRADED, "warning", headline + ": " + i.service().key() + " (" + Words.oneLine(i.name())
                    + ") " + i.timeToImpact(), i.service()));
        }
        for (ServiceAtRisk s : r.servicesAtRisk()) {
            notes.add(new Note(AT_RISK, "error", headline + ": " + s.service().key() + " (" + Words.oneLine(s.name())
                    + ") at risk; the attacker reaches " + s.target().key() + " at cost " + Words.cost(s.cost()), s.service()));
        }
        SourcePosition at = location(report);
        try (JsonGenerator gen = SarifReport.FACTORY.createGenerator(ObjectWriteContext.empty(), out)) {
            gen.writeStartObject();
            gen.writeStringProperty("$schema", SarifReport.SCHEMA_URI);
            gen.writeStringProperty("version", "2.1.0");
            gen.writeArrayPropertyStart("runs");
            gen.writeStartObject();
            gen.writeObjectPropertyStart("tool");
            gen.writeObjectPropertyStart("driver");
            gen.writeStringProperty("name", "OT Bridge");
            gen.writeStringProperty("version", toolVersion);
            gen.writeArrayPropertyStart("rules");
            rule(gen, LOST, "ServiceLost", "A service is lost in this what-if case", "error");
            rule(gen, DEGRADED, "ServiceDegraded", "A service runs on its fallback in this what-if case", "warning");
            rule(gen, AT_RISK, "ServiceAtRisk", "An attacker reaches an asset a service needs in this what-if case", "error");
            gen.writeEndArray();
            gen.writeEndObject();
            gen.writeEndObject();
            gen.writeArrayPropertyStart("results");
            for (Note note : notes) {
                gen.writeStartObject();
                gen.writeStringProperty("ruleId", note.rule());
                gen.writeStringProperty("level", note.level());
                SarifReport.message(gen, "message", note.text());
                if (at != null) {
                    gen.writeArrayPropertyStart("locations");
                    gen.writeStartObject();
                    gen.writeObjectPropertyStart("physicalLocation");
                    SarifReport.artifact(gen, at.file());
                    gen.writeObjectPropertyStart("region");
                    gen.writeNumberProperty("startLine", Math.max(1, at.line()));
                    gen.writeNumberProperty("startColumn", Math.max(1, at.column()));
                    gen.writeEndObject();
                    gen.writeEndObject();
                    gen.writeEndObject();
                    gen.writeEndArray();
                }
                gen.writeObjectPropertyStart("partialFingerprints");
                gen.writeStringProperty("otbridgeWhatIf/v1", note.rule() + "|" + headline + "|" + note.service().key());
                gen.writeEndObject();
                gen.writeEndObject();
            }
            gen.writeEndArray();
            gen.writeEndObject();
            gen.writeEndArray();
            gen.writeEndObject();
            gen.writeRaw('\n');
            gen.flush();
        }
    }

    private static void rule(JsonGenerator gen, String id, String name, String text, String level) {
        gen.writeStartObject();
        gen.writeStringProperty("id", id);
        gen.writeStringProperty("name", name);
        SarifReport.message(gen, "shortDescription", text);
        gen.writeObjectPropertyStart("defaultConfiguration");
        gen.writeStringProperty("level", level);
        gen.writeEndObject();
        gen.writeEndObject();
    }

    private static SourcePosition location(WhatIfReport report) {
        Model model = report.model();
        if (report.scenario() != null && report.scenario().at() != null && report.scenario().at().line() > 0) {
            return report.scenario().at();
        }
        List<Ref> inputs = new ArrayList<>(report.result().failed());
        inputs.addAll(report.result().compromised());
        return Positions.first(model, inputs)
                .orElseGet(() -> model.files().isEmpty() ? null : new SourcePosition(model.files().get(0), 1, 1));
    }
}
