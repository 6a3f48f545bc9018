package org.otbridge.report.sarif;

import java.io.Writer;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.otbridge.analysis.Assessment;
import org.otbridge.analysis.Finding;
import org.otbridge.analysis.Severity;
import org.otbridge.analysis.registry.RuleRegistry;
import org.otbridge.model.AcceptedRisk;
import org.otbridge.model.Model;
import org.otbridge.model.Ref;
import org.otbridge.model.SourcePosition;
import org.otbridge.report.view.Positions;
import org.otbridge.report.view.Words;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;

/**
 * Findings as a SARIF 2.1.0 log, for code review and code scanning: one run, the rules that have
 * findings with their help text, and one result per finding located at the model file and line of
 * its first subject. Each result's fingerprint is the finding id (a hash of rule and subjects), so
 * a finding keeps its identity across runs and commits. Accepted findings carry an external
 * suppression with the exception's reason. Relative model paths are written relative to the
 * source root ({@code %SRCROOT%}), as code scanning services expect.
 */
public final class SarifReport {

    public static final String SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json";
    /** The key of the finding id among the result's partial fingerprints. */
    public static final String FINGERPRINT = "otbridgeFindingId/v1";
    static final String SOURCE_ROOT = "%SRCROOT%";

    static final JsonFactory FACTORY = JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

    private final String toolVersion;

    /** @param toolVersion the OT Bridge version written as the driver's version */
    public SarifReport(String toolVersion) {
        this.toolVersion = toolVersion;
    }

    public void write(Assessment assessment, Writer out) {
        Model model = assessment.model();
        SarifRules rules = SarifRules.of(assessment.findings(), RuleRegistry.builtIn());
        try (JsonGenerator gen = FACTORY.createGenerator(ObjectWriteContext.empty(), out)) {
            gen.writeStartObject();
            gen.writeStringProperty("$schema", SCHEMA_URI);
            gen.writeStringProperty("version", "2.1.0");
            gen.writeArrayPropertyStart("runs");
            gen.writeStartObject();
            writeTool(gen, rules);
            gen.writeObjectPropertyStart("automationDetails");
            gen.writeStringProperty("id", "otbridge/assess/" + Words.oneLine(model.name()) + "/");
            gen.writeEndObject();
            gen.writeStringProperty("columnKind", "unicodeCodePoints");
            gen.writeArrayPropertyStart("results");
            for (Finding finding : assessment.findings()) {
                writeResult(gen, model, rules, finding);
            }
            gen.writeEndArray();
            gen.writeEndObject();
            gen.writeEndArray();
            gen.writeEndObject();
            gen.writeRaw('\n');
            gen.flush();
        }
    }

    private void writeTool(JsonGenerator gen, SarifRules rules) {
        gen.writeObjectPropertyStart("tool");
        gen.writeObjectPropertyStart("driver");
        gen.writeStringProperty("name", "OT Bridge");
        gen.writeStringProperty("semanticVersion", semantic(toolVersion));
        gen.writeStringProperty("version", toolVersion);
        gen.writeArrayPropertyStart("rules");
        for (SarifRules.Rule rule : rules.rules()) {
            gen.writeStartObject();
            gen.writeStringProperty("id", rule.id());
            gen.writeStringProperty("name", ruleName(rule.title()));
            message(gen, "shortDescription", Words.oneLine(rule.title()));
            message(gen, "fullDescription", Words.oneLine(rule.title()) + ". What to do instead: "
                    + Words.oneLine(rule.recommendation()));
            gen.writeObjectPropertyStart("help");
            gen.writeStringProperty("text", helpText(rule));
            gen.writeStringProperty("markdown", helpMarkdown(rule));
            gen.writeEndObject();
            gen.writeObjectPropertyStart("defaultConfiguration");
            gen.writeStringProperty("level", level(rule.worst()));
            gen.writeEndObject();
            gen.writeObjectPropertyStart("properties");
            gen.writeStringProperty("category", rule.category().yamlName());
            gen.writeStringProperty("security-severity", securitySeverity(rule.worst()));
            gen.writeArrayPropertyStart("tags");
            gen.writeString("security");
            gen.writeString("ot");
            gen.writeString(rule.category().yamlName());
            for (String technique : SarifRules.techniques(rule.references())) {
                gen.writeString(technique);
            }
            gen.writeEndArray();
            gen.writeArrayPropertyStart("references");
            for (String reference : rule.references()) {
                gen.writeString(reference);
            }
            gen.writeEndArray();
            gen.writeEndObject();
            gen.writeEndObject();
        }
        gen.writeEndArray();
        gen.writeEndObject();
        gen.writeEndObject();
    }

