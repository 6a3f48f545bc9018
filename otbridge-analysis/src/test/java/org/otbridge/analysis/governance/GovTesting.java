package org.otbridge.analysis.governance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.otbridge.analysis.Finding;
import org.otbridge.analysis.RuleRunner;
import org.otbridge.analysis.attack.AttackCatalog;
import org.otbridge.analysis.facts.SiteFacts;
import org.otbridge.model.Model;
import org.otbridge.model.Ref;
import org.otbridge.model.load.LoadResult;
import org.otbridge.model.load.ModelLoader;
import org.otbridge.model.load.ModelSource;

/**
 * Small inline models for the governance rule tests. {@link #SITE} is the technical side of a
 * small utility (office, DMZ, control centre, field and safety zones, a vendor with brokered
 * access); {@link #ORG} and {@link #RACI} make it a well-kept one: IT and operations on every
 * IT/OT connection, one accountable person per subject, procurement on the vendor and a mandated
 * OT security lead. Tests add a file with the problem they are about (sections merge across
 * files), or swap {@link #ORG} or {@link #RACI} for their own.
 */
final class GovTesting {

    private GovTesting() {
    }

    /** The day the tests judge exceptions on (the example's assessment day). */
    static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

    static final String SITE = """
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
              - {id: dmz, name: OT DMZ, domain: dmz, level: 3.5, flat: false}
              - {id: cc, name: Control centre, domain: ot, level: 2}
              - {id: field, name: Field, domain: ot, level: 1}
              - {id: sis, name: Safety, domain: safety, level: 1}
            assets:
              - {id: ws-1, type: workstation, zone: corp}
              - {id: erp-1, type: erp, zone: corp}
              - {id: fw-1, type: firewall, zone: dmz}
              - {id: jump-1, type: jump-host, zone: dmz}
              - {id: hist-dmz, type: historian, zone: dmz}
              - {id: scada-1, type: scada-server, zone: cc, owner: person:englead}
              - {id: hmi-1, type: hmi, zone: cc}
              - {id: plc-1, type: plc, zone: field, supplier: vendor}
              - {id: sis-1, type: sis, zone: sis, supplier: vendor}
            connections:
              - {id: hist-repl, from: asset:scada-1, to: asset:hist-dmz, protocol: opcua, initiator: from, via: [asset:fw-1]}
              - {id: jump-in, from: asset:ws-1, to: asset:jump-1, protocol: rdp, auth: mfa}
              - {id: jump-out, from: asset:jump-1, to: asset:scada-1, protocol: rdp, via: [asset:fw-1]}
              - {id: vendor-ra, from: supplier:vendor, to: asset:jump-1, protocol: vpn, auth: mfa, always_on: false, expires: 2027-12-31}
              - {id: fieldbus, from: asset:scada-1, to: asset:plc-1, protocol: modbus}
              - {id: sis-status, from: asset:sis-1, to: asset:scada-1, protocol: modbus}
            suppliers:
              - {id: vendor, name: Vendor, support_sla: 8h, contract_owner: person:buyer}
            """;

    static final String ORG = """
            organization:
              name: Well-kept utility
              units:
                - {id: mgmt, name: Management, discipline: management}
                - {id: it, name: IT, discipline: it}
                - {id: ops, name: Operations, discipline: operations}
                - {id: eng, name: Engineering, discipline: engineering}
                - {id: sec, name: Security, discipline: security}
                - {id: hse, name: HSE, discipline: safety}
                - {id: proc, name: Procurement, discipline: supplier-management}
              people:
                - {id: cfo, unit: mgmt}
                - {id: cio, unit: it}
                - {id: opsmgr, unit: ops}
                - {id: plantmgr, unit: ops}
                - {id: englead, unit: eng}
                - {id: buyer, unit: proc}
                - {id: otlead, unit: sec, mandate: [program:ot-security]}
            """;

    static final String RACI = """
            responsibilities:
              - {subject: service:heat, accountable: person:opsmgr, responsible: [unit:ops], consulted: [unit:eng, unit:it, unit:hse]}
              - {subject: service:billing, accountable: person:cfo, responsible: [unit:it]}
              - {subject: zone:dmz, accountable: person:cio, responsible: [unit:it, unit:ops], consulted: [unit:sec]}
              - {subject: zone:cc, accountable: person:opsmgr, responsible: [unit:ops, unit:it], consulted: [unit:eng, unit:sec]}
              - {subject: zone:field, accountable: person:plantmgr, responsible: [unit:ops, unit:eng], consulted: [unit:it]}
              - {subject: zone:sis, accountable: person:plantmgr, responsible: [unit:eng], consulted: [unit:hse, unit:ops]}
              - {subject: connection:hist-repl, accountable: person:englead, responsible: [unit:it, unit:eng], consulted: [unit:ops]}
              - {subject: connection:jump-in, accountable: person:cio, responsible: [unit:it, unit:ops]}
              - {subject: connection:jump-out, accountable: person:englead, responsible: [unit:eng, unit:it], consulted: [unit:ops]}
              - {subject: connection:vendor-ra, accountable: person:opsmgr, responsible: [unit:it, unit:ops], consulted: [unit:proc, unit:sec]}
              - {subject: supplier:vendor, accountable: person:buyer, responsible: [unit:proc], consulted: [unit:eng, unit:ops]}
              - {subject: program:ot-security, accountable: person:otlead, responsible: [unit:sec], consulted: [unit:ops, unit:eng, unit:it], informed: [unit:mgmt]}
            exceptions:
              - {rule: OTB-ARCH-008, subject: connection:jump-out, reason: Jump host session recording, approved_by: person:englead, expires: 2027-06-30}
            """;

    /** The model of some files. */
    static Model model(String... files) {
        List<ModelSource> sources = new ArrayList<>();
        for (int i = 0; i < files.length; i++) {
            sources.add(new ModelSource("m" + i + ".yaml", files[i]));
        }
        LoadResult result = new ModelLoader().load(sources);
        assertThat(result.ok()).as("model loads: %s", result.problems()).isTrue();
        return result.model();
    }

    /** The well-kept model plus {@code extra}. */
    static Model wellKept(String extra) {
        return model(SITE, ORG, RACI, extra);
    }

    /** Runs one rule over some files. */
    static List<Finding> run(GovernanceRule rule, String... files) {
        return RuleRunner.run(List.of(rule), new GovernanceSite(new SiteFacts(model(files)), TODAY),
                AttackCatalog.bundled());
    }

    /** Runs one rule over the well-kept model plus {@code extra}. */
    static List<Finding> runWellKept(GovernanceRule rule, String extra) {
        return run(rule, SITE, ORG, RACI, extra);
    }

    /** Runs one rule over the well-kept model. */
    static List<Finding> runWellKept(GovernanceRule rule) {
        return run(rule, SITE, ORG, RACI);
    }

    /** The subjects of every finding, as keys. */
    static List<List<String>> subjects(List<Finding> findings) {
        return findings.stream().map(f -> f.subjects().stream().map(Ref::key).toList()).toList();
    }

    /** The first subject of every finding, as keys. */
    static List<String> firstSubjects(List<Finding> findings) {
        return findings.stream().map(f -> f.subjects().get(0).key()).toList();
    }
}
