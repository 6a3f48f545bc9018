package org.otbridge.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** A device, host, service endpoint or external dependency, and the zones it sits in. */
public record Asset(String id, String name, AssetType type, List<Ref> zones, List<String> ips, List<String> macs,
        String vendor, String product, String version, Set<UsageTag> usage, List<Ref> controls,
        Dependency requires, Ref supplier, Ref owner, boolean internetExposed, Spares spares, Backup backup,
        LocalDate endOfSupport, String description, SourcePosition at) {

    public Asset {
        zones = List.copyOf(zones);
        ips = List.copyOf(ips);
        macs = List.copyOf(macs);
        usage = Set.copyOf(usage);
        controls = List.copyOf(controls);
    }

    public Ref ref() {
        return new Ref(RefKind.ASSET, id, at);
    }

    public boolean isMultiHomed() {
        return zones.size() > 1;
    }
}
