package org.otbridge.report.sarif;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.otbridge.analysis.Assessment;
import org.otbridge.analysis.Finding;
import org.otbridge.analysis.registry.RuleRegistry;
import org.otbridge.analysis.facts.SiteFacts;
import org.otbridge.analysis.whatif.WhatIf;
import org.otbridge.report.Fixtures;
import org.otbridge.report.WhatIfReport;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** SARIF of the bundled example: valid against the SARIF 2.1.0 schema, located at real model lines. */
class SarifReportTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static Schema schema;
    private static Assessment example;

    @BeforeAll
    static void setUp() throws IOException {
        try (InputStream in = SarifReportTest.class.getResourceAsStream("/sarif/sarif-schema-2.1.0.json")) {
            JsonNode schemaNode = JSON.readTree(in);
            schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4).getSchema(schemaNode);
        }
        example = Fixtures.bundled();
    }

    static List<String> errors(String sarif) {
        return schema.validate(JSON.readTree(sarif)).stream().map(Error::toString).toList();
    }

    private static String sarif(Assessment assessment) {
        StringWriter out = new StringWriter();
        new SarifReport("0.1.0-SNAPSHOT").write(assessment, out);
        return out.toString();
    }

    @Test
    void theSchemaRejectsWhatIsNotSarif() {
        assertThat(errors("{\"version\": \"2.1.0\"}")).isNotEmpty();
        assertThat(errors("{\"version\": \"3.0\", \"runs\": []}")).isNotEmpty();
    }

    @Test
    void theExampleValidatesAndHasAResultPerFinding() {
        String sarif = sarif(example);
        assertThat(errors(sarif)).isEmpty();
        JsonNode run = JSON.readTree(sarif).get("runs").get(0);
        JsonNode results = run.get("results");
        assertThat(results.size()).isEqualTo(example.findings().size());
        // every rule that ran, not only those that fired: a scanner shows what was checked
        Set<String> ruleIds = example.findings().stream().map(Finding::rule).collect(Collectors.toSet());
        RuleRegistry.builtIn().rules().forEach(r -> ruleIds.add(r.id()));
        JsonNode rules = run.get("tool").get("driver").get("rules");
        assertThat(rules.valueStream().map(r -> r.get("id").stringValue()).toList())
                .containsExactlyInAnyOrderElementsOf(ruleIds);
        for (JsonNode rule : rules) {
            assertThat(rule.get("help").get("text").stringValue()).contains("What to do instead:");
        }
        for (int i = 0; i < results.size(); i++) {
            JsonNode result = results.get(i);
            Finding finding = example.findings().get(i);
            assertThat(result.get("partialFingerprints").get(SarifReport.FINGERPRINT).stringValue()).isEqualTo(finding.id());
            assertThat(rules.get(result.get("ruleIndex").intValue()).get("id").stringValue()).isEqualTo(finding.rule());
            assertThat(result.has("suppressions")).isEqualTo(finding.accepted());
        }
        assertThat(sarif(example)).as("the same assessment gives the same log").isEqualTo(sarif);
    }

    @Test
    void driftFindingsAreResultsLikeAnyOther() {
        Assessment assessment = Fixtures.withDrift();
        String sarif = sarif(assessment);
        assertThat(errors(sarif)).isEmpty();
        JsonNode results = JSON.readTree(sarif).get("runs").get(0).get("results");
        assertThat(results.size()).isEqualTo(assessment.findings().size());
        assertThat(results.valueStream().map(r -> r.get("ruleId").stringValue()).filter(id -> id.startsWith("OTB-DRIFT-"))
                .distinct().count()).isGreaterThanOrEqualTo(5);
    }

    @Test
    void eachResultPointsAtTheLineThatDefinesItsFirstSubject() throws IOException {
        Assessment onDisk = Fixtures.bundled();
        JsonNode results = JSON.readTree(sarif(onDisk)).get("runs").get(0).get("results");
        int checked = 0;
        for (int i = 0; i < results.size(); i++) {
            Finding finding = onDisk.findings().get(i);
            JsonNode location = results.get(i).get("locations").get(0).get("physicalLocation");
            String uri = location.get("artifactLocation").get("uri").stringValue();
            assertThat(location.get("artifactLocation").get("uriBaseId").stringValue()).isEqualTo("%SRCROOT%");
            List<String> lines = Files.readAllLines(Path.of(java.net.URLDecoder.decode(uri, java.nio.charset.StandardCharsets.UTF_8)));
            int line = location.get("region").get("startLine").intValue();
            String subject = finding.subjects().get(0).id();
            if (org.otbridge.report.view.Positions.first(onDisk.model(), finding.subjects()).isEmpty()) {
                // No subject has a place in a file (the OT security programme): the model's first file.
                assertThat(uri).isEqualTo(SarifReport.relativeUri(onDisk.model().files().get(0)).orElseThrow());
                assertThat(line).isEqualTo(1);
            } else if (lines.get(line - 1).contains("id: " + subject)) {
                checked++;
            } else {
                // The first subject has no position of its own (internet, a programme): a later one does.
                assertThat(finding.subjects().stream().anyMatch(s -> lines.get(line - 1).contains(s.id())))
                        .as(finding.rule() + " at " + uri + ":" + line).isTrue();
            }
        }
        assertThat(checked).isGreaterThan(results.size() / 2);
    }

    @Test
    void whatIfNotesValidateToo() {
        var facts = new SiteFacts(example.model());
        WhatIf whatIf = new WhatIf(facts);
        var scenario = whatIf.scenario("scada-hp-loss").orElseThrow();
        StringWriter out = new StringWriter();
        new WhatIfSarif("0.1.0").write(new WhatIfReport(example.model(), scenario, whatIf.run(scenario)), out);
        assertThat(errors(out.toString())).isEmpty();
        assertThat(JSON.readTree(out.toString()).get("runs").get(0).get("results").size()).isPositive();
    }
}
