package org.otbridge.model.schema;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.otbridge.model.ControlKind;
import org.otbridge.model.RefKind;
import org.otbridge.model.spec.ControlParameters;
import org.otbridge.model.spec.FieldSpec;
import org.otbridge.model.spec.FieldType;
import org.otbridge.model.spec.ModelSpec;
import org.otbridge.model.spec.ObjectSpec;
import org.otbridge.model.spec.Vocabulary;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes the JSON Schema (draft 2020-12) of the model from the same spec the loader reads by,
 * for editors with a YAML language server. What a schema cannot say (references that resolve,
 * cycles, "did you mean") stays with {@code otbridge check}.
 */
public final class JsonSchemaWriter {

    public static final String SCHEMA_ID = "https://otbridge.org/schema/model-1.json";
    private static final String ID_PATTERN = "[a-z0-9][a-z0-9._-]*";

    private final JsonNodeFactory nodes = JsonNodeFactory.instance;

    public ObjectNode schema() {
        ObjectNode schema = nodes.objectNode();
        schema.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        schema.put("$id", SCHEMA_ID);
        schema.put("title", "OT Bridge site model");
        schema.put("description", ModelSpec.ROOT.description());
        ObjectNode defs = nodes.objectNode();
        defs.set("requires", requiresDefinition());
        fillObject(schema, ModelSpec.ROOT);
        schema.set("$defs", defs);
        return schema;
    }

    public String toJson() {
        return JsonMapper.builder().build().writerWithDefaultPrettyPrinter().writeValueAsString(schema()) + "\n";
    }

    private ObjectNode object(ObjectSpec spec) {
        ObjectNode node = nodes.objectNode();
        node.put("description", spec.description());
        fillObject(node, spec);
        return node;
    }

    private void fillObject(ObjectNode node, ObjectSpec spec) {
        node.put("type", "object");
        ObjectNode properties = node.putObject("properties");
        ArrayNode required = nodes.arrayNode();
        for (FieldSpec field : spec.fields()) {
            ObjectNode property = type(field.type());
            if (!field.required()) {
                allowEmpty(property);
            }
            property.put("description", field.description());
            properties.set(field.name(), property);
            if (field.required()) {
                required.add(field.name());
            }
        }
        if (!required.isEmpty()) {
            node.set("required", required);
        }
        for (List<String> group : spec.exactlyOne()) {
            ArrayNode oneOf = node.putArray("oneOf");
            for (String name : group) {
                oneOf.addObject().putArray("required").add(name);
            }
        }
        for (ObjectSpec.OnlyWith rule : spec.onlyWith()) {
            ObjectNode condition = node.withArray("allOf").addObject();
            ObjectNode ifBoth = condition.putObject("if");
            ifBoth.putArray("required").add(rule.other()).add(rule.field());
            ifBoth.putObject("properties").putObject(rule.other()).putObject("not").put("type", "null");
            ObjectNode allowed = condition.putObject("then").putObject("properties").putObject(rule.other());
            addEnum(allowed, spellingsOf(spec.fieldOrNull(rule.other()).type(), rule.values()));
        }
        if (spec.parameters()) {
            addParameters(node, spec);
        }
        node.putObject("patternProperties").putObject("^" + ModelSpec.EXTENSION_PREFIX);
        // Controls take free parameters; the loader still catches misspelt documented ones.
        node.put("additionalProperties", spec.parameters());
    }

    /**
     * An optional closed value left empty is as good as absent, for the loader and so here; open
     * values (text, numbers, dates) stay as they were.
     */
    private static void allowEmpty(ObjectNode property) {
        if (property.has("enum")) {
            ((ArrayNode) property.get("enum")).addNull();
        } else if (property.has("anyOf")) {
            for (tools.jackson.databind.JsonNode option : property.get("anyOf")) {
                if (option.has("enum")) {
                    ((ArrayNode) option.get("enum")).addNull();
                }
            }
        }
    }

    /** The documented parameters of each control kind, checked when the control is of that kind. */
    private void addParameters(ObjectNode node, ObjectSpec spec) {
        FieldType kinds = spec.fieldOrNull("kind").type();
        for (ControlKind kind : ControlKind.values()) {
            List<FieldSpec> parameters = ControlParameters.of(kind);
            if (parameters.isEmpty()) {
                continue;
            }
            ObjectNode condition = node.withArray("allOf").addObject();
            ObjectNode ofKind = condition.putObject("if");
            ofKind.putArray("required").add("kind");
            addEnum(ofKind.putObject("properties").putObject("kind"), spellingsOf(kinds, List.of(kind.yamlName())));
            ObjectNode properties = condition.putObject("then").putObject("properties");
            for (FieldSpec parameter : parameters) {
                ObjectNode property = type(parameter.type());
                property.put("description", parameter.description());
                allowEmpty(property);
                properties.set(parameter.name(), property);
            }
        }
    }

