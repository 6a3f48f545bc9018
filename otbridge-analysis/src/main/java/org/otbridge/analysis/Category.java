package org.otbridge.analysis;

import org.otbridge.model.YamlEnum;

/** The analysis a finding comes from, as the JSON result names it. */
public enum Category implements YamlEnum {
    ARCHITECTURE, EXPOSURE, RESILIENCE, CONTROL_FITNESS, GOVERNANCE, CONTINGENCY, DRIFT
}
