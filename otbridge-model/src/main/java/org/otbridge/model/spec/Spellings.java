package org.otbridge.model.spec;

import java.util.LinkedHashMap;
import java.util.Map;
import org.otbridge.model.AccountDomain;
import org.otbridge.model.AccountKind;
import org.otbridge.model.AssetType;
import org.otbridge.model.AuthMethod;
import org.otbridge.model.ControlKind;
import org.otbridge.model.Discipline;
import org.otbridge.model.Domain;
import org.otbridge.model.ImpactLevel;
import org.otbridge.model.Initiator;
import org.otbridge.model.Protocol;
import org.otbridge.model.ProtocolCategory;
import org.otbridge.model.PurdueLevel;
import org.otbridge.model.UsageTag;

/**
 * The other spellings people write for the values of the model's enums, each with the value it
 * stands for: words from incident reports, vendor manuals and other tools ({@code modbus-tcp},
 * {@code ethernet-ip}, {@code two-factor}), yes/no where a field is a choice of two, and British
 * and American forms. A spelling is added only where it can mean one value and no other; an
 * ambiguous word stays an error with a suggestion, so that a model never says what its author
 * did not mean. docs/model.md lists them.
 */
public final class Spellings {

    private Spellings() {
    }

    private static final Map<Class<?>, Map<String, String>> BY_TYPE = build();

    /** The other spellings of an enum's values; empty for enums without any. */
    public static Map<String, String> of(Class<? extends Enum<?>> type) {
        return BY_TYPE.getOrDefault(type, Map.of());
    }

