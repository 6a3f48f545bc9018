package org.otbridge.model.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.otbridge.model.load.LoadResult;
import org.otbridge.model.load.ModelLoader;
import org.otbridge.model.load.ModelSource;
import org.otbridge.model.spec.FieldSpec;
import org.otbridge.model.spec.FieldType;
import org.otbridge.model.spec.ModelSpec;
import org.otbridge.model.spec.ObjectSpec;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The JSON Schema editors use must agree with the loader: every model we ship validates against
 * it, documents the loader rejects for their shape are rejected by it too, and every field of the
 * spec is in it. This is the test that keeps the schema and the loader in step.
 */
class SchemaTest {

    private static final Path EXAMPLES = Path.of("..", "examples");
    private static final Path STARTER = Path.of("..", "otbridge-cli", "src", "main", "resources", "org", "otbridge", "cli",
            "init", "model.yaml");

    private static final YAMLMapper YAML = YAMLMapper.builder().build();
    private static final ObjectNode SCHEMA_NODE = new JsonSchemaWriter().schema();
    private static final Schema SCHEMA = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(SCHEMA_NODE);

    private static List<String> schemaErrors(String yaml) {
        JsonNode document = YAML.readTree(yaml);
        return SCHEMA.validate(document).stream().map(Error::toString).toList();
    }

    private static LoadResult load(String yaml) {
        return new ModelLoader().load(List.of(new ModelSource("model.yaml", yaml)));
    }

    /** Every model file we ship: the examples and the starter model {@code otbridge init} writes. */
    static List<Path> shippedModels() throws IOException {
        List<Path> files = new ArrayList<>();
        files.add(STARTER);
        if (Files.isDirectory(EXAMPLES)) {
            try (Stream<Path> walk = Files.walk(EXAMPLES)) {
                walk.filter(Files::isRegularFile)
                        .filter(p -> p.getFileName().toString().matches(".*\\.ya?ml"))
                        .sorted()
                        .forEach(files::add);
            }
        }
        return files;
    }

    @Test
    void theStarterModelIsAmongTheValidatedFiles() throws IOException {
        assertThat(STARTER).isRegularFile();
        assertThat(shippedModels()).contains(STARTER);
    }

    @ParameterizedTest
    @MethodSource("shippedModels")
    void shippedModelFilesValidateAgainstTheSchema(Path file) throws IOException {
        JsonNode document = YAML.readTree(Files.readString(file, StandardCharsets.UTF_8));
        assertThat(document).as("%s holds a model", file).isNotNull();
        if (document.isMissingNode() || document.isNull()) {
            return; // an empty or comment-only file is a valid (empty) part of a model
        }
        assertThat(SCHEMA.validate(document)).as("schema errors in %s", file).isEmpty();
    }

    @Test
    void theStarterModelIsAlsoValidForTheLoader() {
        assertThat(new ModelLoader().load(STARTER).problems()).isEmpty();
    }

