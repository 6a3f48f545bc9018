package org.otbridge.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.otbridge.analysis.Assessment;
import org.otbridge.analysis.Category;
import org.otbridge.analysis.Finding;
import org.otbridge.analysis.Severity;
import org.otbridge.model.YamlEnum;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class JsonReportTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final List<String> TOP_LEVEL = List.of("schema", "model", "summary", "scorecard", "findings",
            "problems", "actions", "meeting_points", "attack_paths", "shortcuts", "entry_conduits", "outages",
            "failure_impact", "single_points_of_failure", "cut_sets", "scenarios", "raci", "drift");
    private static final List<String> FINDING_KEYS = List.of("id", "rule", "category", "severity", "title", "subjects",
            "services", "explanation", "recommendation", "references", "accepted");
    private static final String REF = "([a-z-]+:[A-Za-z0-9._-]+|internet|removable-media)";

    private static JsonNode parse(String json) {
        return JSON.readTree(json);
    }

    private static List<String> keys(JsonNode node) {
        return new ArrayList<>(node.propertyNames());
    }

    private static void assertArrayOf(JsonNode node, String what, Predicate<JsonNode> element) {
        assertThat(node).as(what).isNotNull();
        assertThat(node.isArray()).as(what + " is an array").isTrue();
        for (JsonNode value : node.values()) {
            assertThat(element.test(value)).as(what + " element " + value).isTrue();
        }
    }

    private static List<String> texts(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.values().forEach(v -> values.add(v.stringValue()));
        return values;
    }

    private static boolean isRef(JsonNode node) {
        return node.isString() && node.stringValue().matches(REF);
    }

    @Test
    void documentHasEveryKeyOfTheContractWithItsType() {
        JsonNode doc = parse(new JsonReport().toJson(Fixtures.sample()));

        assertThat(keys(doc)).containsExactlyElementsOf(TOP_LEVEL);
        assertThat(doc.get("schema").stringValue()).isEqualTo("otbridge.assessment/2");

        JsonNode model = doc.get("model");
        assertThat(keys(model)).containsExactly("name", "files", "counts");
        assertThat(model.get("name").stringValue()).isEqualTo("Test Utility");
        assertArrayOf(model.get("files"), "model.files", JsonNode::isString);
        assertThat(model.get("files").get(0).stringValue()).isEqualTo("site/model.yaml");
        JsonNode counts = model.get("counts");
        assertThat(keys(counts)).startsWith("assets", "zones", "connections")
                .containsExactlyElementsOf(Fixtures.emptyModel("x").counts().keySet());
        counts.values().forEach(v -> assertThat(v.isInt()).isTrue());

        JsonNode summary = doc.get("summary");
        assertThat(keys(summary)).containsExactly("critical", "high", "medium", "low", "info", "accepted", "incomplete");
        assertThat(summary.get("incomplete").isArray()).isTrue();
        assertThat(summary.get("incomplete").size()).as("every rule ran to the end").isZero();
        assertThat(summary.get("critical").intValue()).isEqualTo(1);
        assertThat(summary.get("high").intValue()).isEqualTo(2);
        assertThat(summary.get("medium").intValue()).as("the medium finding is accepted").isZero();
        assertThat(summary.get("low").intValue()).isEqualTo(1);
        assertThat(summary.get("info").intValue()).isEqualTo(1);
        assertThat(summary.get("accepted").intValue()).isEqualTo(1);

        Set<String> categories = Set.copyOf(YamlEnum.names(Category.class));
        Set<String> severities = Set.copyOf(YamlEnum.names(Severity.class));
        assertThat(categories).contains("control-fitness");
        JsonNode findings = doc.get("findings");
        assertThat(findings.size()).isEqualTo(6);
        for (JsonNode f : findings.values()) {
            assertThat(keys(f)).containsExactlyElementsOf(FINDING_KEYS);
            assertThat(f.get("id").stringValue()).matches("[0-9a-f]{16}");
            assertThat(f.get("rule").stringValue()).matches("OTB-[A-Z]+-\\d{3}");
            assertThat(f.get("category").stringValue()).isIn(categories);
            assertThat(f.get("severity").stringValue()).isIn(severities);
            assertThat(f.get("title").isString()).isTrue();
            assertArrayOf(f.get("subjects"), "subjects", JsonReportTest::isRef);
            assertThat(f.get("subjects").size()).isPositive();
            assertArrayOf(f.get("services"), "services", JsonReportTest::isRef);
            assertThat(f.get("explanation").isString()).isTrue();
            assertThat(f.get("recommendation").isString()).isTrue();
            assertArrayOf(f.get("references"), "references", JsonNode::isString);
            assertThat(f.get("accepted").isBoolean()).isTrue();
        }
        assertThat(findings.get(0).get("subjects").get(0).stringValue()).isEqualTo("connection:vendor-ra");
        assertThat(findings.get(0).get("references").get(1).stringValue()).isEqualTo("ATT&CK ICS T0822");
        assertThat(findings.get(0).get("category").stringValue()).isEqualTo("architecture");

        JsonNode points = doc.get("meeting_points");
        assertThat(points.size()).isEqualTo(3);
        JsonNode conduit = points.get(0);
        assertThat(keys(conduit)).containsExactly("connection", "from_domain", "to_domain", "via_dmz", "initiator",
                "protocol", "auth", "encrypted", "always_on", "services", "design", "bypasses");
        assertThat(conduit.get("connection").stringValue()).isEqualTo("connection:hist-repl");
        assertThat(conduit.get("from_domain").stringValue()).isEqualTo("ot");
        assertThat(conduit.get("to_domain").stringValue()).isEqualTo("it");
        assertThat(conduit.get("via_dmz").booleanValue()).isTrue();
        assertThat(conduit.get("initiator").stringValue()).isEqualTo("from");
        assertThat(conduit.get("protocol").stringValue()).isEqualTo("opcua");
        assertThat(conduit.get("auth").stringValue()).isEqualTo("certificate");
        assertThat(conduit.get("always_on").booleanValue()).isFalse();
        assertThat(points.get(1).get("via_dmz").booleanValue()).isFalse();
        JsonNode host = points.get(2);
        assertThat(keys(host)).containsExactly("asset", "domains", "services", "design", "bypasses");
        assertThat(host.get("asset").stringValue()).isEqualTo("asset:eng-ws");
        assertThat(texts(host.get("domains"))).isEqualTo(List.of("it", "ot"));
        assertThat(texts(host.get("services"))).isEqualTo(List.of("service:heat", "service:power"));

        JsonNode path = doc.get("attack_paths").get(0);
        assertThat(keys(path)).containsExactly("entry", "target", "services", "steps", "cost", "techniques", "rank",
                "connections");
        assertThat(path.get("entry").stringValue()).isEqualTo("supplier:acme-scada");
        assertThat(path.get("target").stringValue()).isEqualTo("asset:plc-n1");
        assertArrayOf(path.get("steps"), "steps", JsonReportTest::isRef);
        assertThat(path.get("steps").size()).isEqualTo(4);
        assertThat(path.get("cost").isNumber()).isTrue();
        assertThat(path.get("cost").doubleValue()).isEqualTo(2.5);
        assertThat(texts(path.get("techniques"))).isEqualTo(List.of("T0822", "T0855"));
        assertThat(path.get("rank").intValue()).isZero();
        assertArrayOf(path.get("connections"), "connections", v -> v.isNull() || isRef(v));
        assertThat(path.get("connections").size()).as("one per step after the first").isEqualTo(3);
        assertThat(path.get("connections").get(1).isNull()).isTrue();

        JsonNode shortcuts = doc.get("shortcuts");
        assertThat(keys(shortcuts.get(0))).containsExactly("element", "kind", "bypasses", "entry", "target", "services",
                "baseline_cost", "cost_with", "pairs_lowered");
        assertThat(shortcuts.get(0).get("element").stringValue()).isEqualTo("connection:eng-bridge");
        assertThat(shortcuts.get(0).get("baseline_cost").isNull()).as("no designed way is null").isTrue();
        assertThat(shortcuts.get(0).get("bypasses").stringValue()).isEqualTo("dmz");
        assertThat(shortcuts.get(1).get("pairs_lowered").intValue()).isEqualTo(4);
        assertThat(shortcuts.get(1).get("baseline_cost").doubleValue()).isEqualTo(7.0);
        assertThat(shortcuts.get(1).get("cost_with").doubleValue()).isEqualTo(2.5);

        for (String key : List.of("failure_impact", "single_points_of_failure", "cut_sets", "scenarios")) {
            assertThat(doc.get(key).isArray()).as(key).isTrue();
            assertThat(doc.get(key).isEmpty()).as(key).isTrue();
        }
    }

    @Test
    void findingsAreOrderedBySeverityThenRuleThenId() {
        JsonNode findings = parse(new JsonReport().toJson(Fixtures.sample())).get("findings");
        List<String> order = new ArrayList<>();
        findings.values().forEach(f -> order.add(f.get("severity").stringValue() + " " + f.get("rule").stringValue()));
        assertThat(order).containsExactly("critical OTB-ARCH-001", "high OTB-ARCH-003", "high OTB-ARCH-003",
                "medium OTB-ARCH-002", "low OTB-GOV-002", "info OTB-EXP-001");
        String first = findings.get(1).get("id").stringValue();
        String second = findings.get(2).get("id").stringValue();
        assertThat(first).isLessThan(second);
    }

    @Test
    void sameAssessmentGivesTheSameBytes() {
        String once = new JsonReport().toJson(Fixtures.sample());
        String again = new JsonReport().toJson(Fixtures.sample());
        assertThat(again).isEqualTo(once);
        assertThat(once).endsWith("}\n").doesNotContain("\r");
    }

    @Test
    void bundledExampleAssessedTwiceGivesByteIdenticalJson() {
        String once = new JsonReport().toJson(Fixtures.bundled());
        String again = new JsonReport().toJson(Fixtures.assessBundled());
        assertThat(again).isEqualTo(once);

        Assessment assessment = Fixtures.bundled();
        JsonNode doc = parse(once);
        assertThat(keys(doc)).containsExactlyElementsOf(TOP_LEVEL);
        assertThat(doc.get("model").get("name").stringValue()).isEqualTo(assessment.model().name());
        assertThat(doc.get("model").get("files").size()).isEqualTo(assessment.model().files().size());
        for (Map.Entry<String, Integer> count : assessment.model().counts().entrySet()) {
            assertThat(doc.get("model").get("counts").get(count.getKey()).intValue()).as(count.getKey())
                    .isEqualTo(count.getValue());
        }
        assertThat(doc.get("meeting_points").size()).isEqualTo(assessment.meetingPoints().size()).isPositive();
        for (JsonNode point : doc.get("meeting_points").values()) {
            assertThat(point.has("connection") || point.has("asset")).isTrue();
            assertArrayOf(point.get("services"), "services", JsonReportTest::isRef);
        }
        // The summary agrees with the findings listed, whatever rules exist by now.
        JsonNode summary = doc.get("summary");
        for (Severity severity : Severity.values()) {
            long listed = 0;
            for (JsonNode f : doc.get("findings").values()) {
                if (!f.get("accepted").booleanValue() && f.get("severity").stringValue().equals(severity.yamlName())) {
                    listed++;
                }
            }
            assertThat(summary.get(severity.yamlName()).longValue()).as(severity.yamlName()).isEqualTo(listed);
        }
        assertThat(doc.get("findings").size()).isEqualTo(assessment.findings().size());
    }

    @Test
    void compactAndIndentedDocumentsHoldTheSameData() {
        String compact = new JsonReport(false).toJson(Fixtures.sample());
        assertThat(compact.strip()).doesNotContain("\n");
        assertThat(parse(compact)).isEqualTo(parse(new JsonReport().toJson(Fixtures.sample())));
    }

    @Test
    void textIsEscapedAndReadBackUnchanged() {
        String title = "Quote \" backslash \\ newline \n tab \t and Ærøskøbing ✓";
        Finding odd = Fixtures.finding("OTB-ARCH-009", Severity.HIGH, title, false, "asset:plc-1");
        Assessment assessment = Fixtures.assessment(Fixtures.emptyModel(null), List.of(odd), List.of(), List.of(), List.of());
        JsonNode doc = parse(new JsonReport().toJson(assessment));
        assertThat(doc.get("findings").get(0).get("title").stringValue()).isEqualTo(title);
        assertThat(doc.get("model").get("name").isNull()).as("a model without a name").isTrue();
    }

    @Test
    void emptyResultStillHasEveryKey() {
        JsonNode doc = parse(new JsonReport().toJson(Fixtures.empty()));
        assertThat(keys(doc)).containsExactlyElementsOf(TOP_LEVEL);
        for (String key : TOP_LEVEL.subList(3, TOP_LEVEL.size() - 2)) {
            assertThat(doc.get(key).isArray()).as(key).isTrue();
        }
        assertThat(doc.get("drift").isNull()).as("no capture, no drift").isTrue();
        assertThat(doc.get("raci").get("rows").isArray()).isTrue();
        assertThat(new JsonReport().toJson(Fixtures.empty())).contains("\"findings\": []");
    }

    @Test
    void writesToTheGivenWriterWithoutClosingIt() {
        StringWriter target = new StringWriter();
        Writer guarded = new Writer() {
            boolean closed;

            @Override
            public void write(char[] buffer, int offset, int length) {
                assertThat(closed).isFalse();
                target.write(buffer, offset, length);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
                closed = true;
            }
        };
        new JsonReport().write(Fixtures.sample(), guarded);
        assertThat(target.toString()).isEqualTo(new JsonReport().toJson(Fixtures.sample()));
    }

    @Test
    void largeResultsAreStreamedInOnePass() {
        List<Finding> many = new ArrayList<>();
        for (int i = 0; i < 50_000; i++) {
            many.add(Fixtures.finding("OTB-ARCH-001", Severity.values()[i % 5], "finding " + i, false, "asset:a-" + i));
        }
        Assessment big = Fixtures.assessment(Fixtures.emptyModel("Big"), many, List.of(), List.of(), List.of());
        long[] chars = {0};
        Writer counting = new Writer() {
            @Override
            public void write(char[] buffer, int offset, int length) {
                chars[0] += length;
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        new JsonReport().write(big, counting);
        assertThat(chars[0]).isGreaterThan(50_000L * 300);
    }
}
