package org.otbridge.analysis.whatif;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.otbridge.analysis.Assessment;
import org.otbridge.analysis.Assessor;
import org.otbridge.analysis.exposure.CostModel;
import org.otbridge.analysis.facts.SiteFacts;
import org.otbridge.model.Model;
import org.otbridge.model.Ref;
import org.otbridge.model.RefKind;
import org.otbridge.model.Scenario;
import org.otbridge.model.load.LoadResult;
import org.otbridge.model.load.ModelLoader;

/** What-if cases on the bundled example utility (examples/README.md says what to expect). */
class WhatifOnExampleTest {

    private static Model model;
    private static SiteFacts facts;

    @BeforeAll
    static void load() {
        LoadResult loaded = new ModelLoader().load(Path.of("..", "examples", "nordvik-energi"));
        assertThat(loaded.problems()).isEmpty();
        model = loaded.model();
        facts = new SiteFacts(model);
    }

    static Ref ref(String key) {
        int colon = key.indexOf(':');
        if (colon < 0) {
            return Ref.endpoint(key.equals("internet") ? RefKind.INTERNET : RefKind.REMOVABLE_MEDIA, null);
        }
        return Ref.of(RefKind.byPrefix(key.substring(0, colon)).orElseThrow(), key.substring(colon + 1));
    }

    static WhatIfResult fail(String... keys) {
        return WhatIf.run(facts, List.of(keys).stream().map(WhatifOnExampleTest::ref).toList(), List.of());
    }

    static WhatIfResult compromise(String... keys) {
        return WhatIf.run(facts, List.of(), List.of(keys).stream().map(WhatifOnExampleTest::ref).toList());
    }

    static List<String> services(List<ServiceImpact> impacts) {
        return impacts.stream().map(i -> i.service().key()).toList();
    }

    static ServiceImpact impact(List<ServiceImpact> impacts, String service) {
        return impacts.stream().filter(i -> i.service().key().equals(service)).findFirst().orElseThrow();
    }

    @Test
    void losingTheSingleSourceSupplierDegradesHeatDistributionAndLeavesItsPartsUnsupported() {
        WhatIfResult result = fail("supplier:telemetrik");

        // The leased TeleNet front end requires the supplier itself, and heat-dist requires the
        // front end: the pump stations fall back to local control for 12 hours, then it is lost.
        assertThat(result.down()).contains(ref("supplier:telemetrik"), ref("asset:fep-heat"));
        assertThat(result.lost()).isEmpty();
        assertThat(services(result.degraded())).containsExactly("service:heat-dist");
        assertThat(result.degraded().get(0).timeToImpact()).isEqualTo("degraded at once, lost after 12h; tolerable 4h");
        // The RTUs and the radio link run on, with nobody left to repair them.
        assertThat(result.unsupported()).extracting(u -> u.asset().key()).containsExactly(
                "asset:rtu-psn-1", "asset:rtu-psn-2", "asset:rtu-psn-3", "asset:tl-radio-north", "asset:rtu-pss-1",
                "asset:rtu-pss-2");
        assertThat(result.unsupported()).allSatisfy(u -> {
            assertThat(u.supplier()).isEqualTo(ref("supplier:telemetrik"));
            assertThat(u.services()).containsExactly(ref("service:heat-dist"));
        });
    }

    @Test
    void theNextFaultOfTheTelemetryFrontEndTakesHeatDistributionDown() {
        WhatIfResult result = fail("supplier:telemetrik", "asset:fep-heat");

        assertThat(result.lost()).isEmpty();
        assertThat(services(result.degraded())).containsExactly("service:heat-dist");
        ServiceImpact heatDist = result.degraded().get(0);
        assertThat(heatDist.lostAfter()).isEqualTo(Duration.ofHours(12));
        assertThat(heatDist.tolerable()).isEqualTo(Duration.ofHours(4));
        assertThat(heatDist.restoreWithin()).isEqualTo(Duration.ofHours(16));
        assertThat(heatDist.timeToImpact()).isEqualTo("degraded at once, lost after 12h; tolerable 4h");
        assertThat(result.unsupported()).extracting(u -> u.asset().key()).doesNotContain("asset:fep-heat")
                .contains("asset:rtu-psn-1");
    }

