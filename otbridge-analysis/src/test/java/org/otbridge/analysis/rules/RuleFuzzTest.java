package org.otbridge.analysis.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.otbridge.analysis.attack.AttackCatalog;
import org.otbridge.analysis.facts.SiteFacts;
import org.otbridge.model.Problem;

/**
 * Coverage-guided fuzzing of rule files with Jazzer: whatever a rule file holds, loading it never
 * throws and every problem points into the file; whatever condition compiles, evaluating it over a
 * model never throws or escapes its limits, and every stopped rule is one problem at its
 * condition. A normal test run replays the seeds in
 * {@code src/test/resources/org/otbridge/analysis/rules/RuleFuzzTestInputs/}; fuzz with
 * {@code otbridge-analysis/fuzz [SECONDS]}.
 */
class RuleFuzzTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

    /** Tight limits keep one fuzz input well under Jazzer's hang timeout. */
    private static final RuleLimits LIMITS = RuleLimits.defaults().with("rule-iterations", "20000")
            .with("rule-evaluation-time", "200ms").with("rule-time", "2s");

    private static final SiteFacts SITE = Models.facts("""
            services:
              - {id: heat, impact: {supply: critical}, max_tolerable_downtime: 4h, requires: [asset:scada-1]}
            zones:
              - {id: corp, domain: it, level: 4}
              - {id: cc, domain: ot, level: 2, target_sl: 2}
            suppliers:
              - {id: acme, provides: [remote-support], support_sla: 8h, single_source: true}
            assets:
              - {id: scada-1, type: scada-server, zone: cc, controls: [pw], usage: [time-critical], supplier: acme}
              - {id: hmi-1, type: hmi, zones: [cc, corp], controls: [pw, lock], usage: [shift-operated]}
              - {id: plc-1, type: plc, zone: cc, vendor: Siemens, end_of_support: 2024-01-01}
            connections:
              - {id: poll, from: asset:scada-1, to: asset:plc-1, protocol: modbus, ports: [502], auth: none}
              - {id: vendor, from: supplier:acme, to: asset:scada-1, protocol: teamviewer, always_on: true}
            controls:
              - {id: pw, kind: password-policy, min_length: 13, rotation_days: 90}
              - {id: lock, kind: screen-lock, timeout: 10m}
            """);

    @FuzzTest(maxDuration = "30s")
    @DictionaryEntries({"rules:", "\\x0A  - id: ", "\\x0A    ", "category: control-fitness", "severity: high",
        "scope: asset", "scope: asset-control", "scope: connection", "when: ", "title: ", "explanation: ",
        "recommendation: ", "references: [", "attack: [T0866]", "kinds: [", "it_control: ", "x-"})
    void ruleFileNeverThrows(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);
        RuleCatalog.Loaded loaded = RuleCatalog.read("fuzz.yaml", text, LIMITS);
        List<String> lines = text.lines().toList();
        for (Problem problem : loaded.problems()) {
            assertThat(problem.message()).as("message of %s", problem).isNotBlank();
            assertThat(problem.at().file()).isEqualTo("fuzz.yaml");
            assertThat(problem.at().line()).as("line of %s", problem).isBetween(1, lines.size() + 1);
        }
        if (loaded.ok()) {
            evaluate(loaded.catalog());
        }
    }

    @FuzzTest(maxDuration = "30s")
    @DictionaryEntries({"asset.", "control.", "connection.", "zone.", "services", "connections", "controls",
        ".all(x, ", ".exists(x, ", ".map(x, ", ".filter(x, ", "size(", ".matches('", ".replace('", " && ", " || ",
        " == ", " / ", " % ", "duration('", "timestamp('", "now", "max_impact", "critical_service", "[1,2,3]", "'plc'",
        "has(", "int(", "string(", ".split(", ".lowerAscii()", "?", ":"})
    void conditionStaysBounded(FuzzedDataProvider data) {
        RuleScope scope = data.pickValue(RuleScope.values());
        String when = data.consumeRemainingAsString();
        String text = """
                rules:
                  - id: FUZZ-1
                    category: control-fitness
                    severity: high
                    scope: %s
                    title: Fuzzed
                    explanation: Why.
                    recommendation: Do this.
                    when: '%s'
                """.formatted(scope.yamlName(), when.replace("'", "''"));
        RuleCatalog.Loaded loaded = RuleCatalog.read("fuzz.yaml", text, LIMITS);
        if (loaded.ok()) {
            evaluate(loaded.catalog());
        }
    }

    private static void evaluate(RuleCatalog catalog) {
        RuleEngine.Result result = new RuleEngine(catalog, TODAY, AttackCatalog.bundled(), LIMITS).run(SITE);
        assertThat(result.problems().size()).isLessThanOrEqualTo(catalog.size());
        for (Problem problem : result.problems()) {
            assertThat(problem.at().file()).isEqualTo("fuzz.yaml");
            assertThat(problem.message()).startsWith("rule ").contains(" stopped on ");
        }
    }
}
