package org.otbridge.analysis.registry;

import java.util.Optional;
import org.otbridge.model.YamlEnum;

/**
 * Where a rule comes from: one of the built-in families (the part of its id after {@code OTB-}),
 * or a rule file a user added with {@code --rules}.
 */
public enum RuleFamily implements YamlEnum {
    ARCH("OTB-ARCH-", "architecture: zones, conduits and where IT and OT meet"),
    EXP("OTB-EXP-", "exposure: attack paths and shortcuts"),
    GOV("OTB-GOV-", "governance: responsibility, mandates, suppliers and accepted risks"),
    CONT("OTB-CONT-", "contingency: fallbacks, spares, backups and single points of failure"),
    FIT("OTB-FIT-", "control fitness: IT controls in OT, as CEL conditions"),
    DRIFT("OTB-DRIFT-", "drift: observed traffic against the model (assess --capture)"),
    USER("", "rules from files given with --rules");

    private final String prefix;
    private final String description;

    RuleFamily(String prefix, String description) {
        this.prefix = prefix;
        this.description = description;
    }

    /** The id prefix of the family's rules; empty for user rules, whose ids are their own. */
    public String prefix() {
        return prefix;
    }

    public String description() {
        return description;
    }

    /** The built-in family whose prefix starts {@code id}, if any. */
    public static Optional<RuleFamily> ofBuiltInId(String id) {
        for (RuleFamily family : values()) {
            if (!family.prefix.isEmpty() && id.startsWith(family.prefix)) {
                return Optional.of(family);
            }
        }
        return Optional.empty();
    }
}
