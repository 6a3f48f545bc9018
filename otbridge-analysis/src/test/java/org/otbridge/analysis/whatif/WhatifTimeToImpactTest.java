package org.otbridge.analysis.whatif;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.otbridge.analysis.facts.SiteFacts;
import org.otbridge.model.AssetType;
import org.otbridge.model.Ref;
import org.otbridge.model.RefKind;
import org.otbridge.model.load.LoadResult;
import org.otbridge.model.load.ModelLoader;
import org.otbridge.model.load.ModelSource;

/** Time to impact and propagation on small inline models. */
class WhatifTimeToImpactTest {

    static SiteFacts facts(String yaml) {
        LoadResult result = new ModelLoader().load(List.of(new ModelSource("m.yaml", yaml)));
        assertThat(result.problems()).isEmpty();
        return new SiteFacts(result.model());
    }

    static Ref ref(String key) {
        int colon = key.indexOf(':');
        if (colon < 0) {
            return Ref.endpoint(RefKind.INTERNET, null);
        }
        return Ref.of(RefKind.byPrefix(key.substring(0, colon)).orElseThrow(), key.substring(colon + 1));
    }

    static WhatIfResult fail(SiteFacts facts, String... keys) {
        return WhatIf.run(facts, List.of(keys).stream().map(WhatifTimeToImpactTest::ref).toList(), List.of());
    }

    static WhatIfResult compromise(SiteFacts facts, String... keys) {
        return WhatIf.run(facts, List.of(), List.of(keys).stream().map(WhatifTimeToImpactTest::ref).toList());
    }

    /** Four services on one server, differing only in fallback and tolerable downtime. */
    static final String FOUR_SERVICES = """
            zones:
              - {id: cc, domain: ot, level: 2}
            assets:
              - {id: srv, type: scada-server, zone: cc}
            services:
              - id: no-fallback
                impact: {supply: critical}
                max_tolerable_downtime: 4h
                requires: [asset:srv]
              - id: short-fallback
                impact: {supply: high}
                max_tolerable_downtime: 4h
                requires: [asset:srv]
                fallback: {description: Local panels, capacity: 60%, sustainable_for: 24h}
              - id: open-fallback
                impact: {supply: medium}
                max_tolerable_downtime: 2d
                requires: [asset:srv]
                fallback: {description: Spreadsheet}
              - id: unstated
                impact: {supply: low}
                requires: [asset:srv]
                fallback: {description: By hand, sustainable_for: 90m}
            """;

    @Test
    void withoutAFallbackLostAtOnceWithOneDegradedThenLostAfterItsLimit() {
        WhatIfResult result = fail(facts(FOUR_SERVICES), "asset:srv");

        assertThat(result.lost()).singleElement().satisfies(i -> {
            assertThat(i.service()).isEqualTo(ref("service:no-fallback"));
            assertThat(i.degraded()).isFalse();
            assertThat(i.lostAfter()).isZero();
            assertThat(i.tolerable()).isEqualTo(Duration.ofHours(4));
            assertThat(i.restoreWithin()).isEqualTo(Duration.ofHours(4));
            assertThat(i.timeToImpact()).isEqualTo("lost at once; tolerable 4h");
        });
        // Degraded, the soonest lost first; a fallback without a limit last.
        assertThat(result.degraded()).extracting(i -> i.service().id())
                .containsExactly("unstated", "short-fallback", "open-fallback");
        ServiceImpact unstated = result.degraded().get(0);
        assertThat(unstated.lostAfter()).isEqualTo(Duration.ofMinutes(90));
        assertThat(unstated.restoreWithin()).isNull();
        assertThat(unstated.timeToImpact()).isEqualTo("degraded at once, lost after 1h 30m; no tolerable downtime stated");
        ServiceImpact shortFallback = result.degraded().get(1);
        assertThat(shortFallback.degraded()).isTrue();
        assertThat(shortFallback.fallback().capacity()).isEqualTo(60.0);
        assertThat(shortFallback.lostAfter()).isEqualTo(Duration.ofHours(24));
        assertThat(shortFallback.restoreWithin()).isEqualTo(Duration.ofHours(28));
        assertThat(shortFallback.timeToImpact()).isEqualTo("degraded at once, lost after 1d; tolerable 4h");
        ServiceImpact open = result.degraded().get(2);
        assertThat(open.lostAfter()).isNull();
        assertThat(open.restoreWithin()).isNull();
        assertThat(open.timeToImpact()).isEqualTo("degraded at once, indefinitely; tolerable 2d");
    }

