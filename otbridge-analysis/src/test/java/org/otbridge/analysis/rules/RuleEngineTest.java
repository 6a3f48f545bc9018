package org.otbridge.analysis.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.otbridge.analysis.Category;
import org.otbridge.analysis.Finding;
import org.otbridge.analysis.Severity;
import org.otbridge.analysis.facts.SiteFacts;
import org.otbridge.model.Ref;
import org.otbridge.model.RefKind;

/** The engine: scopes and their subjects, the kind index, the values conditions see, severity. */
class RuleEngineTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

    private static final String SITE = """
            services:
              - id: heat
                name: District heating
                impact: {supply: critical, safety: high}
                max_tolerable_downtime: 4h
                requires: [asset:scada-1, connection:poll]
              - id: billing
                name: Billing
                impact: {financial: medium}
                requires: [asset:erp-1]
                fallback: {description: Manual invoices, capacity: 50%, sustainable_for: 2w, last_tested: 2026-01-10}
            zones:
              - {id: corp, name: Office, domain: it, level: 4}
              - {id: dmz, name: OT DMZ, domain: dmz, level: 3.5, flat: false}
              - {id: cc, name: Control centre, domain: ot, level: 2, target_sl: 2}
              - {id: field, name: Field, domain: ot, level: 1}
            suppliers:
              - {id: acme, name: ACME Automation, provides: [remote-support, spare-parts], support_sla: 8h, single_source: true}
            assets:
              - {id: erp-1, type: erp, zone: corp}
              - {id: dc-it, type: domain-controller, zone: corp}
              - {id: fw-1, type: firewall, zone: dmz, controls: [ids]}
              - id: scada-1
                name: SCADA server
                type: scada-server
                zone: cc
                usage: [time-critical, real-time]
                controls: [pw, lock, mfa-1, ap]
                requires: [{any: [asset:dc-it, asset:fw-1]}]
                supplier: acme
                end_of_support: 2025-06-30
                backup: {exists: true, last_restore_test: 2026-02-01}
                spares: {on_hand: 1, lead_time: 6w}
              - {id: hmi-1, type: hmi, zone: cc, usage: [operator-station, shift-operated], controls: [pw, lock]}
              - {id: ews-1, type: engineering-workstation, zones: [cc, corp], controls: [mfa-1]}
              - {id: plc-1, type: plc, zone: field, vendor: Siemens}
            connections:
              - {id: poll, from: asset:scada-1, to: asset:plc-1, protocol: modbus, ports: [502], via: [asset:fw-1], auth: none}
              - {id: vendor, from: supplier:acme, to: asset:scada-1, protocol: teamviewer, always_on: true,
                 purpose: Remote support, expires: 2027-01-01}
            controls:
              - {id: pw, kind: password-policy, name: Corporate policy, min_length: 13, rotation_days: 90, ticket: CHG-7}
              - {id: lock, kind: screen-lock, timeout: 10m}
              - {id: mfa-1, kind: mfa, method: push, verifier: cloud, scope: all}
              - {id: ap, kind: auto-patching, approval: auto}
              - {id: ids, kind: network-monitoring, mode: passive}
              - {id: zone-ctl, kind: physical-access, applies_to: [zone:cc]}
            """;

    private static final SiteFacts FACTS = Models.facts(SITE);

    private static RuleCatalog catalog(String scope, String when, String extra) {
        String text = """
                rules:
                  - id: T-1
                    category: control-fitness
                    severity: high
                    scope: %s
                    when: %s
                    title: Test rule
                    explanation: Why.
                    recommendation: Do this.
                %s""".formatted(scope, quoted(when), extra);
        RuleCatalog.Loaded loaded = RuleCatalog.read("test.yaml", text);
        assertThat(loaded.problems()).as(when).isEmpty();
        return loaded.catalog();
    }

    private static String quoted(String when) {
        return "'" + when.replace("'", "''") + "'";
    }

    private static RuleEngine.Result run(String scope, String when) {
        return new RuleEngine(catalog(scope, when, ""), TODAY).run(FACTS);
    }

    private static List<List<String>> subjects(String scope, String when) {
        return run(scope, when).findings().stream().map(f -> f.subjects().stream().map(Ref::key).toList()).toList();
    }

    @Test
    void eachScopeNamesItsSubjects() {
        assertThat(subjects("asset", "asset.type == 'plc'")).containsExactly(List.of("asset:plc-1"));
        assertThat(subjects("asset-control", "control.kind == 'screen-lock' && asset.type == 'hmi'"))
                .containsExactly(List.of("asset:hmi-1", "control:lock"));
        assertThat(subjects("connection", "connection.protocol == 'modbus'")).containsExactly(List.of("connection:poll"));
        assertThat(subjects("zone", "zone.level <= 1")).containsExactly(List.of("zone:field"));
        assertThat(subjects("supplier", "supplier.single_source")).containsExactly(List.of("supplier:acme"));
        assertThat(subjects("service", "service.critical && !service.has_fallback")).containsExactly(List.of("service:heat"));
    }

    @Test
    void assetControlRulesRunOnlyForTheKindsTheyAskFor() {
        // Control pairs: scada-1 x4 (+ zone-ctl), hmi-1 x2 (+ zone-ctl), ews-1 mfa-1 (+ zone-ctl via cc), fw-1 ids.
        RuleEngine.Result mfa = run("asset-control", "control.kind == 'mfa' && asset.id != ''");
        // scada-1 and ews-1 have mfa-1; ews-1 sits in two zones and is evaluated per zone until one fires.
        assertThat(mfa.findings()).hasSize(2);
        assertThat(mfa.evaluations()).containsEntry("T-1", 2L);

        RuleEngine.Result any = run("asset-control", "control.id == 'none'");
        assertThat(any.findings()).isEmpty();
        // 5 controls on scada-1, 3 on hmi-1, 2 on ews-1 in cc plus 1 in corp, 1 on fw-1; ews-1 is tried per zone.
        assertThat(any.evaluations()).containsEntry("T-1", 5L + 3L + 2L * 2L + 1L);

        RuleEngine.Result declared = new RuleEngine(catalog("asset-control", "asset.id != ''", "    kinds: [screen-lock]\n"),
                TODAY).run(FACTS);
        assertThat(declared.findings()).hasSize(2);
        assertThat(declared.evaluations()).containsEntry("T-1", 2L);
    }

    @Test
    void assetValues() {
        String scada = "asset.id == 'scada-1' && ";
        for (String when : List.of(
                "asset.ref == 'asset:scada-1' && asset.name == 'SCADA server' && asset.type == 'scada-server'",
                "asset.usage == ['real-time', 'time-critical'] && asset.zones == ['cc'] && asset.domains == ['ot']",
                "!asset.multi_homed && asset.supplier == 'supplier:acme' && asset.owner == null && !asset.internet_exposed",
                "asset.end_of_support < now && asset.end_of_support == timestamp('2025-06-30T00:00:00Z')",
                "asset.backup_exists == true && asset.last_restore_test > timestamp('2026-01-01T00:00:00Z')",
                "asset.spares_on_hand == 1 && asset.spares_lead_time == duration('1008h')",
                "asset.requires.map(r, r.ref) == ['asset:dc-it', 'asset:fw-1']",
                "asset.requires.exists(r, r.type == 'domain-controller' && r.domain == 'it' && r.level == 4.0 && r.zone == 'corp')",
                "asset.requires.exists(r, r.domain == 'dmz' && r.level == 3.5)",
                "asset.controls == ['pw', 'lock', 'mfa-1', 'ap', 'zone-ctl'] && 'physical-access' in asset.control_kinds",
                "!has(asset.vendor) && has(asset.end_of_support) && asset.vendor == null")) {
            assertThat(subjects("asset", scada + when)).as(when).containsExactly(List.of("asset:scada-1"));
        }
        assertThat(subjects("asset", "asset.vendor == 'Siemens' && !has(asset.end_of_support)"))
                .containsExactly(List.of("asset:plc-1"));
    }

    @Test
    void contextValuesOfAnAsset() {
        String scada = "asset.id == 'scada-1' && ";
        for (String when : List.of(
                "zone.id == 'cc' && zone.ref == 'zone:cc' && zone.domain == 'ot' && zone.level == 2.0 && zone.level <= 2 && zone.target_sl == 2",
                "zone.flat && zone.asset_count == 3 && zone.asset_types == ['engineering-workstation', 'hmi', 'scada-server']",
                "zone.control_kinds == ['physical-access']",
                "services.map(s, s.id) == ['heat'] && max_impact == 'critical' && max_impact_level == 4 && critical_service",
                "services[0].impact.supply == 'critical' && services[0].max_tolerable_downtime == duration('4h')",
                "controls.size() == 5 && controls.exists(c, c.kind == 'auto-patching' && c.approval == 'auto')",
                "connections.map(c, c.id) == ['poll', 'vendor']",
                "connections.exists(c, c.from.kind == 'supplier' && c.from.domain == 'external' && c.always_on)",
                "via_connections.size() == 0",
                "now == timestamp('2026-11-26T00:00:00Z')")) {
            assertThat(subjects("asset", scada + when)).as(when).containsExactly(List.of("asset:scada-1"));
        }
        assertThat(subjects("asset", "via_connections.exists(c, c.protocol == 'modbus' && c.via[0].ref == 'asset:fw-1')"))
                .containsExactly(List.of("asset:fw-1"));
        assertThat(subjects("asset", "asset.type == 'erp' && services.map(s, s.id) == ['billing'] && max_impact == 'medium'"
                + " && !critical_service")).hasSize(1);
        assertThat(subjects("asset", "asset.type == 'plc' && max_impact == 'critical'")).hasSize(1);
        assertThat(subjects("asset", "asset.type == 'firewall' && size(services) == 1")).hasSize(1);
    }

    @Test
    void controlValues() {
        String pw = "control.id == 'pw' && asset.id == 'hmi-1' && ";
        for (String when : List.of(
                "control.kind == 'password-policy' && control.ref == 'control:pw' && control.name == 'Corporate policy'",
                "control.min_length == 13 && control.rotation_days == 90 && control.complexity == null",
                "!has(control.complexity) && has(control.min_length)",
                "control.params.ticket == 'CHG-7' && control.params.min_length == 13 && !has(control.params.history)",
                "control.params.?history.orValue(0) == 0")) {
            assertThat(subjects("asset-control", pw + when)).as(when).containsExactly(List.of("asset:hmi-1", "control:pw"));
        }
        assertThat(subjects("asset-control", "control.kind == 'screen-lock' && control.timeout < duration('15m')"
                + " && control.view_only_when_locked == null")).hasSize(2);
        assertThat(subjects("asset-control", "control.kind == 'mfa' && control.scope in ['local', 'all']"
                + " && control.verifier == 'cloud'")).hasSize(2);
    }

    @Test
    void nullComparisonsDoNotFireAndAreCounted() {
        RuleEngine.Result result = run("asset-control", "control.kind == 'screen-lock' && control.min_length >= 12");
        assertThat(result.findings()).isEmpty();
        assertThat(result.errors()).containsEntry("T-1", 2L);
        assertThat(result.firstErrors().get("T-1")).isNotBlank();
        // Equality with null is no error: absent is not true.
        assertThat(subjects("asset-control", "control.kind == 'screen-lock' && !(control.view_only_when_locked == true)"))
                .hasSize(2);
    }

    @Test
    void connectionSupplierZoneAndServiceValues() {
        assertThat(subjects("connection", "connection.id == 'poll' && connection.from.ref == 'asset:scada-1'"
                + " && connection.to.type == 'plc' && connection.ports == [502] && connection.auth == 'none'"
                + " && connection.via.map(v, v.ref) == ['asset:fw-1'] && connection.crosses_domains == false"
                + " && connection.initiator == 'from' && connection.encrypted == null && max_impact == 'critical'"
                + " && controls.size() == 0 && connection.control_kinds == []")).hasSize(1);
        assertThat(subjects("connection", "connection.id == 'vendor' && connection.crosses_domains"
                + " && connection.expires > now && connection.purpose.matches('(?i)support')")).hasSize(1);
        assertThat(subjects("supplier", "supplier.assets == ['asset:scada-1'] && supplier.support_sla == duration('8h')"
                + " && 'spare-parts' in supplier.provides && connections.size() == 1 && supplier.contract_owner == null"))
                .hasSize(1);
        assertThat(subjects("zone", "zone.id == 'dmz' && zone.level == 3.5 && !zone.flat && max_impact == 'critical'"))
                .hasSize(1);
        assertThat(subjects("zone", "zone.id == 'cc' && 'physical-access' in zone.control_kinds"
                + " && controls.map(c, c.id) == ['zone-ctl']")).hasSize(1);
        assertThat(subjects("service", "service.id == 'billing' && service.has_fallback"
                + " && service.fallback_capacity == 50.0 && service.fallback_sustainable_for == duration('336h')"
                + " && service.fallback_last_tested < now && service.max_impact_level == 2 && !service.critical"
                + " && service.requires.map(r, r.ref) == ['asset:erp-1']")).hasSize(1);
    }

    @Test
    void multiHomedAssetIsEvaluatedPerZoneAndReportedOnce() {
        RuleEngine.Result result = run("asset", "asset.id == 'ews-1' && zone.domain == 'it'");
        assertThat(result.findings()).singleElement()
                .satisfies(f -> assertThat(f.explanation()).contains("in zone:corp (it, level 4)"));
        assertThat(run("asset", "asset.id == 'ews-1' && zone.domain in ['it', 'ot']").findings()).hasSize(1);
        assertThat(run("asset", "asset.id == 'ews-1' && asset.domains == ['ot', 'it']").findings()).hasSize(1);
    }

    @Test
    void severityFollowsTheServicesTouched() {
        List<Finding> findings = run("asset", "asset.type in ['plc', 'hmi', 'erp']").findings();
        assertThat(findings).extracting(f -> f.subjects().get(0).id(), Finding::severity).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("plc-1", Severity.CRITICAL),
                org.assertj.core.groups.Tuple.tuple("erp-1", Severity.HIGH),
                org.assertj.core.groups.Tuple.tuple("hmi-1", Severity.MEDIUM));
        Finding plc = findings.stream().filter(f -> f.subjects().get(0).id().equals("plc-1")).findFirst().orElseThrow();
        assertThat(plc.services()).containsExactly(Ref.of(RefKind.SERVICE, "heat"));
        assertThat(plc.category()).isEqualTo(Category.CONTROL_FITNESS);
        assertThat(plc.title()).isEqualTo("Test rule");
        assertThat(plc.explanation()).startsWith("asset:plc-1 (plc) in zone:field (ot, level 1). Why.");
        assertThat(plc.recommendation()).isEqualTo("Do this.");
    }

    @Test
    void findingsAreStableAndSorted() {
        RuleEngine engine = new RuleEngine(RuleCatalog.builtIn().plus(catalog("zone", "zone.domain == 'ot'", "")), TODAY);
        List<Finding> first = engine.evaluate(FACTS);
        List<Finding> second = engine.evaluate(Models.facts(SITE));
        assertThat(first).isEqualTo(second).isSortedAccordingTo(Finding.ORDER);
        assertThat(first).extracting(Finding::rule).contains("T-1", "OTB-FIT-001", "OTB-FIT-004", "OTB-FIT-007");
    }
}
