package org.otbridge.report;

import java.io.Writer;
import java.util.List;
import org.otbridge.analysis.FindingBuilder;
import org.otbridge.analysis.Mistake;
import org.otbridge.analysis.RuleMetadata;
import org.otbridge.analysis.attack.AttackCatalog;
import org.otbridge.analysis.registry.RegisteredRule;
import tools.jackson.core.JsonGenerator;

/**
 * The rules of a registry as JSON ({@value #SCHEMA}), for {@code otbridge rules --format json}:
 * one object per rule with everything docs/rules.md shows, in the order given. {@code references}
 * are as findings show them (ATT&amp;CK names added); {@code source} is {@code built-in} or the
 * file, line and column of a user's rule; {@code scope} and {@code condition} are null for rules
 * written in Java.
 */
public final class RulesJson {

    public static final String SCHEMA = "otbridge.rules/1";

    /** Streams the document and a line end to {@code out}; flushes but does not close it. */
    public void write(List<RegisteredRule> rules, AttackCatalog attack, Writer out) {
        try (JsonGenerator gen = JsonReport.FACTORY.createGenerator(new JsonReport().writeContext(), out)) {
            gen.writeStartObject();
            gen.writeStringProperty("schema", SCHEMA);
            gen.writeNumberProperty("count", rules.size());
            gen.writeName("mistakes");
            gen.writeStartArray();
            for (Mistake mistake : Mistake.values()) {
                gen.writeStartObject();
                gen.writeStringProperty("mistake", mistake.yamlName());
                gen.writeStringProperty("title", mistake.title());
                gen.writeNumberProperty("rules", rules.stream().filter(r -> r.mistake() == mistake).count());
                gen.writeEndObject();
            }
            gen.writeEndArray();
            gen.writeName("rules");
            gen.writeStartArray();
            for (RegisteredRule rule : rules) {
                writeRule(gen, rule, attack);
            }
            gen.writeEndArray();
            gen.writeEndObject();
            gen.writeRaw('\n');
            gen.flush();
        }
    }

    private static void writeRule(JsonGenerator gen, RegisteredRule rule, AttackCatalog attack) {
        RuleMetadata meta = rule.metadata();
        gen.writeStartObject();
        gen.writeStringProperty("id", rule.id());
        gen.writeStringProperty("title", meta.title());
        gen.writeStringProperty("family", rule.family().yamlName());
        gen.writeStringProperty("category", meta.category().yamlName());
        gen.writeStringProperty("mistake", rule.mistake().yamlName());
        gen.writeStringProperty("severity", meta.severity().yamlName());
        gen.writeStringProperty("scope", rule.condition().map(c -> c.scope().yamlName()).orElse(null));
        strings(gen, "reads", rule.reads());
        gen.writeStringProperty("explanation", meta.explanation().strip());
        gen.writeStringProperty("recommendation", meta.recommendation().strip());
        strings(gen, "references", FindingBuilder.references(meta, attack));
        strings(gen, "attack", meta.attack());
        gen.writeStringProperty("source", rule.builtIn() ? "built-in" : rule.at().map(Object::toString).orElse(null));
        gen.writeStringProperty("condition", rule.condition().map(c -> c.when().strip()).orElse(null));
        gen.writeEndObject();
    }

    private static void strings(JsonGenerator gen, String name, List<String> values) {
        gen.writeName(name);
        gen.writeStartArray();
        for (String value : values) {
            gen.writeString(value);
        }
        gen.writeEndArray();
    }
}
