package org.otbridge.analysis.plan;

import org.otbridge.model.YamlEnum;

/**
 * How much risk an action removes, before its effort is weighed. {@code high}: it closes a critical
 * problem or takes away an attack that could stop a service; {@code medium}: it closes a high
 * problem, or cuts attack paths, shortcuts or single points of failure; {@code low}: the rest.
 */
public enum Value implements YamlEnum {
    HIGH, MEDIUM, LOW
}
