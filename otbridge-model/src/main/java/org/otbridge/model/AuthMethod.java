package org.otbridge.model;

/** How a connection authenticates. */
public enum AuthMethod implements YamlEnum {
    NONE, PASSWORD, MFA, CERTIFICATE
}
