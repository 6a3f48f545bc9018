package org.otbridge.model;

/** How badly losing a service hurts, per impact dimension; ordered from none to critical. */
public enum ImpactLevel implements YamlEnum {
    NONE, LOW, MEDIUM, HIGH, CRITICAL
}
