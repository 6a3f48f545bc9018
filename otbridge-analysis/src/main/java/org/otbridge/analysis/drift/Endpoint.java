package org.otbridge.analysis.drift;

import java.util.List;
import java.util.Set;
import org.otbridge.model.AssetType;
import org.otbridge.model.Domain;
import org.otbridge.model.Ref;
import org.otbridge.model.RefKind;

/**
 * One end of an observed flow, as the model knows it: an asset (by its {@code ips}), a host of
 * the site the model does not list (in the zone its subnet suggests, when one does), or the
 * internet.
 *
 * @param address      the observed address
 * @param asset        the asset, for {@link Kind#ASSET}; else null
 * @param type         the asset's type, for {@link Kind#ASSET}; else null
 * @param zones        the asset's zones, or the one zone an unlisted host's subnet suggests; may be empty
 * @param zoneInferred true when {@code zones} is a guess from the subnet
 * @param domains      the domains of {@code zones} (external for the internet); empty when unknown
 */
public record Endpoint(String address, Kind kind, Ref asset, AssetType type, List<Ref> zones, boolean zoneInferred,
        Set<Domain> domains) {

    /** What the model knows of an end. */
    public enum Kind {
        /** An asset lists the address. */
        ASSET,
        /** A host of the site that no asset lists. */
        HOST,
        /** An address outside the site. */
        INTERNET
    }

    public static final Ref INTERNET = Ref.of(RefKind.INTERNET, RefKind.INTERNET.yamlName());

    public Endpoint {
        zones = List.copyOf(zones);
        domains = Set.copyOf(domains);
    }

    /** The model element that stands for this end: the asset, the suggested zone, the internet; null when none. */
    public Ref element() {
        return switch (kind) {
            case ASSET -> asset;
            case HOST -> zones.isEmpty() ? null : zones.get(0);
            case INTERNET -> INTERNET;
        };
    }

    /** What names this end in groupings: the asset, the address of an unlisted host, or "internet". */
    public String identity() {
        return switch (kind) {
            case ASSET -> asset.key();
            case HOST -> address;
            case INTERNET -> INTERNET.key();
        };
    }

    /** In OT: some of its domains is OT or safety. */
    public boolean otSide() {
        return domains.contains(Domain.OT) || domains.contains(Domain.SAFETY);
    }

    public boolean domainKnown() {
        return !domains.isEmpty();
    }

    /** The end in words for a finding: "asset:hmi-1 (10.0.0.5)", "10.0.0.7, a host the model does not list, in zone:cell by its subnet". */
    public String describe() {
        return switch (kind) {
            case ASSET -> asset.key() + " (" + address + ")";
            case HOST -> address + ", a host the model does not list" + (zones.isEmpty() ? ""
                    : ", in " + zones.get(0).key() + " by its subnet");
            case INTERNET -> address + " on the internet";
        };
    }
}
