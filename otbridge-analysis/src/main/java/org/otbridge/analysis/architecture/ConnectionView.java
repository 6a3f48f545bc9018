package org.otbridge.analysis.architecture;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.otbridge.analysis.facts.SiteFacts;
import org.otbridge.model.Asset;
import org.otbridge.model.AssetType;
import org.otbridge.model.AuthMethod;
import org.otbridge.model.Connection;
import org.otbridge.model.Domain;
import org.otbridge.model.Initiator;
import org.otbridge.model.Protocol;
import org.otbridge.model.PurdueLevel;
import org.otbridge.model.Ref;
import org.otbridge.model.RefKind;

/**
 * A connection with what the architecture rules ask of it (docs/rule-reasoning.md) derived once:
 * the domain and level of each end (of the endpoint's first zone, as SiteFacts defines it; the
 * level is the lowest, most process-near, of the endpoint's zones; suppliers, the internet and
 * removable media are external at level 5), all domains of each end (several for a multi-homed
 * asset), the via assets and their domains, and the first DMZ host in {@code via} on which the
 * flow ends. Levels are null when a zone sets none.
 */
public record ConnectionView(Connection connection, Domain fromDomain, Domain toDomain, Set<Domain> fromDomains,
        Set<Domain> toDomains, PurdueLevel fromLevel, PurdueLevel toLevel, Asset fromAsset, Asset toAsset,
        List<Asset> via, Set<Domain> viaDomains, Asset dmzTerminator) {

    public ConnectionView {
        fromDomains = copy(fromDomains);
        toDomains = copy(toDomains);
        via = List.copyOf(via);
        viaDomains = copy(viaDomains);
    }

    private static Set<Domain> copy(Set<Domain> domains) {
        return domains.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(domains));
    }

    /** Derives the view of one connection. */
    public static ConnectionView of(Connection c, SiteFacts facts) {
        return of(c, facts, new HashMap<>());
    }

    /** What the view needs to know about one endpoint; shared by the connections of a model. */
    record End(Domain domain, Set<Domain> domains, PurdueLevel level, Asset asset) {
        static End of(Ref ref, SiteFacts facts) {
            return new End(facts.domainOf(ref), facts.domainsOf(ref), facts.lowestLevelOf(ref).orElse(null),
                    facts.assetOf(ref).orElse(null));
        }
    }

    /** Derives the view with endpoint facts cached in {@code ends} (keyed by reference). */
    static ConnectionView of(Connection c, SiteFacts facts, Map<Ref, End> ends) {
        List<Asset> via = new ArrayList<>(c.via().size());
        Set<Domain> viaDomains = EnumSet.noneOf(Domain.class);
        Asset terminator = null;
        for (Ref ref : c.via()) {
            End end = end(ref, facts, ends);
            if (end.asset() == null) {
                continue;
            }
            via.add(end.asset());
            viaDomains.addAll(end.domains());
            if (terminator == null && end.domains().contains(Domain.DMZ)
                    && Terms.DMZ_TERMINATORS.contains(end.asset().type())) {
                terminator = end.asset();
            }
        }
        End from = end(c.from(), facts, ends);
        End to = end(c.to(), facts, ends);
        return new ConnectionView(c, from.domain(), to.domain(), from.domains(), to.domains(), from.level(),
                to.level(), from.asset(), to.asset(), via, viaDomains, terminator);
    }

    private static End end(Ref ref, SiteFacts facts, Map<Ref, End> ends) {
        return ends.computeIfAbsent(ref, r -> End.of(r, facts));
    }

    public Ref ref() {
        return connection.ref();
    }

    public Ref from() {
        return connection.from();
    }

    public Ref to() {
        return connection.to();
    }

    public Protocol protocol() {
        return connection.protocol();
    }

    public AuthMethod auth() {
        return connection.auth();
    }

    /** The type of the {@code from} asset; null for any other endpoint. */
    public AssetType fromType() {
        return fromAsset == null ? null : fromAsset.type();
    }

    public AssetType toType() {
        return toAsset == null ? null : toAsset.type();
    }

    /** True for a flow over a network; false when an end is removable media. */
    public boolean isNetwork() {
        return from().kind() != RefKind.REMOVABLE_MEDIA && to().kind() != RefKind.REMOVABLE_MEDIA;
    }

    /** The {@code from} side opens the connection: initiator from or both (or unspecified). */
    public boolean fromOpens() {
        return connection.initiator() != Initiator.TO;
    }

    /** The {@code to} side opens the connection: initiator to or both. */
    public boolean toOpens() {
        Initiator initiator = connection.initiator();
        return initiator == Initiator.TO || initiator == Initiator.BOTH;
    }

    /** An IT/OT meeting point: the ends lie in different domains. */
    public boolean crossesDomains() {
        return fromDomain != toDomain;
    }

    /** One end is enterprise IT or external, the other OT or safety. */
    public boolean joinsOutsideAndOt() {
        return Terms.isOutside(fromDomain) && Terms.isOt(toDomain) || Terms.isOutside(toDomain) && Terms.isOt(fromDomain);
    }

    /** Some via asset sits in the DMZ. */
    public boolean viaDmz() {
        return viaDomains.contains(Domain.DMZ);
    }

    /** The flow ends on a DMZ host (broker, replica, staging server, diode) named in {@code via}. */
    public boolean terminatesInDmz() {
        return dmzTerminator != null;
    }

    /** The first via asset of one of the types, or null. */
    public Asset viaOfType(Set<AssetType> types) {
        for (Asset asset : via) {
            if (types.contains(asset.type())) {
                return asset;
            }
        }
        return null;
    }

    /** The internet opens this connection (it is the initiating end). */
    public boolean internetOpens() {
        return from().kind() == RefKind.INTERNET && fromOpens() || to().kind() == RefKind.INTERNET && toOpens();
    }

    /** True when the {@code to} end is at Purdue level {@code max} or below (more process-near). */
    public boolean toLevelAtMost(double max) {
        return toLevel != null && toLevel.value() <= max;
    }

    public boolean fromLevelAtMost(double max) {
        return fromLevel != null && fromLevel.value() <= max;
    }

    /** The domain of one end. */
    public Domain domainOf(Ref end) {
        return end.equals(from()) ? fromDomain : toDomain;
    }
}
