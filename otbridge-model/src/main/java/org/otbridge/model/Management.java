package org.otbridge.model;

import java.util.List;

/**
 * Where an asset's management interface sits (a UPS or PDU network card, a switch's or router's
 * management port, a gateway's web page) and how it authenticates: {@code zones} empty means the
 * asset's own zones, {@code auth} null means the model does not say. Whoever reaches the interface
 * can make the device fail, and with it what needs the device.
 */
public record Management(List<Ref> zones, List<Protocol> protocols, AuthMethod auth, SourcePosition at) {

    public Management {
        zones = List.copyOf(zones);
        protocols = List.copyOf(protocols);
    }
}