    private ObjectNode type(FieldType type) {
        ObjectNode node = nodes.objectNode();
        if (type instanceof FieldType.Text) {
            node.putArray("type").add("string").add("number").add("boolean");
        } else if (type instanceof FieldType.Identifier) {
            node.put("type", "string").put("pattern", "^" + ID_PATTERN + "$");
        } else if (type instanceof FieldType.Flag flag) {
            addEnum(node, flag.vocabulary());
        } else if (type instanceof FieldType.WholeNumber range) {
            node.put("type", "integer").put("minimum", range.min());
            if (range.max() != Integer.MAX_VALUE) {
                node.put("maximum", range.max());
            }
        } else if (type instanceof FieldType.Span span) {
            ObjectNode duration = nodes.objectNode().put("type", "string").put("pattern", "^[0-9]+[mhdw]$");
            if (span.vocabulary().spellings().isEmpty()) {
                return duration;
            }
            ObjectNode words = nodes.objectNode();
            addEnum(words, span.vocabulary());
            node.putArray("anyOf").add(duration).add(words);
        } else if (type instanceof FieldType.Day) {
            node.put("type", "string").put("pattern", "^[0-9]{4}-[0-9]{2}-[0-9]{2}$");
        } else if (type instanceof FieldType.Percent) {
            node.put("type", "string").put("pattern", "^[0-9]{1,3}(\\.[0-9]+)? ?%$");
        } else if (type instanceof FieldType.IpAddress || type instanceof FieldType.MacAddress) {
            node.put("type", "string");
        } else if (type instanceof FieldType.Choice choice) {
            addEnum(node, choice.vocabulary());
        } else if (type instanceof FieldType.Words words) {
            addEnum(node, words.vocabulary());
        } else if (type instanceof FieldType.Reference reference) {
            node.put("type", "string").put("pattern", referencePattern(reference.kinds()));
        } else if (type instanceof FieldType.ListOf list) {
            ObjectNode array = nodes.objectNode().put("type", "array");
            array.set("items", type(list.item()));
            if (list.singleAllowed()) {
                node.putArray("anyOf").add(type(list.item())).add(array);
            } else {
                return array;
            }
        } else if (type instanceof FieldType.Nested nested) {
            return object(nested.spec());
        } else if (type instanceof FieldType.Requires) {
            node.put("$ref", "#/$defs/requires");
        } else if (type instanceof FieldType.Free) {
            node.putArray("type").add("string").add("number").add("boolean").add("array");
        } else {
            throw new IllegalStateException("no schema for " + type);
        }
        return node;
    }

    /**
     * Every spelling the loader accepts: values first, then other spellings; number-like and
     * boolean-like ones both plain and quoted (Vocabulary#jsonValues).
     */
    private static void addEnum(ObjectNode node, Vocabulary vocabulary) {
        ArrayNode values = node.putArray("enum");
        for (Object value : vocabulary.jsonValues()) {
            if (value instanceof Long number) {
                values.add(number.longValue());
            } else if (value instanceof Double number) {
                values.add(number.doubleValue());
            } else if (value instanceof Boolean flag) {
                values.add(flag.booleanValue());
            } else {
                values.add((String) value);
            }
        }
    }

    /** The vocabulary of {@code type} narrowed to {@code values} and their other spellings. */
    private static Vocabulary spellingsOf(FieldType type, List<String> values) {
        Vocabulary all = type instanceof FieldType.Choice choice ? choice.vocabulary()
                : type instanceof FieldType.Words words ? words.vocabulary() : Vocabulary.of(values);
        java.util.Map<String, String> aliases = new java.util.LinkedHashMap<>();
        all.aliases().forEach((alias, value) -> {
            if (values.contains(value)) {
                aliases.put(alias, value);
            }
        });
        return Vocabulary.of(values, aliases);
    }

    private static String referencePattern(Set<RefKind> kinds) {
        List<String> idKinds = kinds.stream().filter(k -> !k.isEndpoint()).sorted().map(RefKind::yamlName).toList();
        StringBuilder pattern = new StringBuilder("^(");
        String separator = "";
        if (!idKinds.isEmpty()) {
            // A bare id is allowed where only one kind of element fits.
            pattern.append(idKinds.size() == 1 ? "(" + idKinds.get(0) + ":)?" : "(" + String.join("|", idKinds) + "):")
                    .append(ID_PATTERN);
            separator = "|";
        }
        for (RefKind endpoint : EnumSet.of(RefKind.INTERNET, RefKind.REMOVABLE_MEDIA)) {
            if (kinds.contains(endpoint)) {
                pattern.append(separator).append(endpoint.yamlName());
                separator = "|";
            }
        }
        return pattern.append(")$").toString();
    }

    private ObjectNode requiresDefinition() {
        ObjectNode definition = nodes.objectNode();
        definition.put("description", "A dependency expression: a reference, a list (all of), {all: [...]}, "
                + "{any: [...]} or {at_least: k, of: [...]}.");
        ArrayNode anyOf = definition.putArray("anyOf");
        anyOf.addObject().put("type", "string").put("pattern", referencePattern(ModelSpec.ELEMENT_KINDS));
        ObjectNode self = nodes.objectNode().put("$ref", "#/$defs/requires");
        anyOf.addObject().put("type", "array").set("items", self);
        for (String form : List.of("all", "any")) {
            ObjectNode option = anyOf.addObject().put("type", "object").put("additionalProperties", false);
            option.putArray("required").add(form);
            option.putObject("properties").putObject(form).put("type", "array").set("items", self.deepCopy());
        }
        ObjectNode atLeast = anyOf.addObject().put("type", "object").put("additionalProperties", false);
        atLeast.putArray("required").add("at_least").add("of");
        ObjectNode properties = atLeast.putObject("properties");
        properties.putObject("at_least").put("type", "integer").put("minimum", 1);
        properties.putObject("of").put("type", "array").set("items", self.deepCopy());
        return definition;
    }
}
