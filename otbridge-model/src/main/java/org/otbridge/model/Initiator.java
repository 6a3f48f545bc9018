package org.otbridge.model;

/** Which end opens a connection. */
public enum Initiator implements YamlEnum {
    FROM, TO, BOTH
}