    static final String SITE = """
            zones:
              - {id: corp, domain: it, level: 4}
              - {id: cc, domain: ot, level: 2}
              - {id: field, domain: ot, level: 1, requires: [asset:ups]}
            assets:
              - {id: fw, type: firewall, zones: [corp, cc]}
              - {id: office, type: workstation, zone: corp, internet_exposed: true}
              - {id: eng-pc, type: workstation, zone: corp}
              - {id: scada, type: scada-server, zone: cc}
              - {id: ups, type: power-supply, zone: cc}
              - {id: plc-1, type: plc, zone: field}
              - {id: plc-2, type: plc, zone: field}
              - {id: plc-3, type: plc, zone: field}
            suppliers:
              - {id: vendor, name: Vendor}
            connections:
              - {id: scada-plc, from: asset:scada, to: zone:field, protocol: modbus, auth: none}
              - {id: eng-scada, from: asset:eng-pc, to: asset:scada, protocol: rdp, via: [fw], auth: password}
              - {id: vendor-ra, from: supplier:vendor, to: asset:scada, protocol: vpn, via: [fw], auth: mfa}
            services:
              - id: pumping
                impact: {supply: critical}
                max_tolerable_downtime: 2h
                requires:
                  - connection:scada-plc
                  - {at_least: 2, of: [asset:plc-1, asset:plc-2, asset:plc-3]}
              - id: reporting
                impact: {financial: low}
                max_tolerable_downtime: 1w
                requires: [service:pumping, asset:office]
                fallback: {description: Manual readings, sustainable_for: 1w}
              - id: remote-support
                impact: {financial: medium}
                requires: [connection:vendor-ra]
            """;

    @Test
    void kOfNSurvivesOneFailureAndNotTwo() {
        SiteFacts facts = facts(SITE);
        assertThat(fail(facts, "asset:plc-1").lost()).isEmpty();
        WhatIfResult two = fail(facts, "asset:plc-1", "asset:plc-2");
        assertThat(two.lost()).extracting(i -> i.service().id()).containsExactly("pumping");
        assertThat(two.degraded()).extracting(i -> i.service().id()).as("a service that needs a lost service")
                .containsExactly("reporting");
    }

    @Test
    void aFailedZoneTakesItsAssetsAndTheirConnectionsWithIt() {
        WhatIfResult result = fail(facts(SITE), "zone:field");
        assertThat(result.down()).contains(ref("zone:field"), ref("asset:plc-1"), ref("asset:plc-2"),
                ref("asset:plc-3"), ref("connection:scada-plc"), ref("service:pumping"));
        assertThat(result.lost()).extracting(i -> i.service().id()).containsExactly("pumping");
    }

    @Test
    void aZoneRequirementAndAViaFirewallCarryFailuresToo() {
        SiteFacts facts = facts(SITE);
        // The field zone requires the UPS: the UPS takes every PLC with it.
        assertThat(fail(facts, "asset:ups").down()).contains(ref("asset:plc-1"), ref("service:pumping"));
        // Both remote connections pass the firewall.
        WhatIfResult firewall = fail(facts, "asset:fw");
        assertThat(firewall.down()).contains(ref("connection:eng-scada"), ref("connection:vendor-ra"));
        assertThat(firewall.lost()).extracting(i -> i.service().id()).containsExactly("remote-support");
    }

