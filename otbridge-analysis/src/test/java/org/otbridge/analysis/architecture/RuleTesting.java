package org.otbridge.analysis.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.otbridge.analysis.Finding;
import org.otbridge.analysis.RuleRunner;
import org.otbridge.analysis.attack.AttackCatalog;
import org.otbridge.analysis.facts.SiteFacts;
import org.otbridge.model.Model;
import org.otbridge.model.Ref;
import org.otbridge.model.RefKind;
import org.otbridge.model.load.LoadResult;
import org.otbridge.model.load.ModelLoader;
import org.otbridge.model.load.ModelSource;

/**
 * Small inline models for the rule tests. {@link #BASE} is a site with an office, a DMZ, OT
 * zones on levels 3, 2 and 1, a safety zone and a lab zone that no service needs; each test adds
 * the sections it is about as a second model file (sections merge across files).
 */
final class RuleTesting {

    private RuleTesting() {
    }

    static final String BASE = """
            services:
              - id: heat
                name: District heating
                impact: {supply: critical, safety: high}
                max_tolerable_downtime: 4h
                requires: [asset:scada-1, asset:plc-1]
              - id: billing
                name: Billing
                impact: {financial: medium}
                requires: [asset:erp-1]
            zones:
              - {id: corp, name: Office, domain: it, level: 4}
              - {id: ext, name: External services, domain: external, level: 5, flat: false}
              - {id: dmz, name: OT DMZ, domain: dmz, level: 3.5, flat: false, target_sl: 2}
              - {id: ops, name: OT servers, domain: ot, level: 3, target_sl: 2}
              - {id: cc, name: Control centre, domain: ot, level: 2, target_sl: 2}
              - {id: field, name: Field, domain: ot, level: 1, target_sl: 2}
              - {id: sis, name: Safety, domain: safety, level: 1, target_sl: 3}
              - {id: lab, name: Test lab, domain: ot, level: 2, target_sl: 1}
            assets:
              - {id: ws-1, type: workstation, zone: corp}
              - {id: erp-1, type: erp, zone: corp}
              - {id: dc-1, type: domain-controller, zone: corp}
              - {id: fw-1, type: firewall, zone: dmz}
              - {id: jump-1, type: jump-host, zone: dmz}
              - {id: rag-1, type: remote-access-gateway, zone: dmz}
              - {id: hist-dmz, type: historian, zone: dmz}
              - {id: hist-1, type: historian, zone: ops}
              - {id: scada-1, type: scada-server, zone: cc}
              - {id: hmi-1, type: hmi, zone: cc}
              - {id: ews-1, type: engineering-workstation, zone: cc}
              - {id: plc-1, type: plc, zone: field}
              - {id: sis-1, type: sis, zone: sis}
              - {id: lab-plc, type: plc, zone: lab}
              - {id: lab-hmi, type: hmi, zone: lab}
            suppliers:
              - {id: vendor, name: Vendor}
            """;

    static Model model(String yaml) {
        LoadResult result = new ModelLoader().load(List.of(new ModelSource("base.yaml", BASE),
                new ModelSource("m.yaml", yaml)));
        assertThat(result.ok()).as("model loads: %s", result.problems()).isTrue();
        return result.model();
    }

    /** Runs one rule over the base model plus {@code yaml}. */
    static List<Finding> run(ArchitectureRule rule, String yaml) {
        return RuleRunner.run(List.of(rule), new ArchitectureSite(new SiteFacts(model(yaml))), AttackCatalog.bundled());
    }

    /** A reference as written in a model: {@code asset:x}, {@code internet}. */
    static Ref ref(String key) {
        int colon = key.indexOf(':');
        if (colon < 0) {
            return Ref.of(key.equals("internet") ? RefKind.INTERNET : RefKind.REMOVABLE_MEDIA, key);
        }
        return Ref.of(RefKind.byPrefix(key.substring(0, colon)).orElseThrow(), key.substring(colon + 1));
    }

    static List<Ref> refs(String... keys) {
        List<Ref> list = new ArrayList<>();
        for (String key : keys) {
            list.add(ref(key));
        }
        return list;
    }

    /** The subjects of every finding, as keys. */
    static List<List<String>> subjects(List<Finding> findings) {
        return findings.stream().map(f -> f.subjects().stream().map(Ref::key).toList()).toList();
    }
}
