package org.otbridge.analysis.boundary;

import org.otbridge.model.YamlEnum;

/**
 * Whether a connection or a multi-homed host is part of the architecture a site is meant to have
 * (a designed conduit) or goes around it (a bypass), and why (docs/exposure.md, "Designed
 * conduits"). The design is the one IEC 62443 zones and conduits and the Purdue model describe:
 * IT and the outside meet OT only in the DMZ, remote access ends on a broker, and OT zones talk
 * to the levels next to them.
 */
public enum Design implements YamlEnum {

    /** Both ends in one zone. */
    INSIDE_ZONE(null),
    /** Between OT (or safety) zones of the same or adjacent Purdue levels, or of undeclared levels. */
    ADJACENT_LEVELS(null),
    /** Does not touch OT or safety at all: IT, DMZ and the outside among themselves. */
    OUTSIDE_OT(null),
    /** From a DMZ host, or to one: the flow ends in the DMZ, a new one continues from there. */
    ENDS_IN_DMZ(null),
    /** Supplier or remote access into a jump host or remote-access gateway, or on through one. */
    THROUGH_BROKER(null),
    /** A multi-homed host whose zones are all of one domain at adjacent levels. */
    ONE_DOMAIN(null),

    /** IT straight into OT or safety, or back, with no DMZ host in between. */
    BYPASSES_DMZ("dmz"),
    /** A supplier, the internet or removable media straight to an OT asset, with no broker. */
    UNBROKERED("broker"),
    /** OT zones more than one Purdue level apart, straight to each other. */
    SKIPS_LEVELS("levels"),
    /** A host in zones of different domains: one foothold sits on both sides. */
    SPANS_DOMAINS("domains");

    private final String bypasses;

    Design(String bypasses) {
        this.bypasses = bypasses;
    }

    public boolean isDesigned() {
        return bypasses == null;
    }

    /** What a bypass goes around, as the JSON writes it: dmz, broker, levels or domains; null when designed. */
    public String bypasses() {
        return bypasses;
    }
}