    @Test
    void aFailedSupplierTakesItsConnectionsDown() {
        WhatIfResult result = fail(facts(SITE), "supplier:vendor");
        assertThat(result.down()).containsExactly(ref("connection:vendor-ra"), ref("supplier:vendor"),
                ref("service:remote-support"));
        assertThat(result.lost()).extracting(i -> i.service().id()).containsExactly("remote-support");
        assertThat(result.lost().get(0).timeToImpact()).isEqualTo("lost at once; no tolerable downtime stated");
    }

    @Test
    void aFailedServiceIsTreatedLikeAnyServiceThatIsDown() {
        WhatIfResult result = fail(facts(SITE), "service:pumping");
        assertThat(result.down()).containsExactly(ref("service:pumping"), ref("service:reporting"));
        assertThat(result.lost()).extracting(i -> i.service().id()).containsExactly("pumping");
        assertThat(result.degraded()).extracting(i -> i.service().id()).containsExactly("reporting");
    }

    @Test
    void nothingFailedMeansNothingDown() {
        WhatIfResult result = WhatIf.run(facts(SITE), List.of(), List.of());
        assertThat(result.down()).isEmpty();
        assertThat(result.reached()).isEmpty();
        assertThat(result.servicesAtRisk()).isEmpty();
    }

    @Test
    void fromTheInternetTheAttackerWalksOnThroughTheOfficeNetworkToTheControllers() {
        // The entry-point searches of the assessment stop at the office network (another entry
        // point); a what-if compromise does not: the attacker who holds the internet goes on.
        WhatIfResult result = compromise(facts(SITE), "internet");
        assertThat(result.reached()).extracting(Reached::element).doesNotContain(ref("internet"))
                .contains(ref("asset:office"), ref("zone:corp"), ref("asset:scada"), ref("asset:plc-1"));
        assertThat(result.servicesAtRisk()).extracting(s -> s.service().id()).startsWith("pumping");
        ServiceAtRisk pumping = result.servicesAtRisk().get(0);
        assertThat(pumping.targetType()).isEqualTo(AssetType.PLC);
        assertThat(pumping.path().steps()).first().isEqualTo(ref("internet"));
        assertThat(pumping.path().steps()).extracting(Ref::key)
                .containsExactly("internet", "asset:office", "zone:corp", "asset:eng-pc", "asset:scada", "zone:field",
                        "asset:plc-1");
        assertThat(pumping.path().connections()).extracting(c -> c == null ? null : c.key())
                .containsExactly(null, null, null, "connection:eng-scada", "connection:scada-plc", null);
        assertThat(pumping.cost()).isEqualTo(3.0); // exposed office 1, lateral to eng-pc 1, RDP with a password 1
        // The SCADA server, three PLCs and the UPS that the field zone requires.
        assertThat(pumping.assetsReached()).isEqualTo(5);
        // Remote support needs the SCADA server as an end of its connection: at risk, after the
        // services whose controllers are reached.
        assertThat(result.servicesAtRisk()).extracting(s -> s.service().id())
                .containsExactly("pumping", "reporting", "remote-support");
        assertThat(result.servicesAtRisk().get(2).target()).isEqualTo(ref("asset:scada"));
    }

    @Test
    void theCheapestSourceWinsAndPathsStartWhereTheyAreCheapest() {
        SiteFacts facts = facts(SITE);
        WhatIfResult result = compromise(facts, "supplier:vendor", "asset:scada");
        Reached plc = result.reached().stream().filter(r -> r.element().equals(ref("asset:plc-1"))).findFirst()
                .orElseThrow();
        assertThat(plc.cost()).isZero(); // from the SCADA server over unauthenticated Modbus
        assertThat(result.reached()).filteredOn(r -> r.cost() == 0.0).extracting(Reached::element)
                .contains(ref("supplier:vendor"), ref("asset:scada"));
        ServiceAtRisk pumping = result.servicesAtRisk().get(0);
        assertThat(pumping.path().steps()).first().isEqualTo(ref("asset:scada"));
    }
}
