package org.otbridge.model;

/**
 * Kind of a security control. The last two before {@code other} are programme-level practices
 * rather than technical controls: an incident response plan and recovery documents kept offline.
 */
public enum ControlKind implements YamlEnum {
    PASSWORD_POLICY, ACCOUNT_LOCKOUT, SCREEN_LOCK, SESSION_TIMEOUT, AUTO_PATCHING, VULNERABILITY_SCANNING, ANTIVIRUS,
    EDR, APPLICATION_ALLOWLISTING, MFA, USB_BLOCK, TLS_INSPECTION, CLOUD_LOGGING, NETWORK_MONITORING, BACKUP,
    PHYSICAL_ACCESS, REMOTE_ACCESS_APPROVAL, INCIDENT_PLAN, OFFLINE_RECOVERY_DOCS, OTHER
}
