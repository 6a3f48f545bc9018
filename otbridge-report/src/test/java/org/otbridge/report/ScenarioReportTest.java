package org.otbridge.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.otbridge.analysis.Assessment;
import org.otbridge.analysis.resilience.ResilienceResult;
import org.otbridge.analysis.whatif.ScenarioResult;
import org.otbridge.analysis.whatif.ServiceImpact;
import org.otbridge.model.Fallback;
import org.otbridge.model.ImpactLevel;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The model's scenarios in the assessment: the JSON key after cut_sets and the lines of the text summary. */
class ScenarioReportTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    static ServiceImpact lost(String id) {
        return new ServiceImpact(Fixtures.ref("service:" + id), id, ImpactLevel.HIGH, null, Duration.ZERO,
                Duration.ofHours(2));
    }

    static ServiceImpact degraded(String id, Duration lostAfter) {
        return new ServiceImpact(Fixtures.ref("service:" + id), id, ImpactLevel.CRITICAL,
                new Fallback("Local panels", 70.0, lostAfter, java.time.LocalDate.of(2026, 9, 14), null),
                lostAfter, Duration.ofHours(6));
    }

    static ScenarioResult scenario(int i) {
        return new ScenarioResult("scenario-" + i, "Scenario " + i, Fixtures.refs("asset:srv-" + i), List.of(), 3,
                List.of(lost("steam")), List.of(degraded("heat", Duration.ofDays(3))), 0, List.of());
    }

    static Assessment withScenarios(Assessment base, List<ScenarioResult> scenarios) {
        return Assessment.of(base.model(), base.findings(), base.sections()
                .with(org.otbridge.analysis.Analyses.RESILIENCE, new ResilienceResult(List.of(), List.of(), List.of()))
                .with(org.otbridge.analysis.Analyses.SCENARIOS, scenarios));
    }

    @Test
    void jsonHasScenariosAfterCutSetsWithTimeToImpact() {
        ScenarioResult attack = new ScenarioResult("ransomware", "Ransomware", List.of(), Fixtures.refs("zone:corp"),
                0, List.of(), List.of(), 12, Fixtures.refs("service:heat"));
        JsonNode doc = JSON.readTree(new JsonReport().toJson(withScenarios(Fixtures.sample(),
                List.of(scenario(1), attack))));
        List<String> keys = new ArrayList<>(doc.propertyNames());
        assertThat(keys.indexOf("scenarios")).isEqualTo(keys.indexOf("cut_sets") + 1).isEqualTo(keys.indexOf("raci") - 1);

        JsonNode first = doc.get("scenarios").get(0);
        assertThat(new ArrayList<>(first.propertyNames())).containsExactly("id", "name", "fail", "compromise",
                "down_count", "lost", "degraded", "reached_count", "services_at_risk");
        assertThat(first.get("fail").get(0).stringValue()).isEqualTo("asset:srv-1");
        JsonNode steam = first.get("lost").get(0);
        assertThat(new ArrayList<>(steam.propertyNames())).containsExactly("service", "name", "impact", "lost_after",
                "tolerable", "restore_within", "time_to_impact", "fallback");
        assertThat(steam.get("lost_after").stringValue()).isEqualTo("0m");
        assertThat(steam.get("tolerable").stringValue()).isEqualTo("2h");
        assertThat(steam.get("restore_within").stringValue()).isEqualTo("2h");
        assertThat(steam.get("time_to_impact").stringValue()).isEqualTo("lost at once; tolerable 2h");
        assertThat(steam.get("fallback").isNull()).isTrue();
        JsonNode heat = first.get("degraded").get(0);
        assertThat(heat.get("lost_after").stringValue()).isEqualTo("3d");
        assertThat(heat.get("restore_within").stringValue()).isEqualTo("78h");
        assertThat(new ArrayList<>(heat.get("fallback").propertyNames())).containsExactly("description", "capacity",
                "sustainable_for", "last_tested");
        assertThat(heat.get("fallback").get("capacity").doubleValue()).isEqualTo(70.0);
        assertThat(heat.get("fallback").get("last_tested").stringValue()).isEqualTo("2026-09-14");

        JsonNode second = doc.get("scenarios").get(1);
        assertThat(second.get("reached_count").intValue()).isEqualTo(12);
        assertThat(second.get("services_at_risk").get(0).stringValue()).isEqualTo("service:heat");
        assertThat(second.get("lost").isEmpty()).isTrue();
    }

    @Test
    void verboseSummaryHasOneLinePerScenario() {
        String text = new TextSummary().renderVerbose(withScenarios(Fixtures.sample(), List.of(scenario(1),
                new ScenarioResult("fibre-cut", "Fibre cut", Fixtures.refs("asset:fibre"), List.of(), 1, List.of(),
                        List.of(), 0, List.of()),
                new ScenarioResult("ransomware", "Ransomware", List.of(), Fixtures.refs("zone:corp"), 0, List.of(),
                        List.of(), 12, Fixtures.refs("service:heat", "service:steam")))));
        assertThat(text).contains("Scenarios (what if):\n"
                + "  scenario-1: steam lost at once; heat degraded (lost after 3d)\n"
                + "  fibre-cut: no service stops\n"
                + "  ransomware: reaches 12, at risk: heat, steam\n");
    }

    @Test
    void scenariosNeverPushTheSummaryPastFortyLines() {
        List<ScenarioResult> many = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            many.add(scenario(i));
        }
        String small = new TextSummary().render(withScenarios(Fixtures.sample(), many));
        assertThat(small.lines().count()).isLessThanOrEqualTo(TextSummary.MAX_LINES);

        String bundled = new TextSummary().render(Fixtures.bundled());
        assertThat(bundled.lines().count()).isLessThanOrEqualTo(TextSummary.MAX_LINES);
    }

    @Test
    void withLittleRoomTheScenariosAreCountedOnOneLine() {
        assertThat(TextSummary.scenarioLines(List.of(scenario(1), scenario(2)), 1))
                .containsExactly("Scenarios: 2 (a service lost in 2, degraded in 2, at risk from an attacker in 0)");
        assertThat(TextSummary.scenarioLines(List.of(scenario(1)), 2)).hasSize(2);
        assertThat(TextSummary.scenarioLines(List.of(scenario(1), scenario(2), scenario(3)), 3))
                .containsExactly("Scenarios (what if):", "  " + WhatIfText.scenarioLine(scenario(1)), "  ... and 2 more");
        assertThat(TextSummary.scenarioLines(List.of(scenario(1)), 0)).isEmpty();
        assertThat(TextSummary.scenarioLines(List.of(), 10)).isEmpty();
    }
}
