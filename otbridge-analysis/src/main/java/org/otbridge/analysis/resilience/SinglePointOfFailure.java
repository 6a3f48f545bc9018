package org.otbridge.analysis.resilience;

import java.util.List;
import org.otbridge.model.Ref;

/** An element whose failure alone takes these services down, lost or degraded. */
public record SinglePointOfFailure(Ref element, List<Ref> services) {

    public SinglePointOfFailure {
        services = List.copyOf(services);
    }
}