    @Test
    void theSharedPlantScadaServerStopsSteamAndSendsHeatProductionToItsFallback() {
        WhatIfResult result = fail("asset:scada-hp");

        assertThat(services(result.lost())).containsExactly("service:steam-supply");
        assertThat(services(result.degraded())).containsExactly("service:heat-prod", "service:heat-opt");
        // Lost or degraded follows exactly whether the service declares a fallback.
        for (ServiceImpact i : result.lost()) {
            assertThat(model.service(i.service().id()).orElseThrow().fallback()).isNull();
        }
        for (ServiceImpact i : result.degraded()) {
            assertThat(model.service(i.service().id()).orElseThrow().fallback()).isNotNull();
        }
        ServiceImpact steam = impact(result.lost(), "service:steam-supply");
        assertThat(steam.lostAfter()).isZero();
        assertThat(steam.restoreWithin()).isEqualTo(Duration.ofHours(2));
        assertThat(steam.timeToImpact()).isEqualTo("lost at once; tolerable 2h");
        ServiceImpact heatProd = impact(result.degraded(), "service:heat-prod");
        assertThat(heatProd.lostAfter()).isEqualTo(Duration.ofDays(3));
        assertThat(heatProd.timeToImpact()).isEqualTo("degraded at once, lost after 3d; tolerable 6h");
        assertThat(heatProd.restoreWithin()).isEqualTo(Duration.ofHours(78));
        assertThat(impact(result.degraded(), "service:heat-opt").lostAfter()).isEqualTo(Duration.ofDays(14));

        assertThat(result.down()).startsWith(ref("asset:scada-hp"))
                .contains(ref("connection:fc-feed"), ref("service:heat-prod"), ref("service:steam-supply"))
                .doesNotContain(ref("service:heat-dist"), ref("service:grid-ops"));
        assertThat(result.downCount()).isEqualTo(result.down().size());
    }

    @Test
    void oneServerOfTheRedundantPairStopsNothingBothStopHeatDistribution() {
        WhatIfResult one = fail("asset:scada-heat-a");
        assertThat(one.lost()).isEmpty();
        assertThat(one.degraded()).isEmpty();
        assertThat(one.down()).contains(ref("asset:scada-heat-a")).noneMatch(r -> r.kind() == RefKind.SERVICE);

        WhatIfResult both = fail("asset:scada-heat-a", "asset:scada-heat-b");
        assertThat(both.lost()).isEmpty();
        assertThat(services(both.degraded())).containsExactly("service:heat-dist");
        assertThat(both.degraded().get(0).timeToImpact()).isEqualTo("degraded at once, lost after 12h; tolerable 4h");
    }

    @Test
    void ransomwareInCorporateItReachesControllersOfCriticalServicesButNotTheGrid() {
        WhatIfResult result = compromise("zone:corp");

        assertThat(result.reached()).first().satisfies(r -> {
            assertThat(r.element()).isEqualTo(ref("zone:corp"));
            assertThat(r.cost()).isZero();
        });
        assertThat(result.reached()).isSortedAccordingTo(java.util.Comparator.comparingDouble(Reached::cost));
        assertThat(result.servicesAtRisk()).extracting(s -> s.service().key())
                .contains("service:heat-prod", "service:heat-dist", "service:steam-supply")
                .doesNotContain("service:grid-ops");
        ServiceAtRisk first = result.servicesAtRisk().get(0);
        assertThat(CostModel.CONTROLLERS).contains(first.targetType());
        assertThat(org.otbridge.analysis.facts.SiteFacts.isCritical(model.service(first.service().id()).orElseThrow()))
                .isTrue();
        for (ServiceAtRisk s : result.servicesAtRisk()) {
            assertThat(s.path().steps()).first().isEqualTo(ref("zone:corp"));
            assertThat(s.path().steps()).last().isEqualTo(s.target());
            assertThat(s.path().services()).containsExactly(s.service());
            assertThat(facts.servicesOf(s.target())).contains(s.service());
            double reachedCost = result.reached().stream().filter(r -> r.element().equals(s.target())).findFirst()
                    .orElseThrow().cost();
            assertThat(s.cost()).isEqualTo(reachedCost);
            assertThat(s.assetsReached()).isPositive();
        }
        // Controllers and safety systems come first.
        List<Boolean> control = result.servicesAtRisk().stream()
                .map(s -> CostModel.CONTROLLERS.contains(s.targetType())).toList();
        assertThat(control.indexOf(false) == -1 || !control.subList(control.indexOf(false), control.size())
                .contains(true)).isTrue();
        assertThat(result.down()).isEmpty();
    }

    @Test
    void holdingTwoEntriesAtOnceReachesTheUnionAtTheCheaperCost() {
        WhatIfResult corp = compromise("zone:corp");
        WhatIfResult vendor = compromise("supplier:nordlys");
        WhatIfResult both = compromise("zone:corp", "supplier:nordlys");
        for (Reached r : both.reached()) {
            double a = corp.reached().stream().filter(x -> x.element().equals(r.element())).mapToDouble(Reached::cost)
                    .findFirst().orElse(Double.POSITIVE_INFINITY);
            double b = vendor.reached().stream().filter(x -> x.element().equals(r.element()))
                    .mapToDouble(Reached::cost).findFirst().orElse(Double.POSITIVE_INFINITY);
            assertThat(r.cost()).isEqualTo(Math.min(a, b));
        }
        assertThat(both.reachedCount()).isGreaterThanOrEqualTo(Math.max(corp.reachedCount(), vendor.reachedCount()));
    }

