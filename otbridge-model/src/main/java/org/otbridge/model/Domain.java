package org.otbridge.model;

/** Security domain of a zone. */
public enum Domain implements YamlEnum {
    IT, DMZ, OT, SAFETY, EXTERNAL
}
