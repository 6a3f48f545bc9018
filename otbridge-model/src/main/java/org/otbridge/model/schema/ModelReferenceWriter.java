package org.otbridge.model.schema;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.otbridge.model.ControlKind;
import org.otbridge.model.RefKind;
import org.otbridge.model.spec.ControlParameters;
import org.otbridge.model.spec.FieldSpec;
import org.otbridge.model.spec.FieldType;
import org.otbridge.model.spec.ModelSpec;
import org.otbridge.model.spec.ObjectSpec;
import org.otbridge.model.spec.Vocabulary;

/**
 * Writes docs/model-fields.md, the field-by-field reference of the model, from the same spec the
 * loader reads by. A test fails when the committed file differs from what this writes.
 */
public final class ModelReferenceWriter {

    public String markdown() {
        StringBuilder out = new StringBuilder();
        out.append("# Model field reference\n\n")
                .append("<!-- Generated from ModelSpec by ModelReferenceWriter; do not edit by hand. Regenerate with\n")
                .append("     ./mvnw -pl otbridge-model test -Dtest=ModelReferenceDocTest -Dotbridge.updateDocs=true -->\n\n")
                .append("Every object of the site model with its fields. A field marked **required** must be given; all\n")
                .append("others are optional. Unknown fields are errors, except keys starting with `x-`.\n")
                .append("See [model.md](model.md) for the concepts and a worked example.\n");
        for (ObjectSpec spec : objects()) {
            out.append("\n## ").append(spec.name()).append("\n\n").append(spec.description()).append("\n\n");
            out.append("| field | type | meaning |\n| --- | --- | --- |\n");
            for (FieldSpec field : spec.fields()) {
                out.append("| `").append(field.name()).append("`").append(field.required() ? " **required**" : "")
                        .append(" | ").append(describe(field.type())).append(" | ").append(field.description())
                        .append(" |\n");
            }
            for (List<String> group : spec.exactlyOne()) {
                out.append("\nGive exactly one of ").append(group.stream().map(n -> "`" + n + "`")
                        .collect(Collectors.joining(" or "))).append(".\n");
            }
        }
        out.append("\n## control parameters\n\n")
                .append("Parameters are free per kind. The documented ones below are type-checked, and a parameter\n")
                .append("that looks like a misspelling of one of them is an error; any other parameter is kept as\n")
                .append("written, for your own rules.\n\n")
                .append("| kind | parameter | type | meaning |\n| --- | --- | --- | --- |\n");
        for (ControlKind kind : ControlKind.values()) {
            for (FieldSpec parameter : ControlParameters.of(kind)) {
                out.append("| ").append(kind.yamlName()).append(" | `").append(parameter.name()).append("` | ")
                        .append(describe(parameter.type())).append(" | ").append(parameter.description()).append(" |\n");
            }
        }
        out.append("\n## other spellings\n\n")
                .append("Closed fields also accept the spellings people commonly use, each standing for one value; the\n")
                .append("JSON Schema lists them too. A value that is neither is an error with the closest spelling.\n\n")
                .append("| field | spelling: value |\n| --- | --- |\n");
        Map<Vocabulary, List<String>> fieldsByVocabulary = new LinkedHashMap<>();
        for (ObjectSpec spec : objects()) {
            for (FieldSpec field : spec.fields()) {
                vocabulary(field.type()).ifPresent(v -> fieldsByVocabulary.computeIfAbsent(v, k -> new ArrayList<>())
                        .add("`" + spec.name() + "." + field.name() + "`"));
            }
        }
        for (ControlKind kind : ControlKind.values()) {
            for (FieldSpec parameter : ControlParameters.of(kind)) {
                vocabulary(parameter.type()).ifPresent(v -> fieldsByVocabulary.computeIfAbsent(v, k -> new ArrayList<>())
                        .add("`" + kind.yamlName() + " " + parameter.name() + "`"));
            }
        }
        fieldsByVocabulary.forEach((vocabulary, fields) -> out.append("| ").append(String.join(", ", fields))
                .append(" | ").append(vocabulary.aliases().entrySet().stream()
                        .map(e -> "`" + e.getKey() + "`: " + e.getValue()).collect(Collectors.joining(", ")))
                .append(" |\n"));
        return out.toString();
    }

