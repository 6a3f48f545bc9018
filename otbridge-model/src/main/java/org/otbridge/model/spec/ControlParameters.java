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

    /** Words with other spellings: {@code values} as for {@link #words}, then spelling and value pairs. */
    private static FieldType words(List<String> values, String... spellings) {
        return new FieldType.Words(Vocabulary.of(values, Spellings.spellings(spellings)));
    }

    private static final FieldType FLAG = new FieldType.Flag();
    private static final FieldType COUNT = new FieldType.WholeNumber(0, Integer.MAX_VALUE);
    private static final FieldType DURATION = new FieldType.Span(List.of());
    private static final List<String> SCOPES = List.of("local", "remote", "all");
    private static final String[] SCOPE_SPELLINGS = {"console", "local", "remote-access", "remote", "both", "all",
        "everywhere", "all"};

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
                optional("duration", new FieldType.Span(Vocabulary.of(List.of("0", "until-admin"), Spellings.spellings(
                        "manual", "until-admin", "admin", "until-admin", "until-unlocked", "until-admin",
                        "indefinite", "until-admin", "permanent", "until-admin"))),
                        "How long it stays locked; 0 or until-admin means manual unlock."),
                optional("alert_only", FLAG, "Only alert, never lock.")));
        map.put(ControlKind.SCREEN_LOCK, List.of(
                optional("timeout", DURATION, "Idle time before the screen locks."),
                optional("view_only_when_locked", FLAG, "The process view stays visible while locked.")));
        map.put(ControlKind.SESSION_TIMEOUT, List.of(
                optional("timeout", DURATION, "Idle time before the session ends."),
                optional("action", words(List.of("logoff", "lock", "view-only"), "logout", "logoff", "log-off", "logoff",
                        "log-out", "logoff", "sign-out", "logoff", "disconnect", "logoff", "screen-lock", "lock",
                        "read-only", "view-only", "view", "view-only"), "What happens at timeout."),
                optional("scope", words(SCOPES, SCOPE_SPELLINGS), "Which sessions it applies to.")));
        map.put(ControlKind.AUTO_PATCHING, List.of(
                optional("approval", words(List.of("auto", "manual"), "automatic", "auto", "none", "auto", "no", "auto",
                        "false", "auto", "required", "manual", "yes", "manual", "true", "manual"),
                        "Whether patches install without approval: auto (no approval needed; also no, false) or "
                        + "manual (each patch approved; also yes, true, required)."),
                optional("reboot", words(List.of("auto", "scheduled", "manual"), "automatic", "auto", "yes", "auto", "true",
                        "auto", "immediate", "auto", "planned", "scheduled", "maintenance-window", "scheduled",
                        "no", "manual", "false", "manual"),
                        "How reboots after patching happen: auto (also yes, true), scheduled, manual (also no, "
                        + "false)."),
                optional("vendor_qualified", FLAG, "Only patches the ICS vendor has qualified."),
                optional("source", words(List.of("internet", "it-wsus", "dmz"), "windows-update", "internet",
                        "microsoft-update", "internet", "vendor-cloud", "internet", "wsus", "it-wsus",
                        "corporate-wsus", "it-wsus", "ot-dmz", "dmz", "staging", "dmz"), "Where patches come from.")));
        map.put(ControlKind.VULNERABILITY_SCANNING, List.of(
                optional("mode", words(List.of("active", "passive", "inventory-match"), "network-scan", "active",
                        "scan", "active", "listen", "passive", "inventory", "inventory-match", "asset-inventory",
                        "inventory-match"), "How vulnerabilities are found."),
                optional("credentialed", FLAG, "Scans log in to the hosts."),
                optional("window", words(List.of("production", "outage", "testbed"), "live", "production",
                        "maintenance-window", "outage", "shutdown", "outage", "turnaround", "outage", "test", "testbed",
                        "lab", "testbed", "test-bench", "testbed"), "When scans run.")));
        map.put(ControlKind.ANTIVIRUS, List.of(
                optional("scan", words(List.of("on-access", "scheduled-full", "on-demand"), "real-time", "on-access",
                        "realtime", "on-access", "full", "scheduled-full", "scheduled", "scheduled-full", "manual",
                        "on-demand"), "Scanning mode."),
                optional("signature_source", words(List.of("cloud", "dmz", "manual"), "internet", "cloud",
                        "vendor-cloud", "cloud", "staging", "dmz", "offline", "manual", "usb", "manual"),
                        "Where signatures come from."),
                optional("vendor_qualified", FLAG, "Qualified by the ICS vendor.")));
        map.put(ControlKind.EDR, List.of(
                optional("response", words(List.of("auto", "approval", "alert-only"), "automatic", "auto", "block", "auto",
                        "isolate", "auto", "manual", "approval", "alert", "alert-only", "detect-only", "alert-only",
                        "monitor", "alert-only"), "What the agent does on detection."),
                optional("cloud_required", FLAG, "Needs its cloud service to work.")));
        map.put(ControlKind.APPLICATION_ALLOWLISTING, List.of(
                optional("mode", words(List.of("enforce", "audit"), "enforced", "enforce", "block", "enforce", "audit-only",
                        "audit", "monitor", "audit", "log-only", "audit"), "Enforce or only log.")));
        map.put(ControlKind.MFA, List.of(
                optional("method", words(List.of("push", "sms", "totp", "smartcard", "fido2", "hardware-token"),
                        "push-notification", "push", "app-push", "push", "text", "sms", "text-message", "sms",
                        "voice", "sms", "phone-call", "sms", "otp", "totp", "authenticator-app", "totp",
                        "authenticator", "totp", "software-token", "totp", "smart-card", "smartcard", "certificate",
                        "smartcard", "pki", "smartcard", "piv", "smartcard", "security-key", "fido2", "webauthn",
                        "fido2", "passkey", "fido2", "yubikey", "fido2", "token", "hardware-token", "hard-token",
                        "hardware-token", "key-fob", "hardware-token", "securid", "hardware-token", "hardware-otp",
                        "hardware-token"),
                        "Second factor. push, sms and totp live on a phone (totp also as an app on a PC); "
                        + "smartcard, fido2 and hardware-token (a code-generating fob) need no phone and no network."),
                optional("verifier", words(List.of("cloud", "on-prem"), "saas", "cloud", "online", "cloud", "azure", "cloud",
                        "entra", "cloud", "on-premises", "on-prem", "onprem", "on-prem", "on-premise", "on-prem",
                        "local", "on-prem"), "Where the factor is verified."),
                optional("scope", words(List.of("remote", "local", "all"), SCOPE_SPELLINGS), "Which logins need it.")));
        map.put(ControlKind.USB_BLOCK, List.of(
                optional("exception", words(List.of("none", "managed-media", "kiosk"), "no", "none", "false", "none",
                        "managed", "managed-media", "approved-media", "managed-media", "scanning-kiosk", "kiosk",
                        "sheep-dip", "kiosk", "scanning-station", "kiosk"), "How media can still be used.")));
        map.put(ControlKind.TLS_INSPECTION, List.of(
                optional("bypass_ot", FLAG, "OT protocols are exempt from inspection.")));
        map.put(ControlKind.CLOUD_LOGGING, List.of(
                optional("path", words(List.of("direct", "via-dmz", "diode"), "dmz", "via-dmz", "through-dmz", "via-dmz",
                        "data-diode", "diode", "one-way", "diode"), "How logs leave OT.")));
        map.put(ControlKind.NETWORK_MONITORING, List.of(
                optional("mode", words(List.of("passive", "inline-block", "active-probe"), "span", "passive", "tap", "passive",
                        "mirror", "passive", "ips", "inline-block", "inline", "inline-block", "active", "active-probe",
                        "probe", "active-probe"), "How the network is watched.")));
        map.put(ControlKind.BACKUP, List.of(
                optional("scope", new FieldType.ListOf(new FieldType.Text(), true), "What is backed up."),
                optional("offline_copy", FLAG, "A copy is kept offline."),
                optional("restore_tested", new FieldType.Day(), "When a restore was last proven.")));
        map.put(ControlKind.INCIDENT_PLAN, List.of(
                optional("scope", words(List.of("ot", "it"), "ics", "ot", "ot-specific", "ot", "it-only", "it"), "ot: the plan covers OT and its decisions (isolate, go manual, "
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