    @Test
    void aFirewallIsTakenAsPresenceOnItsZonesWithANote() {
        WhatIfResult result = compromise("asset:fw-it-ot");
        assertThat(result.notes()).singleElement().asString().contains("asset:fw-it-ot").contains("zone:dmz");
        assertThat(result.reached()).extracting(Reached::element).contains(ref("zone:dmz"));
    }

    @Test
    void everyScenarioOfTheModelIsEvaluatedInModelOrder() {
        List<ScenarioResult> scenarios = WhatIf.scenarios(facts);
        assertThat(scenarios).extracting(ScenarioResult::id)
                .containsExactlyElementsOf(model.scenarios().stream().map(Scenario::id).toList())
                .containsExactly("it-ransomware", "teamviewer-abuse", "telemetrik-gone", "scada-hp-loss",
                        "patch-tuesday", "grid-fibre-cut");
        for (ScenarioResult s : scenarios) {
            Scenario scenario = model.scenarios().stream().filter(x -> x.id().equals(s.id())).findFirst().orElseThrow();
            WhatIfResult direct = new WhatIf(facts).run(scenario);
            assertThat(s.name()).isEqualTo(scenario.name());
            assertThat(s.lost()).isEqualTo(direct.lost());
            assertThat(s.degraded()).isEqualTo(direct.degraded());
            assertThat(s.downCount()).isEqualTo(direct.downCount());
            assertThat(s.reachedCount()).isEqualTo(direct.reachedCount());
        }
        ScenarioResult ransomware = scenarios.get(0);
        assertThat(ransomware.compromise()).containsExactly(ref("zone:corp"));
        assertThat(ransomware.reachedCount()).isPositive();
        assertThat(ransomware.servicesAtRisk()).contains(ref("service:heat-dist"))
                .doesNotContain(ref("service:grid-ops"));
        assertThat(scenarios.get(1).servicesAtRisk()).contains(ref("service:heat-prod"));
        assertThat(scenarios.get(2).lost()).isEmpty();
        assertThat(services(scenarios.get(3).lost())).containsExactly("service:steam-supply");
        assertThat(services(scenarios.get(3).degraded())).containsExactly("service:heat-prod", "service:heat-opt");
        assertThat(services(scenarios.get(4).degraded())).containsExactly("service:heat-dist");
        ScenarioResult fibre = scenarios.get(5);
        assertThat(fibre.lost()).isEmpty();
        assertThat(fibre.degraded()).as("the grid survives on the MPLS path").isEmpty();
        assertThat(fibre.reachedCount()).isZero();
    }

    @Test
    void everyAssessmentCarriesTheScenarios() {
        Assessment assessment = new Assessor(LocalDate.of(2026, 11, 26)).assess(model);
        assertThat(assessment.scenarios()).isEqualTo(WhatIf.scenarios(facts));
    }

    @Test
    void unknownReferencesNameThemselvesAndTheClosestElement() {
        assertThatThrownBy(() -> fail("asset:scada-xp")).isInstanceOf(WhatIfException.class)
                .hasMessage("asset:scada-xp is not in the model; did you mean asset:scada-hp?")
                .satisfies(e -> assertThat(((WhatIfException) e).suggestion()).contains(ref("asset:scada-hp")));
        assertThatThrownBy(() -> fail("supplier:scada-hp"))
                .hasMessageContaining("did you mean asset:scada-hp?");
        assertThatThrownBy(() -> compromise("zone:korp")).hasMessageContaining("did you mean zone:corp?");
        assertThatThrownBy(() -> fail("asset:nothing-like-it")).isInstanceOf(WhatIfException.class)
                .hasMessage("asset:nothing-like-it is not in the model")
                .satisfies(e -> assertThat(((WhatIfException) e).suggestion()).isEmpty());
    }

    @Test
    void kindsThatCannotFailOrBeCompromisedAreRefused() {
        assertThatThrownBy(() -> compromise("connection:tv-nordlys")).isInstanceOf(WhatIfException.class)
                .hasMessageContaining("connection:tv-nordlys cannot be compromised");
        assertThatThrownBy(() -> fail("internet")).hasMessageContaining("internet cannot fail");
        assertThatThrownBy(() -> fail("person:anna")).hasMessageContaining("person:anna cannot fail");
    }

    @Test
    void repeatedReferencesCountOnceAndResultsAreDeterministic() {
        WhatIfResult once = fail("asset:scada-hp");
        WhatIfResult twice = fail("asset:scada-hp", "asset:scada-hp");
        assertThat(twice).isEqualTo(once);
        assertThat(compromise("zone:corp")).isEqualTo(compromise("zone:corp"));
    }
}
