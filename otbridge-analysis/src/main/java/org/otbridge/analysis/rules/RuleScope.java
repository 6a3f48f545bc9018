package org.otbridge.analysis.rules;

import org.otbridge.model.YamlEnum;

/**
 * What a catalog rule is evaluated on, and so which variables its condition sees and which model
 * elements its findings name (docs/rules.md).
 */
public enum RuleScope implements YamlEnum {
    /** Once per asset and zone it sits in; subject: the asset. */
    ASSET("the asset"),
    /** Once per asset, zone and control that applies to the asset; subjects: the asset and the control. */
    ASSET_CONTROL("the asset and the control"),
    /** Once per connection; subject: the connection. */
    CONNECTION("the connection"),
    /** Once per zone; subject: the zone. */
    ZONE("the zone"),
    /** Once per supplier; subject: the supplier. */
    SUPPLIER("the supplier"),
    /** Once per service; subject: the service. */
    SERVICE("the service");

    private final String subjects;

    RuleScope(String subjects) {
        this.subjects = subjects;
    }

    /** What a finding of a rule of this scope names, in words. */
    public String subjects() {
        return subjects;
    }
}
