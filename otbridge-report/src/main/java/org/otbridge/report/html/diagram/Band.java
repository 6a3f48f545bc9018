package org.otbridge.report.html.diagram;

import org.otbridge.model.Domain;
import org.otbridge.model.PurdueLevel;

/**
 * The horizontal bands of the diagram, top to bottom: outside (internet, suppliers, removable
 * media), then Purdue levels 5 down to 0. Their order is the layer order the layout keeps.
 */
public enum Band {
    OUTSIDE("Outside", false), L5("Level 5 - Enterprise and external", false), L4("Level 4 - Business IT", false),
    L3_5("Level 3.5 - OT DMZ", false), L3("Level 3 - Site operations", true), L2("Level 2 - Supervisory control", true),
    L1("Level 1 - Basic control", true), L0("Level 0 - Process", true);

    private final String label;
    private final boolean ot;

    Band(String label, boolean ot) {
        this.label = label;
        this.ot = ot;
    }

    public String label() {
        return label;
    }

    /** Below the IT/OT boundary. */
    public boolean ot() {
        return ot;
    }

    /** A zone's band: its Purdue level, or the usual level of its domain when it states none. */
    public static Band of(PurdueLevel level, Domain domain) {
        if (level != null) {
            return switch (level) {
                case L0 -> L0;
                case L1 -> L1;
                case L2 -> L2;
                case L3 -> L3;
                case L3_5 -> L3_5;
                case L4 -> L4;
                case L5 -> L5;
            };
        }
        return switch (domain) {
            case EXTERNAL -> L5;
            case IT -> L4;
            case DMZ -> L3_5;
            case OT -> L2;
            case SAFETY -> L1;
        };
    }
}
