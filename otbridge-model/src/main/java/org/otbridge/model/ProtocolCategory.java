package org.otbridge.model;

/**
 * What kind of traffic a connection carries. Every named protocol has one (or none, for DNS-like
 * infrastructure); a connection with {@code protocol: other} may declare it with
 * {@code protocol_category}, so that a model can say "a remote-support tool" without naming the
 * product and the rules still treat it as one.
 */
public enum ProtocolCategory implements YamlEnum {
    INDUSTRIAL, REMOTE_SUPPORT, REMOTE_DESKTOP, REMOTE_SHELL, VPN, WEB, FILE_TRANSFER, DATABASE, MANAGEMENT, TELEPHONY,
    MESSAGING, INFRASTRUCTURE
}