    private static void writeResult(JsonGenerator gen, Model model, SarifRules rules, Finding finding) {
        gen.writeStartObject();
        gen.writeStringProperty("ruleId", finding.rule());
        gen.writeNumberProperty("ruleIndex", rules.index().get(finding.rule()));
        gen.writeStringProperty("level", level(finding.severity()));
        gen.writeStringProperty("kind", "fail");
        message(gen, "message", Words.oneLine(finding.title()) + ": " + Words.oneLine(finding.explanation()));
        gen.writeArrayPropertyStart("locations");
        gen.writeStartObject();
        SourcePosition at = Positions.first(model, finding.subjects())
                .orElseGet(() -> model.files().isEmpty() ? null : new SourcePosition(model.files().get(0), 1, 1));
        if (at != null) {
            gen.writeObjectPropertyStart("physicalLocation");
            artifact(gen, at.file());
            gen.writeObjectPropertyStart("region");
            gen.writeNumberProperty("startLine", Math.max(1, at.line()));
            gen.writeNumberProperty("startColumn", Math.max(1, at.column()));
            gen.writeEndObject();
            gen.writeEndObject();
        }
        gen.writeArrayPropertyStart("logicalLocations");
        for (Ref subject : finding.subjects()) {
            gen.writeStartObject();
            gen.writeStringProperty("name", subject.id());
            gen.writeStringProperty("fullyQualifiedName", subject.key());
            gen.writeStringProperty("kind", subject.kind().yamlName());
            gen.writeEndObject();
        }
        gen.writeEndArray();
        gen.writeEndObject();
        gen.writeEndArray();
        gen.writeObjectPropertyStart("partialFingerprints");
        gen.writeStringProperty(FINGERPRINT, finding.id());
        gen.writeEndObject();
        if (finding.accepted()) {
            gen.writeArrayPropertyStart("suppressions");
            gen.writeStartObject();
            gen.writeStringProperty("kind", "external");
            gen.writeStringProperty("status", "accepted");
            gen.writeStringProperty("justification", justification(model, finding));
            gen.writeEndObject();
            gen.writeEndArray();
        }
        gen.writeObjectPropertyStart("properties");
        gen.writeStringProperty("findingId", finding.id());
        gen.writeStringProperty("severity", finding.severity().yamlName());
        gen.writeStringProperty("category", finding.category().yamlName());
        gen.writeArrayPropertyStart("subjects");
        for (Ref subject : finding.subjects()) {
            gen.writeString(subject.key());
        }
        gen.writeEndArray();
        gen.writeArrayPropertyStart("services");
        for (Ref service : finding.services()) {
            gen.writeString(service.key());
        }
        gen.writeEndArray();
        gen.writeStringProperty("recommendation", Words.oneLine(finding.recommendation()));
        gen.writeEndObject();
        gen.writeEndObject();
    }

    static void artifact(JsonGenerator gen, String file) {
        gen.writeObjectPropertyStart("artifactLocation");
        Optional<String> relative = relativeUri(file);
        if (relative.isPresent()) {
            gen.writeStringProperty("uri", relative.get());
            gen.writeStringProperty("uriBaseId", SOURCE_ROOT);
        } else {
            gen.writeStringProperty("uri", absoluteUri(file));
        }
        gen.writeEndObject();
    }

