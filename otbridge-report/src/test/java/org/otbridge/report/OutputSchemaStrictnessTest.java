package org.otbridge.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The schemas are strict, so a tool that validates against them notices any change: every object
 * is closed and lists every key as required, an unknown key anywhere is rejected, and so is a
 * value outside a closed list, a malformed reference, duration or date, or a null where the
 * documents never have one.
 */
class OutputSchemaStrictnessTest {

    private static final String REMOVE = "<remove>";

    static List<OutputSchemas.Document> schemas() {
        return OutputSchemas.both();
    }

    @ParameterizedTest
    @MethodSource("schemas")
    void schemaIsValidDraft2020(OutputSchemas.Document schema) {
        Schema meta = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
        assertThat(meta.validate(schema.root())).as("%s against the draft 2020-12 meta-schema", schema.file()).isEmpty();
        assertThat(schema.root().get("$schema").stringValue()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
    }

    @ParameterizedTest
    @MethodSource("schemas")
    void everyObjectIsClosedAndRequiresEveryKey(OutputSchemas.Document schema) {
        List<String> open = new ArrayList<>();
        List<String> checked = new ArrayList<>();
        OutputSchemas.subschemas(schema.root(), (where, node) -> {
            boolean object = node.has("properties") || node.has("patternProperties")
                    || "object".equals(node.path("type").asString(""));
            if (!object) {
                return;
            }
            checked.add(where);
            JsonNode additional = node.get("additionalProperties");
            if (additional == null || !additional.isBoolean() || additional.booleanValue()) {
                open.add(where + " takes unknown keys");
            }
            if (node.has("properties")) {
                TreeSet<String> required = new TreeSet<>();
                node.path("required").values().forEach(r -> required.add(r.stringValue()));
                if (!required.equals(new TreeSet<>(node.get("properties").propertyNames()))) {
                    open.add(where + " requires " + required + ", not every key");
                }
            }
        });
        assertThat(open).isEmpty();
        assertThat(checked).as("objects checked").contains("#", "#.fallback");
    }

    /** One object of each kind in the real documents, by its path with list positions as {@code *}. */
    private static Map<String, String> objectKinds(JsonNode node, String pointer, Map<String, String> kinds) {
        if (node.isObject()) {
            kinds.putIfAbsent(pointer.replaceAll("/[0-9]+", "/*"), pointer);
            for (Map.Entry<String, JsonNode> property : node.properties()) {
                objectKinds(property.getValue(), pointer + "/" + escape(property.getKey()), kinds);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                objectKinds(node.get(i), pointer + "/" + i, kinds);
            }
        }
        return kinds;
    }

    private static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }

