package org.otbridge.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A device, host, service endpoint or external dependency, and the zones it sits in. {@code os} is
 * the operating system or firmware family as the vendor names it; {@code signedFirmware} says
 * whether it accepts only signed (authenticated) firmware or software updates, null when the model
 * does not say; {@code management} is its management interface, null when not declared.
 */
public record Asset(String id, String name, AssetType type, List<Ref> zones, List<String> ips, List<String> macs,
        String vendor, String product, String version, Set<UsageTag> usage, List<Ref> controls,
        Dependency requires, Ref supplier, Ref owner, boolean internetExposed, Spares spares, Backup backup,
        LocalDate endOfSupport, String os, Boolean signedFirmware, Management management, String description,
        SourcePosition at) {

    public Asset {
        zones = List.copyOf(zones);
        ips = List.copyOf(ips);
        macs = List.copyOf(macs);
        usage = Set.copyOf(usage);
        controls = List.copyOf(controls);
    }

    /** An asset without software lifecycle facts or a management interface. */
    public Asset(String id, String name, AssetType type, List<Ref> zones, List<String> ips, List<String> macs,
            String vendor, String product, String version, Set<UsageTag> usage, List<Ref> controls,
            Dependency requires, Ref supplier, Ref owner, boolean internetExposed, Spares spares, Backup backup,
            LocalDate endOfSupport, String description, SourcePosition at) {
        this(id, name, type, zones, ips, macs, vendor, product, version, usage, controls, requires, supplier, owner,
                internetExposed, spares, backup, endOfSupport, null, null, null, description, at);
    }

    public Ref ref() {
        return new Ref(RefKind.ASSET, id, at);
    }

    /** This asset listing {@code list} as its controls, everything else as it is. */
    public Asset withControls(List<Ref> list) {
        return new Asset(id, name, type, zones, ips, macs, vendor, product, version, usage, list, requires, supplier,
                owner, internetExposed, spares, backup, endOfSupport, os, signedFirmware, management, description, at);
    }

    public boolean isMultiHomed() {
        return zones.size() > 1;
    }

    /** The zones its management interface sits in: those declared, or its own. Empty without {@code management}. */
    public List<Ref> managementZones() {
        if (management == null) {
            return List.of();
        }
        return management.zones().isEmpty() ? zones : management.zones();
    }
}