    /** A relative model path as a relative URI with forward slashes; empty for an absolute one. */
    static Optional<String> relativeUri(String file) {
        String slashes = file.replace('\\', '/');
        boolean absolute = slashes.startsWith("/") || slashes.matches("^[A-Za-z]:/.*");
        if (absolute) {
            return Optional.empty();
        }
        while (slashes.startsWith("./")) {
            slashes = slashes.substring(2);
        }
        return Optional.of(encodePath(slashes));
    }

    static String absoluteUri(String file) {
        try {
            return Path.of(file).toUri().toString();
        } catch (InvalidPathException e) {
            return "file:///" + encodePath(file.replace('\\', '/').replaceFirst("^/+", ""));
        }
    }

    /** Percent-encodes what a URI path may not hold, keeping slashes. */
    private static String encodePath(String path) {
        StringBuilder out = new StringBuilder(path.length());
        for (byte b : path.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || "-._~/".indexOf(c) >= 0) {
                out.append((char) c);
            } else {
                out.append('%').append(String.format(Locale.ROOT, "%02X", c));
            }
        }
        return out.toString();
    }

    private static String justification(Model model, Finding finding) {
        for (AcceptedRisk exception : model.exceptions()) {
            if (exception.rule().equals(finding.rule()) && finding.subjects().contains(exception.subject())) {
                String by = exception.approvedBy() == null ? "" : " (approved by " + exception.approvedBy().key() + ")";
                String until = exception.expires() == null ? "" : ", until " + exception.expires();
                return Words.oneLine(exception.reason()) + by + until;
            }
        }
        return "accepted as an exception in the model";
    }

    static void message(JsonGenerator gen, String name, String text) {
        gen.writeObjectPropertyStart(name);
        gen.writeStringProperty("text", text.isEmpty() ? "-" : text);
        gen.writeEndObject();
    }

    private static String helpText(SarifRules.Rule rule) {
        StringBuilder text = new StringBuilder(Words.oneLine(rule.title())).append(".\n\nWhat to do instead: ")
                .append(Words.oneLine(rule.recommendation()));
        if (!rule.references().isEmpty()) {
            text.append("\n\nReferences: ").append(String.join("; ", rule.references()));
        }
        return text.toString();
    }

    private static String helpMarkdown(SarifRules.Rule rule) {
        StringBuilder md = new StringBuilder("**").append(markdown(rule.title())).append("**\n\n**What to do instead:** ")
                .append(markdown(rule.recommendation()));
        if (!rule.references().isEmpty()) {
            md.append("\n\n**References:**\n");
            rule.references().forEach(r -> md.append("\n- ").append(markdown(r)));
        }
        return md.toString();
    }

    private static String markdown(String text) {
        return Words.oneLine(text).replace("<", "&lt;").replace(">", "&gt;").replace("*", "\\*").replace("_", "\\_");
    }

    /** A rule name as SARIF suggests: the title in upper camel case, letters and digits only. */
    static String ruleName(String title) {
        StringBuilder name = new StringBuilder();
        for (String word : Words.oneLine(title).split("[^A-Za-z0-9]+")) {
            if (!word.isEmpty()) {
                name.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
            }
        }
        return name.length() == 0 ? "Rule" : name.toString();
    }

    static String level(Severity severity) {
        return switch (severity) {
            case CRITICAL, HIGH -> "error";
            case MEDIUM -> "warning";
            case LOW, INFO -> "note";
        };
    }

    /** The 0 to 10 score code scanning services sort security results by. */
    static String securitySeverity(Severity severity) {
        return switch (severity) {
            case CRITICAL -> "9.5";
            case HIGH -> "8.0";
            case MEDIUM -> "5.5";
            case LOW -> "3.0";
            case INFO -> "1.0";
        };
    }

    /** "0.1.0-SNAPSHOT" stays; anything that is not a semantic version becomes 0.0.0. */
    static String semantic(String version) {
        return version != null && version.matches("\\d+\\.\\d+\\.\\d+([-+][0-9A-Za-z.-]+)?") ? version : "0.0.0";
    }
}
