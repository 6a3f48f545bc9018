package org.otbridge.analysis.drift;

import java.util.List;
import org.otbridge.model.Protocol;

/**
 * A host of the site seen in the traffic (hosts on the internet are counted, not listed).
 *
 * @param endpoint  the host as the model knows it: an asset, or a host the model does not list
 * @param roles     what the traffic suggests it is: controller, scada, engineering-workstation
 * @param touchesOt it sits in an OT zone, talks with an OT host, answers or sends an industrial protocol
 */
public record ObservedHost(Endpoint endpoint, List<String> macs, List<String> roles, List<Protocol> protocols,
        boolean touchesOt) {

    public ObservedHost {
        macs = List.copyOf(macs);
        roles = List.copyOf(roles);
        protocols = List.copyOf(protocols);
    }

    public String address() {
        return endpoint.address();
    }

    /** True when no asset lists it. */
    public boolean undeclared() {
        return endpoint.kind() != Endpoint.Kind.ASSET;
    }
}
