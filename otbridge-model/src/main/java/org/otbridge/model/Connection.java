package org.otbridge.model;

import java.time.LocalDate;
import java.util.List;

/**
 * A conduit or data flow between two endpoints (asset, zone, supplier, internet, removable media).
 * {@code auth} is null when the model does not say; {@code via} lists the assets passed, in order.
 * {@code protocolCategory} is what a connection with {@code protocol: other} (or none) carries,
 * null when not declared.
 */
public record Connection(String id, String name, Ref from, Ref to, Protocol protocol, List<Integer> ports,
        Initiator initiator, List<Ref> via, AuthMethod auth, Boolean encrypted, boolean alwaysOn, String purpose,
        String justification, LocalDate expires, Dependency requires, ProtocolCategory protocolCategory,
        String description, SourcePosition at) {

    public Connection {
        ports = List.copyOf(ports);
        via = List.copyOf(via);
    }

    /** A connection without a declared protocol category. */
    public Connection(String id, String name, Ref from, Ref to, Protocol protocol, List<Integer> ports,
            Initiator initiator, List<Ref> via, AuthMethod auth, Boolean encrypted, boolean alwaysOn, String purpose,
            String justification, LocalDate expires, Dependency requires, String description, SourcePosition at) {
        this(id, name, from, to, protocol, ports, initiator, via, auth, encrypted, alwaysOn, purpose, justification,
                expires, requires, null, description, at);
    }

    public Ref ref() {
        return new Ref(RefKind.CONNECTION, id, at);
    }

    /**
     * What it carries: the category of its named protocol, else the declared category; null when
     * neither says.
     */
    public ProtocolCategory category() {
        ProtocolCategory named = protocol == null ? null : protocol.category();
        return named != null ? named : protocolCategory;
    }

    /** It carries a remote-support tool, named or declared by category. */
    public boolean isRemoteSupport() {
        return category() == ProtocolCategory.REMOTE_SUPPORT;
    }
}
