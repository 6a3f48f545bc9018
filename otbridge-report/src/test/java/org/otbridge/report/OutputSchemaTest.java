package org.otbridge.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.otbridge.report.OutputSchemas.ASSESSMENT;
import static org.otbridge.report.OutputSchemas.WHATIF;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.otbridge.analysis.Assessor;
import org.otbridge.analysis.whatif.WhatIfResult;
import org.otbridge.model.load.LoadResult;
import org.otbridge.model.load.ModelLoader;
import org.otbridge.synth.SyntheticModel;
import tools.jackson.databind.JsonNode;

/**
 * What the writers produce on real models validates against the schemas users get in
 * docs/schema, with keys in the order the schemas (and docs/output.md) list them.
 */
class OutputSchemaTest {

    private static boolean any(JsonNode array, Predicate<JsonNode> test) {
        for (JsonNode element : array.values()) {
            if (test.test(element)) {
                return true;
            }
        }
        return false;
    }

    private static void assertValid(OutputSchemas.Document schema, JsonNode document) {
        assertThat(schema.errors(document)).as("errors against %s", schema.file()).isEmpty();
    }

    @Test
    void bundledExampleAssessmentValidates() {
        JsonNode doc = OutputDocuments.assessment();
        assertValid(ASSESSMENT, doc);
        assertKeysInSchemaOrder(ASSESSMENT, doc);

        // The example holds every shape and every null the schema allows, or validating it proves little.
        assertThat(any(doc.get("findings"), f -> f.get("accepted").booleanValue())).isTrue();
        assertThat(any(doc.get("findings"), f -> f.get("services").isEmpty())).isTrue();
        assertThat(any(doc.get("meeting_points"), p -> p.has("connection"))).isTrue();
        assertThat(any(doc.get("meeting_points"), p -> p.has("asset"))).isTrue();
        assertThat(any(doc.get("attack_paths"), p -> p.get("rank").intValue() > 0)).isTrue();
        assertThat(any(doc.get("shortcuts"), s -> s.get("baseline_cost").isNull())).isTrue();
        assertThat(any(doc.get("meeting_points"), p -> p.get("bypasses").isNull())).isTrue();
        assertThat(any(doc.get("outages"), o -> o.get("faster_than_tolerated").booleanValue())).isTrue();
        assertThat(doc.get("entry_conduits").size()).isPositive();
        assertThat(any(doc.get("cut_sets"), c -> c.get("elements").size() == 3)).isTrue();
        assertThat(any(doc.get("scenarios"), s -> !s.get("degraded").isEmpty())).isTrue();
        assertThat(any(doc.get("raci").get("rows"), r -> r.get("roles").isEmpty())).isTrue();
    }

    /** The drift section of real captures against a small model holds every shape and null its schema allows. */
    @Test
    void assessmentWithDriftValidates() {
        JsonNode doc = OutputDocuments.assessmentWithDrift();
        assertValid(ASSESSMENT, doc);
        assertKeysInSchemaOrder(ASSESSMENT, doc);
        JsonNode drift = doc.get("drift");
        assertThat(OutputDocuments.assessment().get("drift").isNull()).as("no capture, no drift").isTrue();
        for (String status : List.of("declared", "undeclared")) {
            assertThat(any(drift.get("hosts"), h -> h.get("status").stringValue().equals(status))).as(status).isTrue();
        }
        assertThat(any(drift.get("hosts"), h -> h.get("zone_inferred").booleanValue())).isTrue();
        for (String status : List.of("declared", "other-protocol", "undeclared")) {
            assertThat(any(drift.get("flows"), f -> f.get("status").stringValue().equals(status))).as(status).isTrue();
        }
        assertThat(any(drift.get("flows"), f -> f.get("port").isNull())).isTrue();
        assertThat(any(drift.get("flows"), f -> f.get("client_element").isNull())).isTrue();
        assertThat(any(drift.get("flows"), f -> f.get("remote_tool").booleanValue())).isTrue();
        assertThat(any(drift.get("flows"), f -> f.get("unexpected_commands").booleanValue())).isTrue();
        for (String status : List.of("seen", "other-protocol", "never-seen", "not-covered")) {
            assertThat(any(drift.get("connections"), c -> c.get("status").stringValue().equals(status))).as(status)
                    .isTrue();
        }
        assertThat(any(doc.get("findings"), f -> f.get("category").stringValue().equals("drift"))).isTrue();
    }

    @Test
    void compactAssessmentValidatesAsWell() {
        JsonNode doc = OutputSchemas.parse(new JsonReport(false).toJson(
                new Assessor(OutputDocuments.DAY).assess(OutputDocuments.example())));
        assertValid(ASSESSMENT, doc);
        assertThat(doc).isEqualTo(OutputDocuments.assessment());
    }

