package org.otbridge.observe.inventory;

import java.util.List;
import org.otbridge.model.Protocol;

/**
 * One host of the inventory: an IP address, or for a device seen only at layer 2 (Profinet,
 * GOOSE) a null IP and its MAC. {@code roles} are guesses from the flows (see {@link Roles}).
 */
public record Host(String ip, List<String> macs, List<String> roles, List<Protocol> protocols) {

    public Host {
        macs = List.copyOf(macs);
        roles = List.copyOf(roles);
        protocols = List.copyOf(protocols);
    }

    /** The address that names the host in flows: its IP, or its MAC when it has none. */
    public String address() {
        return ip != null ? ip : macs.get(0);
    }
}
