package org.otbridge.analysis.boundary;

import java.util.List;
import org.otbridge.model.AuthMethod;
import org.otbridge.model.Domain;
import org.otbridge.model.Initiator;
import org.otbridge.model.Protocol;
import org.otbridge.model.Ref;

/**
 * A place where domains meet: a connection whose ends lie in different domains, or an asset that
 * sits in zones of more than one domain. For an asset, {@code domains} lists them and the
 * connection fields are null. {@code design} says whether it is a designed conduit or a bypass
 * ({@link Conduits}).
 */
public record MeetingPoint(Ref element, List<Domain> domains, Domain fromDomain, Domain toDomain, Boolean viaDmz,
        Initiator initiator, Protocol protocol, AuthMethod auth, Boolean encrypted, Boolean alwaysOn,
        List<Ref> services, Design design) {

    public MeetingPoint {
        domains = List.copyOf(domains);
        services = List.copyOf(services);
    }

    public boolean isConnection() {
        return fromDomain != null;
    }
}
