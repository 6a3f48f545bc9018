package org.otbridge.model;

import java.time.LocalDate;
import java.util.List;

/**
 * A conduit or data flow between two endpoints (asset, zone, supplier, internet, removable media).
 * {@code auth} is null when the model does not say; {@code via} lists the assets passed, in order.
 */
public record Connection(String id, String name, Ref from, Ref to, Protocol protocol, List<Integer> ports,
        Initiator initiator, List<Ref> via, AuthMethod auth, Boolean encrypted, boolean alwaysOn, String purpose,
        String justification, LocalDate expires, Dependency requires, String description, SourcePosition at) {

    public Connection {
        ports = List.copyOf(ports);
        via = List.copyOf(via);
    }

    public Ref ref() {
        return new Ref(RefKind.CONNECTION, id, at);
    }
}