    static Stream<Arguments> realDocuments() {
        return Stream.of(
                Arguments.of("assessment of the example", OutputSchemas.ASSESSMENT, OutputDocuments.assessment()),
                Arguments.of("assessment with drift", OutputSchemas.ASSESSMENT, OutputDocuments.assessmentWithDrift()),
                Arguments.of("failure and compromise", OutputSchemas.WHATIF, OutputDocuments.failureAndCompromise()),
                Arguments.of("scenario telemetrik-gone", OutputSchemas.WHATIF, OutputDocuments.scenario("telemetrik-gone")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("realDocuments")
    void anUnknownKeyIsRejectedInEveryKindOfObject(String name, OutputSchemas.Document schema, JsonNode document) {
        assertThat(schema.errors(document)).as("the document itself is valid").isEmpty();
        Map<String, String> kinds = objectKinds(document, "", new LinkedHashMap<>());
        assertThat(kinds).as("kinds of object found").hasSizeGreaterThan(4);
        for (String pointer : kinds.values()) {
            JsonNode copy = document.deepCopy();
            ((ObjectNode) copy.at(pointer)).put("x_extra", true);
            assertThat(schema.errors(copy)).as("a key x_extra in %s", pointer.isEmpty() ? "the top level" : pointer)
                    .isNotEmpty();
        }
    }

    /** Index of the first element of a list that passes {@code test}. */
    private static int first(JsonNode array, Predicate<JsonNode> test) {
        for (int i = 0; i < array.size(); i++) {
            if (test.test(array.get(i))) {
                return i;
            }
        }
        throw new IllegalStateException("the example has no such element");
    }

    static Stream<Arguments> wrongValues() {
        JsonNode a = OutputDocuments.assessment();
        int assetPoint = first(a.get("meeting_points"), p -> p.has("asset"));
        int degradedScenario = first(a.get("scenarios"), s -> !s.get("degraded").isEmpty());
        String degraded = "/scenarios/" + degradedScenario + "/degraded/0";
        JsonNode firstRow = a.get("raci").get("rows").get(0);
        String role = "/raci/rows/0/roles/" + escape(firstRow.get("roles").propertyNames().iterator().next());

        JsonNode w = OutputDocuments.failureAndCompromise();
        int reachedAsset = first(w.get("reached"), r -> r.get("element").stringValue().startsWith("asset:"));
        int reachedZone = first(w.get("reached"), r -> r.get("element").stringValue().startsWith("zone:"));

        return Stream.of(
                wrong("assessment", "a later version", "/schema", "\"otbridge.assessment/3\""),
                wrong("assessment", "a severity outside the list", "/findings/0/severity", "\"severe\""),
                wrong("assessment", "a category outside the list", "/findings/0/category", "\"network\""),
                wrong("assessment", "a finding id that is no hash", "/findings/0/id", "\"F-1\""),
                wrong("assessment", "a subject without its kind", "/findings/0/subjects/0", "\"plc-oil\""),
                wrong("assessment", "a subject of an unknown kind", "/findings/0/subjects/0", "\"device:plc-oil\""),
                wrong("assessment", "an id in upper case", "/findings/0/subjects/0", "\"asset:PLC-OIL\""),
                wrong("assessment", "a programme other than ot-security", "/findings/0/subjects/0", "\"program:it\""),
                wrong("assessment", "a finding without subjects", "/findings/0/subjects", "[]"),
                wrong("assessment", "a zone among services", "/findings/0/services", "[\"zone:corp\"]"),
                wrong("assessment", "a title that is null", "/findings/0/title", "null"),
                wrong("assessment", "a finding without accepted", "/findings/0/accepted", REMOVE),
                wrong("assessment", "a domain outside the list", "/meeting_points/0/from_domain", "\"corp\""),
                wrong("assessment", "an initiator outside the list", "/meeting_points/0/initiator", "\"server\""),
                wrong("assessment", "a protocol outside the list", "/meeting_points/0/protocol", "\"modbus-tcp\""),
                wrong("assessment", "an auth outside the list", "/meeting_points/0/auth", "\"token\""),
                wrong("assessment", "via_dmz unknown", "/meeting_points/0/via_dmz", "null"),
                wrong("assessment", "an asset in one domain", "/meeting_points/" + assetPoint + "/domains", "[\"ot\"]"),
                wrong("assessment", "an asset as an entry point", "/attack_paths/0/entry", "\"asset:plc-oil\""),
                wrong("assessment", "a technique by name", "/attack_paths/0/techniques/0", "\"Remote Services\""),
                wrong("assessment", "a rank beyond the alternatives", "/attack_paths/0/rank", "4"),
                wrong("assessment", "a negative cost", "/attack_paths/0/cost", "-1.0"),
                wrong("assessment", "a cost as text", "/shortcuts/0/cost_with", "\"0.5\""),
                wrong("assessment", "a negative count", "/summary/critical", "-1"),
                wrong("assessment", "a count missing", "/model/counts/assets", REMOVE),
                wrong("assessment", "a cut set of one", "/cut_sets/0/elements", "[\"asset:fw-inet\"]"),
                wrong("assessment", "an impact outside the list", degraded + "/impact", "\"severe\""),
                wrong("assessment", "a duration in words", degraded + "/lost_after", "\"3 days\""),
                wrong("assessment", "a duration in upper case", degraded + "/tolerable", "\"4H\""),
                wrong("assessment", "a date in another format", degraded + "/fallback/last_tested", "\"20.05.2025\""),
                wrong("assessment", "a role letter outside RACI", role, "\"X\""),
                wrong("assessment", "role letters out of order", role, "\"IR\""),
                wrong("assessment", "a zone as a party", "/raci/parties/0", "\"zone:corp\""),
                wrong("whatif", "the other document's schema", "/schema", "\"otbridge.assessment/2\""),
                wrong("whatif", "the internet failing", "/fail/0", "\"internet\""),
                wrong("whatif", "an unknown endpoint compromised", "/compromise/0", "\"intranet\""),
                wrong("whatif", "a scenario by id only", "/scenario", "\"scada-hp-loss\""),
                wrong("whatif", "an impact outside the list", "/lost/0/impact", "\"severe\""),
                wrong("whatif", "a capacity with a percent sign", "/degraded/0/fallback/capacity", "\"70%\""),
                wrong("whatif", "an asset as supplier", "/unsupported/0/supplier", "\"asset:fep-heat\""),
                wrong("whatif", "an asset type outside the list", "/reached/" + reachedAsset + "/type", "\"laptop\""),
                wrong("whatif", "an asset without its type", "/reached/" + reachedAsset + "/type", "null"),
                wrong("whatif", "a zone with an asset type", "/reached/" + reachedZone + "/type", "\"server\""),
                wrong("whatif", "a target without its type", "/services_at_risk/0/target_type", "null"));
    }

    private static Arguments wrong(String document, String what, String pointer, String json) {
        return Arguments.of(document, what, pointer, json);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("wrongValues")
    void aWrongValueIsRejected(String document, String what, String pointer, String json) {
        boolean assessment = document.equals("assessment");
        OutputSchemas.Document schema = assessment ? OutputSchemas.ASSESSMENT : OutputSchemas.WHATIF;
        JsonNode original = assessment ? OutputDocuments.assessment() : OutputDocuments.failureAndCompromise();
        assertThat(original.at(pointer).isMissingNode()).as("%s is in the document", pointer).isFalse();

        JsonNode copy = original.deepCopy();
        int slash = pointer.lastIndexOf('/');
        JsonNode parent = copy.at(pointer.substring(0, slash));
        String token = pointer.substring(slash + 1).replace("~1", "/").replace("~0", "~");
        if (parent instanceof ObjectNode object) {
            if (json.equals(REMOVE)) {
                object.remove(token);
            } else {
                object.set(token, OutputSchemas.parse(json));
            }
        } else {
            ((ArrayNode) parent).set(Integer.parseInt(token), OutputSchemas.parse(json));
        }
        // The unmodified documents are valid: anUnknownKeyIsRejectedInEveryKindOfObject checks them.
        assertThat(schema.errors(copy)).as("%s at %s", what, pointer).isNotEmpty();
    }

    @Test
    void aDocumentOfTheOtherKindIsRejected() {
        assertThat(OutputSchemas.WHATIF.errors(OutputDocuments.assessment())).isNotEmpty();
        assertThat(OutputSchemas.ASSESSMENT.errors(OutputDocuments.failureAndCompromise())).isNotEmpty();
    }
}