    private static Map<Class<?>, Map<String, String>> build() {
        Map<Class<?>, Map<String, String>> map = new LinkedHashMap<>();
        map.put(Discipline.class, spellings(
                "ops", "operations", "operation", "operations", "production", "operations",
                "information-technology", "it", "cybersecurity", "security", "cyber-security", "security",
                "information-security", "security", "infosec", "security", "hse", "safety", "health-and-safety", "safety",
                "emergency-preparedness", "contingency", "business-continuity", "contingency", "bcm", "contingency",
                "risk-management", "risk", "compliance", "risk", "procurement", "supplier-management",
                "purchasing", "supplier-management", "vendor-management", "supplier-management",
                "executive", "management", "leadership", "management", "board", "management",
                "economy", "finance", "accounting", "finance", "controlling", "finance",
                "sales", "commercial", "customer-service", "commercial", "trading", "commercial", "market", "commercial"));
        map.put(ImpactLevel.class, spellings(
                "minor", "low", "moderate", "medium", "med", "medium", "major", "high",
                "severe", "critical", "catastrophic", "critical", "very-high", "critical"));
        map.put(Domain.class, spellings(
                "office", "it", "corporate", "it", "enterprise", "it", "ics", "ot", "control", "ot", "process", "ot",
                "sis", "safety", "idmz", "dmz", "ot-dmz", "dmz", "industrial-dmz", "dmz", "internet", "external",
                "third-party", "external", "outside", "external"));
        map.put(PurdueLevel.class, spellings(
                "l0", "0", "l1", "1", "l2", "2", "l3", "3", "l3.5", "3.5", "l4", "4", "l5", "5"));
        map.put(AssetType.class, spellings(
                "controller", "plc", "remote-terminal-unit", "rtu", "relay", "protection-relay",
                "protective-relay", "protection-relay", "safety-system", "sis", "safety-controller", "sis",
                "operator-station", "hmi", "scada", "scada-server", "dcs-server", "scada-server",
                "ews", "engineering-workstation", "engineering-station", "engineering-workstation",
                "jump-server", "jump-host", "bastion", "jump-host", "remote-access", "remote-access-gateway",
                "vpn-gateway", "remote-access-gateway", "diode", "data-diode", "unidirectional-gateway", "data-diode",
                "access-point", "wireless-ap", "wifi", "wireless-ap", "wap", "wireless-ap",
                "dc", "domain-controller", "active-directory", "domain-controller", "pc", "workstation",
                "laptop", "workstation", "cloud", "cloud-service", "saas", "cloud-service",
                "telecom", "telecom-link", "wan-link", "telecom-link", "uninterruptible-power-supply", "ups",
                "battery", "power-supply", "generator", "power-supply", "power-distribution-unit", "pdu",
                "serial-to-ethernet", "serial-gateway", "serial-server", "serial-gateway",
                "terminal-server", "serial-gateway", "device-server", "serial-gateway",
                "protocol-converter", "protocol-gateway", "protocol-translator", "protocol-gateway",
                "phone-system", "pbx", "telephone-exchange", "pbx", "ip-pbx", "pbx", "voip", "pbx",
                "sip", "sip-trunk", "call-centre", "call-center", "contact-center", "call-center",
                "contact-centre", "call-center"));
        map.put(UsageTag.class, spellings(
                "operator-console", "operator-station", "console", "operator-station", "realtime", "real-time",
                "shift", "shift-operated", "shared", "shared-console", "unmanned", "unattended",
                "safety", "safety-function", "portable", "field-portable", "vendor-maintained", "vendor-managed",
                "remote", "remote-site"));
        map.put(Protocol.class, spellings(
                "modbus-tcp", "modbus", "modbus/tcp", "modbus", "modbustcp", "modbus",
                "dnp", "dnp3", "dnp3-tcp", "dnp3",
                "iec-104", "iec104", "iec-60870-5-104", "iec104", "iec60870-5-104", "iec104",
                "s7comm+", "s7comm-plus", "s7-plus", "s7comm-plus",
                "ethernet-ip", "enip", "ethernet/ip", "enip", "ethernetip", "enip",
                "opc-ua", "opcua", "iec-61850", "iec61850", "bacnet-ip", "bacnet", "bacnet/ip", "bacnet",
                "profinet-io", "profinet", "c37118", "c37.118", "synchrophasor", "c37.118",
                "ssl", "tls", "remote-desktop", "rdp", "ms-rdp", "rdp", "cifs", "smb",
                "mssql", "sql", "tds", "sql", "database", "sql", "ipsec", "vpn", "openvpn", "vpn", "wireguard", "vpn",
                "ssl-vpn", "vpn", "team-viewer", "teamviewer", "any-desk", "anydesk",
                "connectwise", "screenconnect", "connectwise-control", "screenconnect",
                "logmein-rescue", "logmein", "goto-resolve", "logmein", "gotoassist", "logmein",
                "bomgar", "beyondtrust", "beyondtrust-remote-support", "beyondtrust",
                "dameware-mini-remote-control", "dameware", "netsupport-manager", "netsupport"));
        map.put(ProtocolCategory.class, spellings(
                "ics", "industrial", "remote-admin", "remote-support", "remote-administration", "remote-support",
                "rmm", "remote-support", "remote-control", "remote-support", "remote-access-software", "remote-support",
                "desktop-sharing", "remote-desktop", "shell", "remote-shell", "cli", "remote-shell",
                "tunnel", "vpn", "http", "web", "file-sharing", "file-transfer", "ftp", "file-transfer",
                "sql", "database", "device-management", "management", "voice", "telephony", "voip", "telephony",
                "publish-subscribe", "messaging", "dns", "infrastructure", "ntp", "infrastructure"));
        map.put(Initiator.class, spellings(
                "source", "from", "client", "from", "destination", "to", "target", "to",
                "either", "both", "bidirectional", "both", "two-way", "both"));
        map.put(AuthMethod.class, spellings(
                "no", "none", "false", "none", "anonymous", "none", "open", "none",
                "pwd", "password", "passphrase", "password", "credentials", "password", "username-password", "password",
                "2fa", "mfa", "two-factor", "mfa", "multi-factor", "mfa", "otp", "mfa", "totp", "mfa",
                "hardware-token", "mfa", "smartcard", "mfa", "smart-card", "mfa", "fido2", "mfa",
                "cert", "certificate", "certificates", "certificate", "x509", "certificate", "x.509", "certificate",
                "pki", "certificate", "mtls", "certificate", "client-certificate", "certificate",
                "ssh-key", "certificate", "public-key", "certificate"));
        map.put(ControlKind.class, spellings(
                "password", "password-policy", "passwords", "password-policy", "lockout", "account-lockout",
                "screensaver", "screen-lock", "screen-saver", "screen-lock", "idle-timeout", "session-timeout",
                "patching", "auto-patching", "patch-management", "auto-patching", "automatic-updates", "auto-patching",
                "vulnerability-scan", "vulnerability-scanning", "vuln-scanning", "vulnerability-scanning",
                "av", "antivirus", "anti-virus", "antivirus", "antimalware", "antivirus", "anti-malware", "antivirus",
                "endpoint-detection", "edr", "xdr", "edr",
                "allowlisting", "application-allowlisting", "whitelisting", "application-allowlisting",
                "application-whitelisting", "application-allowlisting",
                "2fa", "mfa", "two-factor", "mfa", "multi-factor", "mfa",
                "usb-blocking", "usb-block", "device-control", "usb-block", "removable-media-control", "usb-block",
                "ssl-inspection", "tls-inspection", "ids", "network-monitoring", "nsm", "network-monitoring",
                "backups", "backup", "physical-security", "physical-access", "badge-access", "physical-access",
                "remote-access-approvals", "remote-access-approval",
                "incident-response-plan", "incident-plan", "ir-plan", "incident-plan",
                "offline-docs", "offline-recovery-docs", "offline-documentation", "offline-recovery-docs"));
        map.put(AccountKind.class, spellings(
                "individual", "personal", "named", "personal", "user", "personal",
                "group", "shared", "generic", "shared", "team", "shared",
                "system", "service", "technical", "service", "machine", "service", "application", "service",
                "supplier", "vendor", "contractor", "vendor", "third-party", "vendor",
                "default", "vendor-default", "factory-default", "vendor-default", "default-password", "vendor-default",
                "break-glass", "emergency", "firecall", "emergency", "emergency-access", "emergency"));
        map.put(AccountDomain.class, spellings(
                "corporate", "it", "enterprise", "it", "office", "it", "corporate-ad", "it",
                "ot-domain", "ot", "ics", "ot", "local-account", "local", "device", "local", "host", "local",
                "saas", "cloud", "vendor-cloud", "cloud", "entra", "cloud", "azure-ad", "cloud"));
        return Map.copyOf(map);
    }

    /** Pairs of spelling and value, in order. */
    static Map<String, String> spellings(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            if (map.put(pairs[i], pairs[i + 1]) != null) {
                throw new IllegalArgumentException("spelling '" + pairs[i] + "' given twice");
            }
        }
        if (pairs.length % 2 != 0) {
            throw new IllegalArgumentException("spellings come in pairs");
        }
        return map;
    }
}
