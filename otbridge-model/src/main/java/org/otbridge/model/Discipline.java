package org.otbridge.model;

/** The function an organisational unit belongs to. */
public enum Discipline implements YamlEnum {
    MANAGEMENT, IT, OPERATIONS, ENGINEERING, SECURITY, SAFETY, CONTINGENCY, RISK, SUPPLIER_MANAGEMENT, FINANCE, COMMERCIAL
}