    @Test
    void schemaIsDraft2020WithTheModelsId() {
        assertThat(SCHEMA_NODE.get("$schema").asString()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
        assertThat(SCHEMA_NODE.get("$id").asString()).isEqualTo(JsonSchemaWriter.SCHEMA_ID);
        // What `otbridge schema` prints is exactly this schema, as JSON.
        var json = tools.jackson.databind.json.JsonMapper.builder().build();
        assertThat(json.writeValueAsString(json.readTree(new JsonSchemaWriter().toJson())))
                .isEqualTo(json.writeValueAsString(SCHEMA_NODE));
    }

    /** Documents the loader rejects for a reason a schema can express; the schema must reject them too. */
    @ParameterizedTest
    @ValueSource(strings = {
        // unknown field in an asset
        "zones: [{id: cc, domain: ot}]\nassets: [{id: a, type: plc, zone: cc, colour: red}]\n",
        // misspelt field in a connection
        "connections: [{id: c, from: internet, to: zone:cc, initator: from}]\n",
        // unknown top-level section
        "asests: []\n",
        // bad enum values
        "zones: [{id: cc, domain: ot}]\nassets: [{id: a, type: plcc, zone: cc}]\n",
        "zones: [{id: cc, domain: otx}]\n",
        "zones: [{id: cc, domain: ot, level: 2.5}]\n",
        "connections: [{id: c, from: internet, to: zone:cc, protocol: modbuss}]\n",
        "services: [{id: s, impact: {safety: hihg}}]\n",
        "controls: [{id: c, kind: pasword-policy}]\n",
        // bad durations
        "services: [{id: s, max_tolerable_downtime: 4 hours}]\n",
        "services: [{id: s, max_tolerable_downtime: 4H}]\n",
        "services: [{id: s, max_tolerable_downtime: -1h}]\n",
        // dates and percentages in the wrong format
        "zones: [{id: cc, domain: ot}]\nassets: [{id: a, type: plc, zone: cc, end_of_support: 26-01-01}]\n",
        "services: [{id: s, fallback: {capacity: 60}}]\n",
        // missing required fields, zone and zones
        "zones: [{id: cc}]\n",
        "zones: [{domain: ot}]\n",
        "zones: [{id: cc, domain: ot}]\nassets: [{id: a, type: plc}]\n",
        "zones: [{id: cc, domain: ot}]\nassets: [{id: a, type: plc, zone: cc, zones: [cc]}]\n",
        // references of the wrong kind or needing their kind
        "zones: [{id: x, domain: ot}]\nconnections: [{id: c, from: internet, to: zone:x, via: [zone:x]}]\n",
        "suppliers: [{id: s, contract_owner: unit:it}]\n",
        "connections: [{id: c, from: plc-1, to: internet}]\n",
        "connections: [{id: c, from: internet, to: assett:x}]\n",
        // ids and ranges
        "zones: [{id: CC, domain: ot}]\n",
        "zones: [{id: cc, domain: ot, target_sl: 5}]\n",
        "zones: [{id: cc, domain: ot, flat: maybe}]\n",
        // dependency expressions of an unknown form
        "services: [{id: s, requires: {anyy: [zone:cc]}}]\n",
        "services: [{id: s, requires: {at_least: 0, of: [zone:cc]}}]\n",
        // a root that is not a mapping
        "- id: a\n",
    })
    void schemaRejectsWhatTheLoaderRejects(String yaml) {
        assertThat(load(yaml).problems()).as("the loader rejects this document").isNotEmpty();
        assertThat(schemaErrors(yaml)).as("the schema rejects this document").isNotEmpty();
    }

    /** Documents the loader accepts; the schema must not flag them in an editor. */
    @ParameterizedTest
    @ValueSource(strings = {
        "x-anything: {free: [1, 2]}\nzones: [{id: cc, domain: ot, x-colour: red}]\n",
        "zones: [{id: dmz, domain: dmz, level: 3.5}, {id: cc, domain: ot, level: 2, flat: false, target_sl: 4}]\n",
        "zones: [{id: cc, domain: ot}]\nassets: [{id: a, type: plc, zone: cc, version: 7.5, spares: {on_hand: 0, lead_time: 12w}}]\n",
        "zones: [{id: cc, domain: ot}]\nassets: [{id: a, type: plc, zones: [cc, zone:cc], ips: [10.0.0.1], usage: [unattended]}]\n",
        "zones: [{id: cc, domain: ot}]\nconnections: [{id: c, from: internet, to: zone:cc, via: [fw], ports: [443], initiator: both}]\n",
        "controls: [{id: pw, kind: password-policy, min_length: 13, vendor_ticket: X-1, tags: [a, b]}]\n",
        "organization: {people: [{id: anna}]}\n"
                + "responsibilities: [{subject: program:ot-security, accountable: person:anna, responsible: person:anna},\n"
                + "  {subject: program:ot-security, accountable: [person:anna], informed: [unit:x]}]\n",
        "zones: [{id: cc, domain: ot}]\n"
                + "services: [{id: s, requires: [zone:cc, {any: [zone:cc, {at_least: 1, of: [zone:cc]}]}, {all: [zone:cc]}],\n"
                + "  fallback: {capacity: 60%, sustainable_for: 24h, last_tested: 2026-03-01}}]\n",
    })
    void schemaAcceptsWhatTheLoaderAcceptsForItsShape(String yaml) {
        // Dangling references are the loader's business alone; only shape problems matter here.
        assertThat(load(yaml).problems()).allSatisfy(p -> assertThat(p.message()).contains("is not defined"));
        assertThat(schemaErrors(yaml)).isEmpty();
    }

    @Test
    void everySpecFieldIsInTheSchemaWithItsDescriptionAndRequiredness() {
        Set<String> checked = new TreeSet<>();
        checkObject(ModelSpec.ROOT, SCHEMA_NODE, "model", checked);
        // The walk must really have reached the deep objects, or this test proves nothing.
        assertThat(checked).contains("model.services[].fallback.sustainable_for", "model.assets[].spares.lead_time",
                "model.organization.people[].mandate", "model.connections[].initiator", "model.zones[].flat",
                "model.responsibilities[].accountable", "model.controls[].applies_to");
        assertThat(checked).hasSizeGreaterThan(100);
    }

    private void checkObject(ObjectSpec spec, JsonNode node, String path, Set<String> checked) {
        assertThat(node.path("type").asString()).as("%s is an object", path).isEqualTo("object");
        JsonNode properties = node.get("properties");
        assertThat(properties).as("%s has properties", path).isNotNull();
        Set<String> inSchema = new TreeSet<>(properties.propertyNames());
        assertThat(inSchema).as("properties of %s in the schema and in the spec", path)
                .containsExactlyInAnyOrderElementsOf(spec.fieldNames());
        assertThat(node.get("additionalProperties").asBoolean()).as("%s takes free keys", path)
                .isEqualTo(spec.parameters());
        assertThat(node.path("patternProperties").has("^" + ModelSpec.EXTENSION_PREFIX))
                .as("%s accepts x- extension keys", path).isTrue();
        Set<String> required = new TreeSet<>();
        node.path("required").forEach(r -> required.add(r.asString()));
        for (FieldSpec field : spec.fields()) {
            String fieldPath = path + "." + field.name();
            JsonNode property = properties.get(field.name());
            assertThat(property.path("description").asString()).as(fieldPath).isEqualTo(field.description());
            assertThat(required.contains(field.name())).as("%s required", fieldPath).isEqualTo(field.required());
            checkType(field.type(), property, fieldPath, checked);
            checked.add(fieldPath);
        }
    }

    private void checkType(FieldType type, JsonNode node, String path, Set<String> checked) {
        if (type instanceof FieldType.Nested nested) {
            checkObject(nested.spec(), node, path, checked);
        } else if (type instanceof FieldType.ListOf list) {
            JsonNode array = list.singleAllowed() ? node.path("anyOf").path(1) : node;
            assertThat(array.path("type").asString()).as("%s is an array", path).isEqualTo("array");
            checkType(list.item(), array.get("items"), path + "[]", checked);
            if (list.singleAllowed()) {
                checkType(list.item(), node.path("anyOf").path(0), path, checked);
            }
        } else if (type instanceof FieldType.Choice choice) {
            List<String> values = new ArrayList<>();
            node.path("enum").forEach(v -> {
                if (!v.isNull()) {
                    values.add(v.getNodeType() + ":" + v.asString());
                }
            });
            List<String> expected = new ArrayList<>();
            for (Object value : choice.vocabulary().jsonValues()) {
                expected.add((value instanceof String ? "STRING" : value instanceof Boolean ? "BOOLEAN" : "NUMBER")
                        + ":" + value);
            }
            assertThat(values).as("%s enum", path).containsExactlyElementsOf(expected);
            assertThat(values).as("%s lists its values first", path).startsWith(choice.names().stream()
                    .map(n -> (n.matches("[0-9.]+") ? "NUMBER:" : "STRING:") + n).toList().get(0));
        } else if (type instanceof FieldType.Requires) {
            assertThat(node.path("$ref").asString()).as(path).isEqualTo("#/$defs/requires");
        } else {
            assertThat(node.has("type") || node.has("enum")).as("%s has a type", path).isTrue();
        }
    }
}
