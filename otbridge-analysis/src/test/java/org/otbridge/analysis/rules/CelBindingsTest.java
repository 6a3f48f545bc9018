package org.otbridge.analysis.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cel.common.values.NullValue;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.otbridge.analysis.facts.SiteFacts;

/** How values reach CEL: records selected field by field, computed lazily, built once per subject. */
class CelBindingsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

    private static final String SITE = """
            services:
              - {id: heat, name: Heat, impact: {supply: critical}, requires: [asset:scada-1]}
            zones:
              - {id: corp, name: Office, domain: it, level: 4}
              - {id: cc, name: Control centre, domain: ot, level: 2}
            assets:
              - {id: dc-1, type: domain-controller, zone: corp}
              - {id: scada-1, type: scada-server, zone: cc, requires: [asset:dc-1], controls: [pw, lock]}
              - {id: hmi-1, type: hmi, zone: cc, controls: [lock]}
              - {id: plc-1, type: plc, zone: cc}
            connections:
              - {id: poll, from: asset:scada-1, to: asset:plc-1, protocol: modbus}
              - {id: eng, from: asset:hmi-1, to: asset:scada-1, protocol: opcua, purpose: Operator client}
            controls:
              - {id: pw, kind: password-policy, min_length: 13}
              - {id: lock, kind: screen-lock, timeout: 10m}
            """;

    private static RuleCatalog catalog(String... rules) {
        StringBuilder text = new StringBuilder("rules:\n");
        int n = 0;
        for (String rule : rules) {
            String[] parts = rule.split("\\|", 2);
            text.append("""
                      - id: T-%d
                        category: control-fitness
                        severity: low
                        scope: %s
                        when: '%s'
                        title: Test
                        explanation: Why.
                        recommendation: Do.
                    """.formatted(++n, parts[0], parts[1].replace("'", "''")));
        }
        RuleCatalog.Loaded loaded = RuleCatalog.read("test.yaml", text.toString());
        assertThat(loaded.problems()).isEmpty();
        return loaded.catalog();
    }

    @Test
    void lazyFieldsAreComputedOnceAndOnlyWhenRead() {
        List<String> computed = new ArrayList<>();
        Bound value = new Bound(RuleBindings.ZONE, field -> {
            computed.add(field);
            return field.equals("asset_count") ? 3L : null;
        }).with("id", "cc");
        assertThat(value.select("id")).isEqualTo("cc");
        assertThat(computed).isEmpty();
        assertThat(value.select("asset_count")).isEqualTo(3L);
        assertThat(value.select("asset_count")).isEqualTo(3L);
        assertThat(computed).containsExactly("asset_count");
        assertThat(value.select("level")).isEqualTo(NullValue.NULL_VALUE);
        assertThat(value.find("level")).isEmpty();
        assertThat(value.find("id")).contains("cc");
        assertThatThrownBy(() -> value.select("colour")).hasMessageContaining("no such field");
        assertThatThrownBy(() -> value.with("colour", 1)).hasMessageContaining("no field zone.colour");
    }

    @Test
    void assetValuesAreBuiltOncePerAssetForAllRules() {
        SiteFacts facts = Models.facts(SITE);
        RuleCatalog rules = catalog("asset|asset.type == 'plc'", "asset|zone.domain == 'ot'",
                "asset-control|control.kind == 'screen-lock' && asset.type == 'hmi'",
                "asset-control|control.kind == 'password-policy' && control.min_length >= 12");
        RuleEngine.Result result = new RuleEngine(rules, TODAY).run(facts);
        assertThat(result.assetValues()).isEqualTo(facts.model().assets().size());
        assertThat(result.evaluations()).containsEntry("T-1", 4L).containsEntry("T-2", 4L).containsEntry("T-3", 2L)
                .containsEntry("T-4", 1L);
        assertThat(result.findings()).hasSize(1 + 3 + 1 + 1);
    }

    @Test
    void assetsWithoutAnyApplicableRuleAreNotBound() {
        SiteFacts facts = Models.facts(SITE);
        RuleEngine.Result result = new RuleEngine(catalog("asset-control|control.kind == 'mfa'"), TODAY).run(facts);
        assertThat(result.assetValues()).isZero();
        assertThat(result.evaluations()).isEmpty();
    }

    @Test
    void recordsInListsKeepNullsAndHas() {
        SiteFacts facts = Models.facts(SITE);
        RuleCatalog rules = catalog(
                "asset|asset.id == 'scada-1' && connections.exists(c, c.id == 'poll' && c.purpose == null && !has(c.purpose))",
                "asset|asset.id == 'scada-1' && connections.exists(c, c.id == 'eng' && has(c.purpose) && c.auth == null)",
                "asset|asset.id == 'scada-1' && asset.requires.all(r, r.type == 'domain-controller' && has(r.type))",
                "asset|asset.id == 'scada-1' && connections.filter(c, c.to.type == 'plc').map(c, c.to.zone) == ['cc']",
                "asset|asset.id == 'scada-1' && services.all(s, s.max_tolerable_downtime == null)");
        RuleEngine.Result result = new RuleEngine(rules, TODAY).run(facts);
        assertThat(result.errors()).isEmpty();
        assertThat(result.findings()).extracting(f -> f.rule()).containsExactlyInAnyOrder("T-1", "T-2", "T-3", "T-4", "T-5");
    }

    @Test
    void lifecycleManagementAccountsAndProtocolCategoriesAreFieldsOfTheirRecords() {
        SiteFacts facts = Models.facts("""
                zones:
                  - {id: corp, name: Office, domain: it, level: 4}
                  - {id: cc, name: Control centre, domain: ot, level: 2}
                assets:
                  - {id: hmi-1, type: hmi, zone: cc, os: Windows 7, signed_firmware: no,
                     management: {zones: [corp], auth: pwd}}
                  - {id: hmi-2, type: hmi, zone: cc}
                suppliers: [{id: vendor}]
                connections:
                  - {id: rmm, from: supplier:vendor, to: asset:hmi-1, protocol: other, protocol_category: rmm}
                  - {id: tv, from: supplier:vendor, to: asset:hmi-2, protocol: anydesk}
                accounts:
                  - {id: shared, kind: group, domain: corporate, used_on: [zone:cc]}
                  - {id: old, kind: vendor-default, domain: local, used_on: [asset:hmi-1], disabled: true}
                """);
        RuleCatalog rules = catalog(
                "asset|asset.os == 'Windows 7' && asset.signed_firmware == false && asset.management_zones == ['corp']"
                        + " && asset.management_auth == 'password'",
                "asset|asset.id == 'hmi-1' && asset.account_kinds == ['shared'] && asset.account_domains == ['it']",
                "asset|asset.id == 'hmi-2' && connections.exists(c, c.category == 'remote-support' "
                        + "&& c.protocol_category == null)",
                "asset|asset.id == 'hmi-1' && connections.exists(c, c.protocol == 'other' "
                        + "&& c.protocol_category == 'remote-support' && c.category == 'remote-support')",
                "asset|asset.id == 'hmi-2' && asset.os == null && asset.management_zones == [] "
                        + "&& asset.account_kinds == ['shared']");
        RuleEngine.Result result = new RuleEngine(rules, TODAY).run(facts);
        assertThat(result.errors()).isEmpty();
        assertThat(result.findings()).extracting(f -> f.rule()).containsExactlyInAnyOrder("T-1", "T-2", "T-3", "T-4",
                "T-5");
    }
}