    /** Results built from records, as the other views' tests use them, and an empty one that has every key all the same. */
    @Test
    void handBuiltAssessmentsValidate() {
        for (JsonNode doc : List.of(OutputSchemas.parse(new JsonReport().toJson(Fixtures.sample())),
                OutputSchemas.parse(new JsonReport().toJson(Fixtures.empty())))) {
            assertValid(ASSESSMENT, doc);
            assertKeysInSchemaOrder(ASSESSMENT, doc);
        }
    }

    @Test
    void syntheticModelAssessmentValidates(@TempDir Path dir) throws IOException {
        Path folder = dir.resolve("utility");
        SyntheticModel.write(folder, 2000, 7);
        LoadResult loaded = new ModelLoader().load(folder);
        assertThat(loaded.problems()).isEmpty();
        JsonNode doc = OutputSchemas.parse(new JsonReport(false).toJson(
                new Assessor(OutputDocuments.DAY).assess(loaded.model())));
        assertValid(ASSESSMENT, doc);
        assertThat(doc.get("model").get("counts").get("assets").intValue()).isEqualTo(2000);
        assertThat(doc.get("findings").size()).isGreaterThan(100);
    }

    static List<String> scenarioIds() {
        return OutputDocuments.scenarioIds();
    }

    @ParameterizedTest
    @MethodSource("scenarioIds")
    void everyScenarioOfTheExampleValidates(String id) {
        JsonNode doc = OutputDocuments.scenario(id);
        assertValid(WHATIF, doc);
        assertKeysInSchemaOrder(WHATIF, doc);
        assertThat(doc.get("scenario").get("id").stringValue()).isEqualTo(id);
    }

    @Test
    void whatIfWithFailureAndCompromiseValidates() {
        JsonNode doc = OutputDocuments.failureAndCompromise();
        assertValid(WHATIF, doc);
        assertKeysInSchemaOrder(WHATIF, doc);
        assertThat(doc.get("scenario").isNull()).isTrue();
        for (String list : List.of("lost", "degraded", "unsupported", "reached", "services_at_risk")) {
            assertThat(doc.get(list).size()).as(list).isPositive();
        }
        assertThat(any(doc.get("reached"), r -> r.get("type").isNull())).isTrue();
    }

    /** The internet and a firewall as the attacker's holdings: a path from an endpoint, and a note. */
    @Test
    void whatIfFromTheInternetAndAFirewallValidates() {
        WhatIfResult result = OutputDocuments.whatIf().run(List.of(),
                List.of(OutputDocuments.internet(), Fixtures.ref("asset:fw-it-ot")));
        JsonNode doc = OutputSchemas.parse(new WhatIfJson(false).toJson(OutputDocuments.example(), null, result));
        assertValid(WHATIF, doc);
        assertThat(doc.get("notes").size()).isPositive();
        assertThat(any(doc.get("services_at_risk"), s -> s.get("steps").get(0).stringValue().equals("internet")))
                .isTrue();
    }

    /** The keys of every object in {@code document} come in the order its schema lists them. */
    static void assertKeysInSchemaOrder(OutputSchemas.Document schema, JsonNode document) {
        List<String> problems = new ArrayList<>();
        checkOrder(schema.root(), schema.root(), document, "", problems);
        assertThat(problems).as("objects whose keys are not in schema order").isEmpty();
    }

    private static void checkOrder(JsonNode root, JsonNode schema, JsonNode value, String at, List<String> problems) {
        if (value.isNull()) {
            return;
        }
        JsonNode s = select(root, schema, value);
        if (value.isObject() && s.has("properties")) {
            List<String> expected = new ArrayList<>(s.get("properties").propertyNames());
            List<String> actual = new ArrayList<>(value.propertyNames());
            if (!actual.equals(expected)) {
                problems.add(at + ": " + actual + " instead of " + expected);
                return;
            }
            for (Map.Entry<String, JsonNode> property : s.get("properties").properties()) {
                checkOrder(root, property.getValue(), value.get(property.getKey()), at + "/" + property.getKey(), problems);
            }
        } else if (value.isArray() && s.has("items")) {
            for (int i = 0; i < value.size(); i++) {
                checkOrder(root, s.get("items"), value.get(i), at + "/" + i, problems);
            }
        }
    }

    /** The subschema that describes {@code value}: references followed, of a choice the branch with its keys. */
    private static JsonNode select(JsonNode root, JsonNode schema, JsonNode value) {
        JsonNode s = OutputSchemas.resolve(root, schema);
        for (String choice : List.of("anyOf", "oneOf")) {
            if (s.has(choice)) {
                for (JsonNode branch : s.get(choice).values()) {
                    JsonNode candidate = select(root, branch, value);
                    if (describes(candidate, value)) {
                        return candidate;
                    }
                }
            }
        }
        return s;
    }

    private static boolean describes(JsonNode schema, JsonNode value) {
        if (value.isObject()) {
            return schema.has("properties")
                    && new HashSet<>(schema.get("properties").propertyNames()).equals(new HashSet<>(value.propertyNames()));
        }
        return !value.isArray() || schema.has("items");
    }
}
