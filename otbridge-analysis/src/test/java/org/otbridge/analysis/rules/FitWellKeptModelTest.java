package org.otbridge.analysis.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.otbridge.analysis.facts.SiteFacts;

/**
 * A well-kept control room gives no control-fitness finding: operator stations protected with
 * badge access, smart cards verified in OT, allowlisting and a view-only lock; lockout that only
 * alerts; vendor-qualified patches staged in the DMZ and applied by hand in maintenance windows;
 * passive monitoring; managed USB media; its own OT directory; remote sessions time out.
 */
class FitWellKeptModelTest {

    static final String WELL_KEPT = """
            services:
              - id: heat
                name: District heating
                impact: {supply: critical, safety: high}
                max_tolerable_downtime: 4h
                requires: [{any: [asset:scada-a, asset:scada-b]}, {any: [asset:hmi-1, asset:hmi-2]}, asset:plc-1, asset:rtu-1]
            zones:
              - {id: corp, name: Office, domain: it, level: 4}
              - {id: dmz, name: OT DMZ, domain: dmz, level: 3.5, flat: false}
              - {id: ops, name: OT servers, domain: ot, level: 3}
              - {id: cc, name: Control room, domain: ot, level: 2}
              - {id: field, name: Field, domain: ot, level: 1}
            assets:
              - {id: ws-1, type: workstation, zone: corp, controls: [pw-it, lock-it, av-it]}
              - {id: patch-dmz, type: server, zone: dmz}
              - {id: jump-1, type: jump-host, zone: dmz, controls: [mfa-remote, sess-remote]}
              - {id: dc-ot, type: domain-controller, zone: ops}
              - {id: hist-1, type: historian, zone: ops, requires: [asset:dc-ot], controls: [av-ot, patch-ot, allowlist]}
              - {id: scada-a, type: scada-server, zone: cc, usage: [time-critical, real-time], requires: [asset:dc-ot],
                 controls: [patch-ot, allowlist, lockout-alert, edr-ot]}
              - {id: scada-b, type: scada-server, zone: cc, usage: [time-critical, real-time], requires: [asset:dc-ot],
                 controls: [patch-ot, allowlist, lockout-alert, edr-ot]}
              - {id: hmi-1, type: hmi, zone: cc, usage: [operator-station, shift-operated, shared-console, time-critical],
                 requires: [asset:dc-ot], controls: [allowlist, lock-view, mfa-card, lockout-alert, usb-managed]}
              - {id: hmi-2, type: hmi, zone: cc, usage: [operator-station, shift-operated, shared-console, time-critical],
                 requires: [asset:dc-ot], controls: [allowlist, lock-view, mfa-card, lockout-alert, usb-managed]}
              - {id: ews-1, type: engineering-workstation, zone: cc, controls: [allowlist, usb-managed, sess-ews]}
              - {id: plc-1, type: plc, zone: field, controls: [fw-plc, pw-device]}
              - {id: rtu-1, type: rtu, zone: field, usage: [remote-site], controls: [fw-plc, pw-device]}
            connections:
              - {id: patch-pull, from: asset:hist-1, to: asset:patch-dmz, protocol: https, initiator: from,
                 purpose: Vendor-qualified patches staged in the DMZ}
              - {id: poll, from: asset:scada-a, to: asset:plc-1, protocol: modbus}
            controls:
              # The office keeps its IT baseline: it fits there.
              - {id: pw-it, kind: password-policy, min_length: 13, rotation_days: 90, complexity: true}
              - {id: lock-it, kind: screen-lock, timeout: 10m}
              - {id: av-it, kind: antivirus, scan: on-access, signature_source: cloud}
              - {id: vscan-it, kind: vulnerability-scanning, mode: active, window: production, applies_to: [zone:corp]}
              # OT: the same goals, met in ways that fit operations.
              - {id: badge, kind: physical-access, name: Badge and PIN doors with CCTV, applies_to: [zone:cc]}
              - {id: allowlist, kind: application-allowlisting, mode: enforce}
              - {id: lock-view, kind: screen-lock, timeout: 15m, view_only_when_locked: true}
              - {id: mfa-card, kind: mfa, method: smartcard, verifier: on-prem, scope: local}
              - {id: mfa-remote, kind: mfa, method: smartcard, verifier: on-prem, scope: remote}
              - {id: lockout-alert, kind: account-lockout, threshold: 10, alert_only: true}
              - {id: usb-managed, kind: usb-block, exception: managed-media}
              - {id: patch-ot, kind: auto-patching, approval: manual, reboot: manual, vendor_qualified: true, source: dmz,
                 description: One server at a time in agreed maintenance windows}
              - {id: fw-plc, kind: auto-patching, approval: manual, reboot: manual, vendor_qualified: true,
                 description: Risk-based firmware updates in planned outages}
              - {id: pw-device, kind: password-policy, min_length: 8, rotation_days: 0}
              - {id: av-ot, kind: antivirus, scan: on-demand, signature_source: dmz, vendor_qualified: true}
              - {id: edr-ot, kind: edr, response: alert-only, cloud_required: false}
              - {id: sess-remote, kind: session-timeout, timeout: 30m, action: logoff, scope: remote}
              - {id: sess-ews, kind: session-timeout, timeout: 4h, action: lock, scope: local}
              - {id: ids, kind: network-monitoring, mode: passive, applies_to: [zone:cc, zone:field, zone:ops]}
              - {id: vscan-ot, kind: vulnerability-scanning, mode: passive, applies_to: [zone:cc, zone:field]}
              - {id: logs, kind: cloud-logging, path: via-dmz, applies_to: [zone:ops]}
              - {id: bkp, kind: backup, scope: [system-image, plc-programs], offline_copy: true, restore_tested: 2026-05-12,
                 applies_to: [zone:cc, zone:field]}
              - {id: pam, kind: other, name: pam-approval, break_glass: true, applies_to: [zone:ops]}
            """;

    @Test
    void noControlFitnessFinding() {
        SiteFacts facts = Models.facts(WELL_KEPT);
        RuleEngine.Result result = new RuleEngine(RuleCatalog.builtIn(), Models.EXAMPLE_DAY).run(facts);
        assertThat(result.findings()).isEmpty();
        // The rules did look: the operator stations' controls were evaluated.
        assertThat(result.evaluations()).containsKeys("OTB-FIT-001", "OTB-FIT-002", "OTB-FIT-004", "OTB-FIT-007",
                "OTB-FIT-008", "OTB-FIT-012", "OTB-FIT-013", "OTB-FIT-015", "OTB-FIT-016", "OTB-FIT-018");
    }
}