    /** The vocabulary of a closed field (or of a list of them) that has other spellings. */
    private static java.util.Optional<Vocabulary> vocabulary(FieldType type) {
        while (type instanceof FieldType.ListOf list) {
            type = list.item();
        }
        Vocabulary vocabulary = type instanceof FieldType.Choice choice ? choice.vocabulary()
                : type instanceof FieldType.Words words ? words.vocabulary()
                : type instanceof FieldType.Span span ? span.vocabulary()
                : type instanceof FieldType.Flag flag ? flag.vocabulary() : null;
        return vocabulary == null || vocabulary.aliases().isEmpty() ? java.util.Optional.empty()
                : java.util.Optional.of(vocabulary);
    }

    /** Every object spec reachable from the root, in first-seen order. */
    private static List<ObjectSpec> objects() {
        Set<ObjectSpec> seen = new LinkedHashSet<>();
        collect(ModelSpec.ROOT, seen);
        return new ArrayList<>(seen);
    }

    private static void collect(ObjectSpec spec, Set<ObjectSpec> seen) {
        if (!seen.add(spec)) {
            return;
        }
        for (FieldSpec field : spec.fields()) {
            FieldType type = field.type();
            while (type instanceof FieldType.ListOf list) {
                type = list.item();
            }
            if (type instanceof FieldType.Nested nested) {
                collect(nested.spec(), seen);
            }
        }
    }

    static String describe(FieldType type) {
        if (type instanceof FieldType.Text) {
            return "text";
        }
        if (type instanceof FieldType.Identifier) {
            return "id";
        }
        if (type instanceof FieldType.Flag) {
            return "true/false (yes/no)";
        }
        if (type instanceof FieldType.WholeNumber range) {
            return range.max() == Integer.MAX_VALUE ? "whole number >= " + range.min()
                    : "whole number " + range.min() + " to " + range.max();
        }
        if (type instanceof FieldType.Span span) {
            return "duration (30m, 4h, 2d, 1w" + span.words().stream().map(w -> ", " + w).collect(Collectors.joining())
                    + ")";
        }
        if (type instanceof FieldType.Day) {
            return "date (YYYY-MM-DD)";
        }
        if (type instanceof FieldType.Percent) {
            return "percentage (60%)";
        }
        if (type instanceof FieldType.IpAddress) {
            return "IP address";
        }
        if (type instanceof FieldType.MacAddress) {
            return "MAC address";
        }
        if (type instanceof FieldType.Choice choice) {
            return "one of " + choice.names().stream().map(n -> "`" + n + "`").collect(Collectors.joining(", "));
        }
        if (type instanceof FieldType.Words words) {
            return "one of " + words.values().stream().map(n -> "`" + n + "`").collect(Collectors.joining(", "));
        }
        if (type instanceof FieldType.Reference reference) {
            return "reference to " + kinds(reference.kinds());
        }
        if (type instanceof FieldType.ListOf list) {
            return "list of " + describe(list.item()) + (list.singleAllowed() ? " (or one)" : "");
        }
        if (type instanceof FieldType.Nested nested) {
            return "[" + nested.spec().name() + "](#" + nested.spec().name() + ")";
        }
        if (type instanceof FieldType.Requires requires) {
            return "dependency expression over " + kinds(requires.kinds());
        }
        return "value or list of values";
    }

    private static String kinds(Set<RefKind> kinds) {
        return kinds.stream().sorted().map(k -> "`" + k.yamlName() + (k.isEndpoint() ? "" : ":ID") + "`")
                .collect(Collectors.joining(", "));
    }
}
