package org.otbridge.model.spec;

import static org.otbridge.model.spec.FieldSpec.optional;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.otbridge.model.ControlKind;

/**
 * The documented parameters of each control kind (docs/model-fields.md, "control parameters";
 * the rules read them, docs/rules.md). These are type-checked; other parameters are free, except
 * one that looks like a misspelling of a documented one, which is an error.
 */
public final class ControlParameters {

    private ControlParameters() {
    }

    private static FieldType words(String... values) {
        return new FieldType.Words(List.of(values));
    }

    private static final FieldType FLAG = new FieldType.Flag();
    private static final FieldType COUNT = new FieldType.WholeNumber(0, Integer.MAX_VALUE);
    private static final FieldType DURATION = new FieldType.Span(List.of());

    private static final Map<ControlKind, List<FieldSpec>> BY_KIND = build();

    private static Map<ControlKind, List<FieldSpec>> build() {
        Map<ControlKind, List<FieldSpec>> map = new EnumMap<>(ControlKind.class);
        map.put(ControlKind.PASSWORD_POLICY, List.of(
                optional("min_length", COUNT, "Minimum password length."),
                optional("rotation_days", COUNT, "Forced change interval in days (0: never)."),
                optional("complexity", FLAG, "Character class rules enforced."),
                optional("history", COUNT, "Previous passwords that cannot be reused.")));
        map.put(ControlKind.ACCOUNT_LOCKOUT, List.of(
                optional("threshold", COUNT, "Failed logins before the account locks."),
                optional("duration", new FieldType.Span(List.of("0", "until-admin")),
                        "How long it stays locked; 0 or until-admin means manual unlock."),
                optional("alert_only", FLAG, "Only alert, never lock.")));
        map.put(ControlKind.SCREEN_LOCK, List.of(
                optional("timeout", DURATION, "Idle time before the screen locks."),
                optional("view_only_when_locked", FLAG, "The process view stays visible while locked.")));
        map.put(ControlKind.SESSION_TIMEOUT, List.of(
                optional("timeout", DURATION, "Idle time before the session ends."),
                optional("action", words("logoff", "lock", "view-only"), "What happens at timeout."),
                optional("scope", words("local", "remote", "all"), "Which sessions it applies to.")));
        map.put(ControlKind.AUTO_PATCHING, List.of(
                optional("approval", words("auto", "manual"), "Whether patches install without approval."),
                optional("reboot", words("auto", "scheduled", "manual"), "How reboots after patching happen."),
                optional("vendor_qualified", FLAG, "Only patches the ICS vendor has qualified."),
                optional("source", words("internet", "it-wsus", "dmz"), "Where patches come from.")));
        map.put(ControlKind.VULNERABILITY_SCANNING, List.of(
                optional("mode", words("active", "passive", "inventory-match"), "How vulnerabilities are found."),
                optional("credentialed", FLAG, "Scans log in to the hosts."),
                optional("window", words("production", "outage", "testbed"), "When scans run.")));
        map.put(ControlKind.ANTIVIRUS, List.of(
                optional("scan", words("on-access", "scheduled-full", "on-demand"), "Scanning mode."),
                optional("signature_source", words("cloud", "dmz", "manual"), "Where signatures come from."),
                optional("vendor_qualified", FLAG, "Qualified by the ICS vendor.")));
        map.put(ControlKind.EDR, List.of(
                optional("response", words("auto", "approval", "alert-only"), "What the agent does on detection."),
                optional("cloud_required", FLAG, "Needs its cloud service to work.")));
        map.put(ControlKind.APPLICATION_ALLOWLISTING, List.of(
                optional("mode", words("enforce", "audit"), "Enforce or only log.")));
        map.put(ControlKind.MFA, List.of(
                optional("method", words("push", "sms", "totp", "smartcard", "fido2"), "Second factor."),
                optional("verifier", words("cloud", "on-prem"), "Where the factor is verified."),
                optional("scope", words("remote", "local", "all"), "Which logins need it.")));
        map.put(ControlKind.USB_BLOCK, List.of(
                optional("exception", words("none", "managed-media", "kiosk"), "How media can still be used.")));
        map.put(ControlKind.TLS_INSPECTION, List.of(
                optional("bypass_ot", FLAG, "OT protocols are exempt from inspection.")));
        map.put(ControlKind.CLOUD_LOGGING, List.of(
                optional("path", words("direct", "via-dmz", "diode"), "How logs leave OT.")));
        map.put(ControlKind.NETWORK_MONITORING, List.of(
                optional("mode", words("passive", "inline-block", "active-probe"), "How the network is watched.")));
        map.put(ControlKind.BACKUP, List.of(
                optional("scope", new FieldType.ListOf(new FieldType.Text(), true), "What is backed up."),
                optional("offline_copy", FLAG, "A copy is kept offline."),
                optional("restore_tested", new FieldType.Day(), "When a restore was last proven.")));
        map.put(ControlKind.INCIDENT_PLAN, List.of(
                optional("scope", words("ot", "it"), "ot: the plan covers OT and its decisions (isolate, go manual, "
                        + "restore from OT-side backups); it: the company's IT plan alone, which does not count for "
                        + "OT. Default ot."),
                optional("last_tested", new FieldType.Day(), "When the plan was last exercised, as a table-top or "
                        + "a drill.")));
        map.put(ControlKind.OFFLINE_RECOVERY_DOCS, List.of(
                optional("location", new FieldType.Text(), "Where the offline copy is kept, such as the control "
                        + "room."),
                optional("last_reviewed", new FieldType.Day(), "When the copy was last checked against the site.")));
        return Map.copyOf(map);
    }

    /** The documented parameters of a kind; empty for kinds with none. */
    public static List<FieldSpec> of(ControlKind kind) {
        return BY_KIND.getOrDefault(kind, List.of());
    }
}
