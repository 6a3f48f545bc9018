package org.otbridge.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.otbridge.analysis.facts.SiteFacts;
import org.otbridge.analysis.whatif.WhatIf;
import org.otbridge.analysis.whatif.WhatIfResult;
import org.otbridge.model.Model;
import org.otbridge.model.Scenario;
import org.otbridge.model.load.LoadResult;
import org.otbridge.model.load.ModelLoader;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The what-if views on the bundled example: the otbridge.whatif/1 document and the terminal text. */
class WhatifReportTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static Model model;
    private static WhatIf whatIf;

    @BeforeAll
    static void load() {
        LoadResult loaded = new ModelLoader().load(Fixtures.bundledExample());
        assertThat(loaded.problems()).isEmpty();
        model = loaded.model();
        whatIf = new WhatIf(new SiteFacts(model));
    }

    static Scenario scenario(String id) {
        return whatIf.scenario(id).orElseThrow();
    }

    static List<String> keys(JsonNode node) {
        return new ArrayList<>(node.propertyNames());
    }

    @Test
    void jsonDocumentHasTheDocumentedShape() {
        Scenario scenario = scenario("scada-hp-loss");
        WhatIfResult result = whatIf.run(scenario);
        String json = new WhatIfJson().toJson(model, scenario, result);
        assertThat(new WhatIfJson().toJson(model, scenario, whatIf.run(scenario))).as("same bytes").isEqualTo(json);
        assertThat(json).endsWith("}\n").doesNotContain("\r");

        JsonNode doc = JSON.readTree(json);
        assertThat(keys(doc)).containsExactly("schema", "model", "scenario", "fail", "compromise", "notes",
                "down_count", "down", "lost", "degraded", "unsupported", "reached_count", "reached",
                "services_at_risk", "services_stoppable");
        assertThat(doc.get("schema").stringValue()).isEqualTo("otbridge.whatif/1");
        assertThat(keys(doc.get("model"))).containsExactly("name", "files");
        assertThat(keys(doc.get("scenario"))).containsExactly("id", "name", "description");
        assertThat(doc.get("scenario").get("id").stringValue()).isEqualTo("scada-hp-loss");
        assertThat(doc.get("fail").get(0).stringValue()).isEqualTo("asset:scada-hp");
        assertThat(doc.get("down_count").intValue()).isEqualTo(doc.get("down").size()).isEqualTo(result.downCount());
        assertThat(doc.get("lost").get(0).get("service").stringValue()).isEqualTo("service:steam-supply");
        assertThat(doc.get("lost").get(0).get("time_to_impact").stringValue()).isEqualTo("lost at once; tolerable 2h");
        assertThat(doc.get("degraded").get(0).get("lost_after").stringValue()).isEqualTo("3d");
        assertThat(doc.get("reached_count").intValue()).isZero();
    }

    @Test
    void jsonOfACompromiseListsWhatIsReachedAndThePathToEachServiceAtRisk() {
        WhatIfResult result = whatIf.run(scenario("it-ransomware"));
        JsonNode doc = JSON.readTree(new WhatIfJson().toJson(model, null, result));
        assertThat(doc.get("scenario").isNull()).isTrue();
        assertThat(doc.get("reached_count").intValue()).isEqualTo(doc.get("reached").size()).isPositive();
        JsonNode first = doc.get("reached").get(0);
        assertThat(keys(first)).containsExactly("element", "type", "cost");
        assertThat(first.get("element").stringValue()).isEqualTo("zone:corp");
        assertThat(first.get("type").isNull()).isTrue();
        JsonNode atRisk = doc.get("services_at_risk").get(0);
        assertThat(keys(atRisk)).containsExactly("service", "name", "impact", "target", "target_type",
                "assets_reached", "cost", "steps", "connections", "techniques");
        assertThat(atRisk.get("target_type").stringValue()).isIn("plc", "rtu", "ied", "sis");
        assertThat(atRisk.get("steps").get(0).stringValue()).isEqualTo("zone:corp");
        assertThat(atRisk.get("connections").size()).isEqualTo(atRisk.get("steps").size() - 1);
    }

    @Test
    void textSaysWhatStopsInWhatOrderAndForHowLong() {
        String text = new WhatIfText().render(model, scenario("scada-hp-loss"), whatIf.run(scenario("scada-hp-loss")));
        assertThat(text).startsWith(model.name() + ": scenario scada-hp-loss, Plant SCADA server fails\n")
                .contains("  fail:       asset:scada-hp\n")
                .contains("Services lost (no fallback):\n  service:steam-supply [high]: lost at once; tolerable 2h\n")
                .contains("  service:heat-prod [critical] (fallback at 70%): degraded at once, lost after 3d; "
                        + "tolerable 6h\n")
                .contains("What stops, in order, if nothing is restored:\n"
                        + "  at once        service:steam-supply lost (no fallback)\n"
                        + "  at once        service:heat-prod degraded: on its fallback at 70%\n"
                        + "  at once        service:heat-opt degraded: on its fallback at 90%\n"
                        + "  after 2h       service:steam-supply down longer than it can tolerate (2h)\n"
                        + "  after 3d       service:heat-prod lost: its fallback lasts 3d\n"
                        + "  after 3d 6h    service:heat-prod down longer than it can tolerate (6h)\n"
                        + "  after 2w       service:heat-opt lost: its fallback lasts 2w\n"
                        + "  after 2w 2d    service:heat-opt down longer than it can tolerate (2d)\n");
        assertThat(text).doesNotContain("\u001b").endsWith("\n");
        assertThat(text.lines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(120));
    }

    @Test
    void theDownCountMatchesTheElementsListedUnderIt() {
        WhatIfResult result = whatIf.run(scenario("scada-hp-loss"));
        List<String> lines = new WhatIfText().render(model, null, result).lines().toList();
        int header = lines.indexOf(lines.stream().filter(l -> l.startsWith("Down: ")).findFirst().orElseThrow());
        long listed = lines.stream().skip(header + 1).takeWhile(l -> l.startsWith("  "))
                .flatMap(l -> java.util.Arrays.stream(l.strip().split(",\\s*"))).filter(s -> !s.isEmpty()).count();
        long services = result.down().stream().filter(r -> r.kind() == org.otbridge.model.RefKind.SERVICE).count();
        assertThat(services).isPositive();
        assertThat(lines.get(header)).isEqualTo("Down: " + listed + " elements (3 assets, 4 connections), and "
                + services + " services (below)");
        assertThat(listed + services).isEqualTo(result.downCount());
    }

    @Test
    void textOfASupplierLossNamesWhatRunsOnWithoutIt() {
        String text = new WhatIfText().render(model, null, whatIf.run(scenario("telemetrik-gone")));
        assertThat(text).contains(": what if supplier:telemetrik fails\n")
                .contains("service:heat-dist [critical] (fallback at 60%): degraded at once, lost after 12h; tolerable 4h")
                .contains("Still running without their supplier (supplier:telemetrik)")
                .contains("  asset:rtu-psn-1: no spares, lead time 26w; needed by service:heat-dist\n")
                .doesNotContain("asset:fep-heat: no spares");
    }

    @Test
    void textOfACompromiseShowsReachAndPaths() {
        String text = new WhatIfText().render(model, null, whatIf.run(scenario("it-ransomware")));
        assertThat(text).contains(": what if an attacker holds zone:corp\n")
                .contains("The attacker holds or reaches ")
                .contains("    0.0  zone:corp\n")
                .contains("Services at risk (controllers and safety systems first), with the cheapest path:")
                .contains("      zone:corp -> ")
                .contains("ATT&CK for ICS: ")
                .doesNotContain("service:grid-ops");
    }
}
